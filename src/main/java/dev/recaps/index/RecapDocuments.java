package dev.recaps.index;

import static dev.recaps.index.IndexSchema.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.recaps.analysis.TermPairMiner;
import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Maps an enriched {@link Recap} to a Lucene document and back. */
public final class RecapDocuments {
  /** Bumped when the mapping changes, so a re-run re-indexes documents written by an older one. */
  static final int MAPPING_VERSION = 2;

  private final FacetsConfig facetsConfig;
  private final TermPairMiner miner = new TermPairMiner();
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // Map.of/Map.copyOf iterate in an order that changes from JVM to JVM; the fingerprint must not.
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public RecapDocuments(FacetsConfig facetsConfig) {
    this.facetsConfig = facetsConfig;
  }

  /** A digest of everything indexed for a recap: equal fingerprints mean re-indexing changes nothing. */
  public String fingerprint(Recap recap) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(("v" + MAPPING_VERSION).getBytes(StandardCharsets.UTF_8));
      md.update(json.writeValueAsBytes(recap));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint recap " + recap.id(), e);
    }
  }

  /** Builds the document, facet fields included (already passed through {@link FacetsConfig#build}). */
  public Document toDocument(Recap recap) throws IOException {
    Document doc = new Document();
    Enrichment e = recap.enrichment();
    doc.add(new StringField(ID, recap.id(), Field.Store.YES));
    doc.add(new StoredField(SOURCE, recap.source()));
    if (recap.url() != null) {
      doc.add(new StoredField(URL, recap.url()));
    }
    doc.add(new StoredField(FINGERPRINT, fingerprint(recap)));
    // The full record without its text (kept once, as BODY_SOURCE doc values) so `show` can return every field.
    Recap withoutText =
        new Recap(
            recap.id(), recap.source(), recap.url(), recap.site(), recap.title(), "",
            recap.headings(), recap.author(), recap.published(), recap.tags(), recap.lang(),
            recap.overrides(), e, recap.archiveRef(), recap.gone());
    doc.add(new StoredField(RECAP_JSON, json.writeValueAsString(withoutText)));

    doc.add(new Field(TITLE, recap.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(HEADINGS, String.join("\n", recap.headings()), TEXT_WITH_OFFSETS));
    doc.add(new Field(BODY, recap.text(), TEXT_INDEXED_ONLY));
    // The text as uncompressed doc values, not a stored field: highlighting reads ten bodies per
    // search, and a stored body made every stored-field read (also of the small display fields)
    // decompress the whole text first.
    doc.add(new BinaryDocValuesField(BODY_SOURCE, new BytesRef(recap.text())));
    doc.add(new Field(TAGS, String.join("\n", recap.tags()), TEXT_INDEXED_ONLY));
    if (recap.author() != null && !recap.author().isBlank()) {
      doc.add(new StoredField(AUTHOR, recap.author()));
      doc.add(new Field(AUTHOR_TEXT, recap.author(), TEXT_INDEXED_ONLY));
    }
    if (recap.published() != null) {
      long day = recap.published().toEpochDay();
      doc.add(new LongPoint(PUBLISHED, day));
      doc.add(new NumericDocValuesField(PUBLISHED, day));
      doc.add(new StoredField(PUBLISHED, recap.published().toString()));
    }
    if (recap.gone()) {
      doc.add(new StoredField(GONE, "true"));
    }
    addFacets(doc, recap, e);
    for (TermPairMiner.Pair p : miner.mine(recap.text())) {
      doc.add(new SortedSetDocValuesField(MINED_PAIRS, new BytesRef(p.encoded())));
    }
    return facetsConfig.build(doc);
  }

  private static void addFacets(Document doc, Recap recap, Enrichment e) {
    if (e.year() != null) {
      doc.add(new IntPoint(YEAR, e.year()));
      doc.add(new StoredField(YEAR, e.year()));
      doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(e.year())));
    }
    if (e.conference() != null) {
      facet(doc, CONFERENCE, e.conference());
      doc.add(new Field(CONFERENCE_TEXT, e.conference(), TEXT_INDEXED_ONLY));
    }
    for (String s : distinct(e.speakers())) {
      facet(doc, SPEAKER, s);
      doc.add(new Field(SPEAKER_TEXT, s, TEXT_INDEXED_ONLY));
    }
    for (String t : distinct(e.topics())) {
      facet(doc, TOPIC, t);
      doc.add(new Field(TOPIC_TEXT, t.replace('-', ' '), TEXT_INDEXED_ONLY));
    }
    if (recap.lang() != null) {
      facet(doc, LANG, recap.lang());
    }
    if (recap.site() != null && !recap.site().isBlank()) {
      facet(doc, SITE, recap.site());
    }
  }

  private static void facet(Document doc, String dim, String value) {
    doc.add(new StringField(dim, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(dim, value));
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
  }

  /** Rebuilds the full recap from its stored fields and its text (see {@link RecapBodies}). */
  public Recap toRecap(Document doc, String body) {
    try {
      Recap r = json.readValue(doc.get(RECAP_JSON), Recap.class);
      return new Recap(
          r.id(), r.source(), r.url(), r.site(), r.title(), body == null ? "" : body,
          r.headings(), r.author(), r.published(), r.tags(), r.lang(), r.overrides(),
          r.enrichment(), r.archiveRef(), r.gone());
    } catch (IOException ex) {
      throw new UncheckedIOException("stored recap " + doc.get(ID) + " is unreadable", ex);
    }
  }
}
