package dev.recaps.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One recap post as extracted from a local file or an archived web page, plus the facets that
 * enrichment adds; the unit that every pipeline stage passes on.
 *
 * @param id stable id derived from the canonical source (normalized URL or corpus-relative path),
 *     so re-indexing the same source updates instead of duplicating
 * @param source where it came from: the absolute URL, or the path relative to its corpus root
 * @param url link for readers: the canonical URL of a web page, {@code null} for a local file
 * @param site host name of a web page, or {@code "local"} for files
 * @param title display title (never blank: extraction derives one)
 * @param text main text, paragraphs separated by blank lines, headings included as lines
 * @param headings section titles in document order
 * @param author author as stated by the source, or {@code null}
 * @param published publication date as stated by the source, or {@code null}
 * @param tags tags and categories as stated by the source
 * @param lang {@code ko}, {@code en} or {@code mixed}, by script mix
 * @param overrides user-given facet values from front matter or a sidecar file (keys {@code
 *     conference}, {@code year}, {@code speakers}, {@code topics}); they win over detection
 * @param enrichment conference, year, speakers, topics with evidence; {@link Enrichment#NONE}
 *     before the enrich stage
 * @param archiveRef where the raw copy lives ({@code warc-file#offset}), or {@code null} for files
 * @param gone true when the page now answers 404/410 but is kept searchable from the archive
 */
public record Recap(
    String id,
    String source,
    String url,
    String site,
    String title,
    String text,
    List<String> headings,
    String author,
    LocalDate published,
    List<String> tags,
    String lang,
    Map<String, String> overrides,
    Enrichment enrichment,
    String archiveRef,
    boolean gone) {

  public Recap {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    headings = headings == null ? List.of() : List.copyOf(headings);
    tags = tags == null ? List.of() : List.copyOf(tags);
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    enrichment = enrichment == null ? Enrichment.NONE : enrichment;
  }

  public Recap withEnrichment(Enrichment e) {
    return new Recap(
        id, source, url, site, title, text, headings, author, published, tags, lang, overrides, e,
        archiveRef, gone);
  }

  public Recap withLang(String l) {
    return new Recap(
        id, source, url, site, title, text, headings, author, published, tags, l, overrides,
        enrichment, archiveRef, gone);
  }

  public Recap withArchive(String ref, boolean isGone) {
    return new Recap(
        id, source, url, site, title, text, headings, author, published, tags, lang, overrides,
        enrichment, ref, isGone);
  }
}
