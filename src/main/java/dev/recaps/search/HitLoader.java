package dev.recaps.search;

import static dev.recaps.index.IndexSchema.*;

import dev.recaps.model.Hit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;

/** Loads the display fields of hits, and only those (never the stored body). */
final class HitLoader {
  private static final Set<String> DISPLAY =
      Set.of(ID, URL, TITLE, SITE, SOURCE, AUTHOR, PUBLISHED, CONFERENCE, YEAR, SPEAKER, TOPIC, LANG, GONE);

  private HitLoader() {}

  static Hit load(StoredFields stored, ScoreDoc sd, String titleHtml,
      String snippet) throws IOException {
    Document d = stored.document(sd.doc, DISPLAY);
    String published = d.get(PUBLISHED);
    String year = d.get(YEAR);
    return new Hit(
        d.get(ID),
        d.get(URL),
        d.get(TITLE),
        titleHtml,
        d.get(SITE),
        d.get(SOURCE),
        d.get(AUTHOR),
        published == null ? null : LocalDate.parse(published),
        d.get(CONFERENCE),
        year == null ? null : Integer.valueOf(year),
        Arrays.asList(d.getValues(SPEAKER)),
        Arrays.asList(d.getValues(TOPIC)),
        d.get(LANG),
        snippet == null ? "" : snippet,
        Float.isNaN(sd.score) ? 0f : sd.score,
        "true".equals(d.get(GONE)));
  }
}
