package dev.recaps.crawl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admits discovered URLs into the frontier under the crawl's rules (scope, include/exclude,
 * internal addresses, depth, link traps) and remembers hints that feeds and sitemaps give about
 * pages; each rejected URL is counted once with its reason.
 */
final class Discovery {
  private final CrawlConfig config;
  private final Frontier frontier;
  private final Scope scope;
  private final TrapGuard traps;
  private final CrawlTally tally;
  private final Map<String, Map<String, String>> hints = new HashMap<>();
  private final Set<String> rejected = new HashSet<>();

  Discovery(CrawlConfig config, Frontier frontier, Scope scope, TrapGuard traps, CrawlTally tally) {
    this.config = config;
    this.frontier = frontier;
    this.scope = scope;
    this.traps = traps;
    this.tally = tally;
  }

  /** A user-given start URL: always queued (its site defines the scope), links followed. */
  void seed(String url) {
    frontier.offer(CrawlItem.page(url, CrawlItem.RANK_LISTED, 0, true, Map.of()));
  }

  /** A link found on a page at {@code depth - 1}. */
  void link(String url, int depth) {
    if (frontier.seen(url) || rejected.contains(url) || depth > config.maxDepth()) {
      return;
    }
    String reason = scope.rejectLink(url);
    if (reason == null && !traps.admit(url)) {
      reason = CrawlTally.TRAP;
    }
    if (reason != null) {
      reject(url, reason);
      return;
    }
    frontier.offer(CrawlItem.page(url, CrawlItem.RANK_LINKED, depth, true, Map.of()));
  }

  /** A page named by a feed or sitemap entry; its hints are kept even when it is queued already. */
  void listed(FeedReader.Entry entry, int depth, boolean followLinks) {
    hints.computeIfAbsent(entry.url(), u -> new HashMap<>()).putAll(entry.hints());
    if (frontier.seen(entry.url()) || rejected.contains(entry.url()) || depth > config.maxDepth()) {
      return;
    }
    String reason = scope.rejectLink(entry.url());
    if (reason != null) {
      reject(entry.url(), reason);
      return;
    }
    frontier.offer(CrawlItem.page(entry.url(), CrawlItem.RANK_LISTED, depth, followLinks, Map.of()));
  }

  /** A sitemap or feed location (robots.txt, {@code <link rel=alternate>}, well-known guess). */
  void document(String url, CrawlItem.Kind kind, int depth, boolean followLinks) {
    if (frontier.seen(url) || rejected.contains(url)) {
      return;
    }
    String reason = scope.rejectDocument(url);
    if (reason != null) {
      if (kind != CrawlItem.Kind.PROBE) {
        reject(url, reason);
      }
      return;
    }
    frontier.offer(CrawlItem.document(url, kind, depth, followLinks));
  }

  /**
   * The main frame of a page (a Naver Blog {@code PostView}): the real content of a page the
   * crawl already accepted, so it is fetched next, at the same depth, with the page's hints.
   */
  void frame(String url, int depth, boolean followLinks, Map<String, String> outerHints) {
    if (frontier.seen(url) || rejected.contains(url)) {
      return;
    }
    String reason = scope.rejectDocument(url);
    if (reason != null) {
      reject(url, reason);
      return;
    }
    frontier.offer(new CrawlItem(url, CrawlItem.Kind.PAGE, CrawlItem.RANK_DISCOVERY, depth,
        followLinks, 0, List.of(), outerHints));
  }

  /** Hints that feeds and sitemaps gave about {@code url}. */
  Map<String, String> hintsFor(String url) {
    return hints.getOrDefault(url, Map.of());
  }

  private void reject(String url, String reason) {
    rejected.add(url);
    // Off-site links would fill the per-host table with every host the blog links to.
    tally.skipped(CrawlTally.OFF_SITE.equals(reason) ? null : Frontier.originOf(url), reason);
  }
}
