package dev.recaps.cli;

import dev.recaps.crawl.CrawlCounters;
import dev.recaps.crawl.CrawlProgress;
import java.io.PrintWriter;

/** Prints a crawl's running totals on stderr at most every two seconds. */
final class CrawlStatus implements CrawlProgress {
  static final long INTERVAL_MS = 2_000;

  private final PrintWriter err;
  private long last;

  CrawlStatus(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void update(CrawlCounters s, String currentUrl) {
    long now = System.currentTimeMillis();
    if (now - last >= INTERVAL_MS) {
      last = now;
      err.printf("crawling: fetched %d, not modified %d, queued %d, indexed %d, skipped %d, errors %d … %s%n",
          s.fetched(), s.notModified(), s.queued(), s.indexed(), s.skipped(), s.errors(), currentUrl);
      err.flush();
    }
  }
}
