package dev.recaps.cli;

import dev.recaps.crawl.FetchedPage;
import dev.recaps.crawl.PageSink;
import dev.recaps.crawl.SinkOutcome;
import dev.recaps.enrich.Enricher;
import dev.recaps.extract.HtmlExtractor;
import dev.recaps.extract.HtmlPage;
import dev.recaps.extract.PageType;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Where crawled and archived pages go: extract → enrich → index. Listings and, with {@code
 * --only-recaps}, articles about no known conference are skipped (they stay in the archive).
 */
final class CrawlIndexingSink implements PageSink {
  /** Documents between intermediate commits, so a long crawl becomes searchable as it goes. */
  static final int COMMIT_EVERY = 100;

  private final HtmlExtractor extractor;
  private final Enricher enricher;
  private final RecapIndexer indexer;
  private final boolean onlyRecaps;
  private final boolean intermediateCommits;
  private int sinceCommit;

  /**
   * @param intermediateCommits commit every {@link #COMMIT_EVERY} documents (a crawl); {@code
   *     false} for a rebuild that must become visible all at once
   */
  CrawlIndexingSink(HtmlExtractor extractor, Enricher enricher, RecapIndexer indexer,
      boolean onlyRecaps, boolean intermediateCommits) {
    this.extractor = extractor;
    this.enricher = enricher;
    this.indexer = indexer;
    this.onlyRecaps = onlyRecaps;
    this.intermediateCommits = intermediateCommits;
  }

  @Override
  public SinkOutcome accept(FetchedPage page) {
    HtmlPage html = extractor.extract(page.body(), page.contentType(), page.finalUrl(), page.hints());
    if (html.type() != PageType.ARTICLE || html.recap() == null) {
      return SinkOutcome.ofSkipped(switch (html.type()) {
        case LISTING -> "not an article";
        case NOT_HTML -> "not HTML";
        case EMPTY -> "empty";
        default -> "not an article";
      });
    }
    Recap recap = enricher.enrich(html.recap()).withArchive(page.warcRef(), page.gone());
    if (onlyRecaps && recap.enrichment().conference() == null) {
      return SinkOutcome.ofSkipped("not a recap");
    }
    try {
      RecapIndexer.Outcome outcome = indexer.upsert(recap);
      if (intermediateCommits && ++sinceCommit >= COMMIT_EVERY) {
        indexer.commit();
        sinceCommit = 0;
      }
      return outcome == RecapIndexer.Outcome.UNCHANGED
          ? SinkOutcome.ofSkipped("unchanged") : SinkOutcome.ofIndexed();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to the index: " + e.getMessage(), e);
    }
  }
}
