package dev.recaps.crawl;

/** Told after every request so the CLI can show a live status line; must return quickly. */
@FunctionalInterface
public interface CrawlProgress {
  CrawlProgress NONE = (snapshot, currentUrl) -> {};

  void update(CrawlCounters snapshot, String currentUrl);
}
