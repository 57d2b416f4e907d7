package dev.recaps.crawl;

/**
 * Receives every kept HTML page of a crawl (articles and listings alike); the sink decides what is
 * an article and indexes it, so the crawler stays free of extraction.
 */
@FunctionalInterface
public interface PageSink {
  SinkOutcome accept(FetchedPage page);
}
