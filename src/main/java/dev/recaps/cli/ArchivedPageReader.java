package dev.recaps.cli;

import dev.recaps.crawl.FetchedPage;
import dev.recaps.crawl.WarcArchive;
import dev.recaps.extract.HtmlExtractor;
import dev.recaps.extract.HtmlPage;
import dev.recaps.search.SearchService;
import dev.recaps.web.ArchivedPages;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads a recap's archived original from the WARC files and re-extracts its text, so the web page
 * can show what the blog said even after the blog is gone; never the original markup.
 */
final class ArchivedPageReader implements ArchivedPages {
  private final SearchService search;
  private final WarcArchive archive;
  private final HtmlExtractor html;

  ArchivedPageReader(SearchService search, WarcArchive archive, HtmlExtractor html) {
    this.search = search;
    this.archive = archive;
    this.html = html;
  }

  @Override
  public Optional<String> cleanedText(String id) {
    return search.recap(id)
        .map(d -> d.recap().archiveRef())
        .flatMap(this::read);
  }

  private Optional<String> read(String ref) {
    try {
      FetchedPage page = archive.read(ref);
      HtmlPage extracted = html.extract(page.body(), page.contentType(), page.finalUrl(), page.hints());
      return Optional.ofNullable(extracted.recap()).map(r -> r.title() + "\n\n" + r.text());
    } catch (IOException e) {
      // A missing or damaged archive file is not the reader's fault: fall back to the indexed text.
      return Optional.empty();
    }
  }
}
