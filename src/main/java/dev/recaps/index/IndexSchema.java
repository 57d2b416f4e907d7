package dev.recaps.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/** Field names, field types and facet dimensions of the recap index, in one place (see docs/schema.md). */
public final class IndexSchema {
  private IndexSchema() {}

  // Identity and display
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String AUTHOR = "author";
  public static final String PUBLISHED = "published";
  public static final String FINGERPRINT = "fingerprint";
  public static final String RECAP_JSON = "recap_json";
  public static final String GONE = "gone";

  /** Commit user-data key holding the ISO instant of the commit (index age for /health). */
  public static final String COMMITTED_AT = "committedAt";

  // Analyzed text fields (Korean+English chain); postings carry offsets for highlighting.
  public static final String TITLE = "title";
  public static final String HEADINGS = "headings";
  public static final String BODY = "body";
  /**
   * The text as written, in binary doc values (read for snippets and {@code show}); a field of its
   * own because Lucene does not let an existing field of an older index gain doc values.
   */
  public static final String BODY_SOURCE = "body_source";
  public static final String TAGS = "tags";
  public static final String AUTHOR_TEXT = "author_text";
  public static final String CONFERENCE_TEXT = "conference_text";
  public static final String SPEAKER_TEXT = "speaker_text";
  public static final String TOPIC_TEXT = "topic_text";

  // Facet dimensions; the same names are used as stored display fields and as request parameters.
  public static final String YEAR = "year";
  public static final String CONFERENCE = "conference";
  public static final String SPEAKER = "speaker";
  public static final String TOPIC = "topic";
  public static final String LANG = "lang";
  public static final String SITE = "site";

  /**
   * Korean↔English pairs the author wrote together ({@code 쿠버네티스(Kubernetes)}), as sorted-set
   * doc values so a reader can list the corpus's distinct pairs without visiting documents.
   */
  public static final String MINED_PAIRS = "mined_pairs";

  /** Facet dimensions in display order. */
  public static final List<String> FACET_DIMS = List.of(YEAR, CONFERENCE, SPEAKER, TOPIC, LANG, SITE);

  /** Text fields searched by a plain query. */
  public static final List<String> TEXT_FIELDS =
      List.of(TITLE, HEADINGS, BODY, TAGS, AUTHOR_TEXT, CONFERENCE_TEXT, SPEAKER_TEXT, TOPIC_TEXT);

  /**
   * Stored, tokenized, with positions and offsets in the postings: phrase queries need positions,
   * and the unified highlighter reads offsets from postings instead of re-analyzing the text.
   */
  public static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(true);

  /** Like {@link #TEXT_WITH_OFFSETS} but not stored (the display value is stored elsewhere). */
  public static final FieldType TEXT_INDEXED_ONLY = textWithOffsets(false);

  private static FieldType textWithOffsets(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** Facets configuration: speakers and topics are multi-valued, the rest single-valued. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SPEAKER, true);
    config.setMultiValued(TOPIC, true);
    return config;
  }
}
