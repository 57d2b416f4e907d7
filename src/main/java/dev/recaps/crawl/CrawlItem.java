package dev.recaps.crawl;

import java.util.List;
import java.util.Map;

/**
 * One URL waiting in the frontier with what the crawler knows about why it is there.
 *
 * @param kind what the URL is expected to be; a page may still turn out to be a feed or sitemap
 * @param rank scheduling class within a host: discovery documents first, then pages named by
 *     seeds, sitemaps and feeds, then pages found through links
 * @param followLinks whether links of this page are followed (entries of a feed or sitemap given
 *     as seed are leaves)
 * @param attempt number of earlier tries (429/503 retries)
 * @param redirectedFrom URLs that redirected here, in order; the first is what the crawl asked for
 */
record CrawlItem(
    String url,
    Kind kind,
    int rank,
    int depth,
    boolean followLinks,
    int attempt,
    List<String> redirectedFrom,
    Map<String, String> hints) {

  /** What a URL is expected to hold. */
  enum Kind {
    /** An HTML page, or a seed of unknown type. */
    PAGE,
    /** A sitemap or feed named by robots.txt or a {@code <link rel=alternate>}. */
    DOCUMENT,
    /** A guessed well-known location ({@code /sitemap.xml}, {@code /rss}, ...); absence is normal. */
    PROBE
  }

  static final int RANK_DISCOVERY = 0;
  static final int RANK_LISTED = 1;
  static final int RANK_LINKED = 2;

  CrawlItem {
    redirectedFrom = List.copyOf(redirectedFrom);
    hints = Map.copyOf(hints);
  }

  static CrawlItem page(String url, int rank, int depth, boolean followLinks,
      Map<String, String> hints) {
    return new CrawlItem(url, Kind.PAGE, rank, depth, followLinks, 0, List.of(), hints);
  }

  static CrawlItem document(String url, Kind kind, int depth, boolean followLinks) {
    return new CrawlItem(url, kind, RANK_DISCOVERY, depth, followLinks, 0, List.of(), Map.of());
  }

  /** The URL the crawl originally asked for, before any redirect. */
  String requestedUrl() {
    return redirectedFrom.isEmpty() ? url : redirectedFrom.get(0);
  }

  CrawlItem retry() {
    return new CrawlItem(url, kind, rank, depth, followLinks, attempt + 1, redirectedFrom, hints);
  }

  /** The next hop of a redirect chain, carrying depth, hints and the chain so far. */
  CrawlItem redirectTo(String target) {
    List<String> chain = new java.util.ArrayList<>(redirectedFrom);
    chain.add(url);
    return new CrawlItem(target, kind, rank, depth, followLinks, 0, chain, hints);
  }
}
