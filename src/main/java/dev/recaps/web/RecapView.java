package dev.recaps.web;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Evidence;
import dev.recaps.model.Hit;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapDetail;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of one recap ({@code GET /api/recaps/{id}}, {@code recaps show --json}): every
 * metadata field flattened, the evidence behind each facet, the text, related recaps and where to
 * read the archived copy. All strings are plain text, never HTML.
 *
 * @param archived whether a raw copy of the original page is kept in the archive
 * @param archivedUrl path of the text-only view of the archived copy (the indexed text when no
 *     archive copy exists, e.g. for local files)
 */
public record RecapView(
    String id,
    String url,
    String title,
    String site,
    String source,
    String author,
    LocalDate published,
    String lang,
    List<String> tags,
    List<String> headings,
    String conference,
    String edition,
    Integer year,
    List<String> speakers,
    List<String> topics,
    List<String> mentions,
    Map<String, Evidence> evidence,
    boolean gone,
    boolean archived,
    String archivedUrl,
    String text,
    List<Hit> related) {

  /** The view of {@code detail}; {@code basePath} is {@code ""} or the server's base path. */
  public static RecapView of(RecapDetail detail, String basePath) {
    Recap r = detail.recap();
    Enrichment e = r.enrichment();
    return new RecapView(
        r.id(), r.url(), r.title(), r.site(), r.source(), r.author(), r.published(), r.lang(),
        r.tags(), r.headings(), e.conference(), e.edition(), e.year(), e.speakers(), e.topics(),
        e.mentions(), e.evidence(), r.gone(), r.archiveRef() != null,
        basePath + "/api/recaps/" + r.id() + "/archived", r.text(), detail.related());
  }
}
