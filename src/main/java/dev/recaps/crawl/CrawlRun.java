package dev.recaps.crawl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * One crawl from seeds to report: takes items from the frontier, asks robots.txt, fetches with
 * validators, and acts on the status (redirect hop, retry with back-off, gone, error, or the body
 * to the {@link PageHandler}). Single-threaded: one request at a time, per-host waits in the
 * frontier.
 */
final class CrawlRun {
  /** Guessed feed locations of common blog engines (WordPress, Tistory, Hugo, Jekyll, Ghost). */
  static final List<String> FEED_PROBES = List.of("/rss", "/feed", "/atom.xml", "/index.xml");

  private final CrawlConfig config;
  private final UrlNormalizer normalizer;
  private final Scope scope;
  private final Frontier frontier;
  private final RobotsPolicy robots;
  private final HttpFetcher fetcher;
  private final CrawlState state;
  private final Discovery discovery;
  private final PageHandler pages;
  private final CrawlTally tally;
  private final CrawlProgress progress;
  /** Origins of seeds that are site roots: robots sitemaps and well-known feeds get explored. */
  private final Set<String> siteRoots = new HashSet<>();
  /** Per-origin delay multiplier, doubled after each 429 so a rate-limiting host gets relief. */
  private final Map<String, Integer> slowdown = new HashMap<>();
  private int pagesRequested;

  CrawlRun(CrawlConfig config, UrlNormalizer normalizer, Scope scope, WarcArchive archive,
      CrawlState state, PageSink sink, CrawlProgress progress) {
    this.config = config;
    this.normalizer = normalizer;
    this.scope = scope;
    this.state = state;
    this.progress = progress;
    this.tally = new CrawlTally();
    this.frontier = new Frontier();
    this.robots = new RobotsPolicy(config);
    this.fetcher = new HttpFetcher(config);
    this.discovery = new Discovery(config, frontier, scope,
        new TrapGuard(config.maxPerPathPattern(), ZonedDateTime.now().getYear()), tally);
    this.pages = new PageHandler(config, normalizer, discovery, frontier, archive, state, sink,
        tally);
  }

  CrawlReport run(List<String> seeds) throws IOException {
    for (String seed : seeds) {
      scope.addSeed(seed);
      String path = URI.create(seed).getRawPath();
      if (("/".equals(path) || path.isEmpty()) && !scope.isMultiTenant(seed)) {
        siteRoots.add(Frontier.originOf(seed));
      }
    }
    seeds.forEach(discovery::seed);
    try {
      for (CrawlItem item = frontier.next(); item != null; item = frontier.next()) {
        if (pagesRequested >= config.maxPages()) {
          frontier.putFirst(item);
          stopAtPageLimit();
          break;
        }
        process(item);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("crawl interrupted", e);
    } finally {
      fetcher.close();
    }
    return tally.report();
  }

  private void stopAtPageLimit() {
    for (CrawlItem left : frontier.drain()) {
      if (left.kind() == CrawlItem.Kind.PAGE) {
        tally.skipped(Frontier.originOf(left.url()), CrawlTally.PAGE_LIMIT);
      }
    }
  }

  private void process(CrawlItem item) throws IOException {
    String origin = Frontier.originOf(item.url());
    if (!robots.known(origin)) {
      fetchRobots(origin);
      frontier.holdOrigin(origin, delayMs(origin));
      if (siteRoots.contains(origin)) {
        planSiteDiscovery(origin);
      }
      frontier.putBack(item); // behind the sitemaps and feeds just planned
      return;
    }
    if (!robots.allowed(origin, item.url())) {
      if (item.kind() != CrawlItem.Kind.PROBE) { // our own guesses are not the site's business
        tally.skipped(origin, CrawlTally.ROBOTS);
      }
      return;
    }
    if (item.kind() == CrawlItem.Kind.PAGE && pages.alreadyHanded(item.url())) {
      tally.skipped(origin, CrawlTally.DUPLICATE);
      return;
    }
    CrawlState.Entry previous = config.refresh() ? null : state.get(item.url()).orElse(null);
    if (item.kind() == CrawlItem.Kind.PAGE) {
      pagesRequested++;
    }
    HttpResult result;
    try {
      result = fetcher.get(item.url(), validators(previous));
    } catch (IOException e) {
      tally.error(origin, errorKind(e));
      return;
    } finally {
      frontier.holdOrigin(origin, delayMs(origin));
      progress.update(tally.snapshot(frontier.size(), URI.create(item.url()).getHost()),
          item.url());
    }
    dispatch(item, result, previous);
  }

  private void dispatch(CrawlItem item, HttpResult r, CrawlState.Entry previous)
      throws IOException {
    String origin = Frontier.originOf(item.url());
    int status = r.status();
    if (status >= 200 && status < 300) {
      pages.handle(item, r, previous);
    } else if (status == 304 && previous != null) {
      pages.unchanged(item, previous, r);
    } else if (status >= 300 && status < 400 && r.header("location") != null) {
      redirect(item, r.header("location"));
    } else if (status == 429 || status == 503) {
      retryLater(item, r);
    } else if (item.kind() == CrawlItem.Kind.PROBE && status >= 400 && status < 500) {
      return; // a guessed feed or sitemap location that does not exist: nothing to report
    } else if ((status == 404 || status == 410) && pages.gone(item, r, previous)) {
      return;
    } else {
      tally.error(origin, "http " + status);
    }
  }

  private void redirect(CrawlItem item, String location) {
    String origin = Frontier.originOf(item.url());
    String target = normalizer.resolve(item.url(), location);
    if (target == null) {
      tally.error(origin, "bad redirect");
    } else if (target.equals(item.url()) || item.redirectedFrom().contains(target)) {
      tally.error(origin, "redirect loop");
    } else if (item.redirectedFrom().size() >= config.maxRedirects()) {
      tally.error(origin, "too many redirects");
    } else {
      String reason = scope.rejectDocument(target);
      if (reason != null) {
        tally.skipped(origin, reason);
      } else if (frontier.seen(target) && !item.redirectedFrom().contains(target)) {
        tally.skipped(origin, CrawlTally.DUPLICATE); // the target is fetched on its own
      } else {
        frontier.putFirst(item.redirectTo(target));
      }
    }
  }

  /** 429/503: wait as the server asks (bounded), back off exponentially, give up after the limit. */
  private void retryLater(CrawlItem item, HttpResult r) {
    String origin = Frontier.originOf(item.url());
    if (r.status() == 429) {
      slowdown.merge(origin, 2, (a, b) -> a * b);
    }
    if (item.attempt() >= config.maxRetries()) {
      tally.error(origin, "http " + r.status() + " after " + config.maxRetries() + " retries");
      return;
    }
    long backoff = Math.max(config.delayMs(), 100) << (item.attempt() + 1);
    long wait = Math.min(Math.max(retryAfterMs(r.header("retry-after")), backoff),
        config.maxCrawlDelayMs());
    frontier.putFirst(item.retry());
    frontier.holdOrigin(origin, wait);
  }

  /** Retry-After as delay-seconds or an HTTP-date; 0 when absent or unreadable. */
  static long retryAfterMs(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Long.parseLong(value.strip()) * 1000L;
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
            .toInstant();
        return Math.max(0, at.toEpochMilli() - System.currentTimeMillis());
      } catch (RuntimeException notADate) {
        return 0;
      }
    }
  }

  private long delayMs(String origin) {
    long base = robots.delayMs(origin);
    int factor = slowdown.getOrDefault(origin, 1);
    return factor == 1 ? base : Math.min(Math.max(base, 100) * factor, config.maxCrawlDelayMs());
  }

  private static Map<String, String> validators(CrawlState.Entry previous) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (previous != null && previous.status() < 300) {
      if (previous.etag() != null) {
        headers.put("If-None-Match", previous.etag());
      }
      if (previous.lastModified() != null) {
        headers.put("If-Modified-Since", previous.lastModified());
      }
    }
    return headers;
  }

  /** robots.txt, following up to the redirect limit (RFC 9309 asks for at least five). */
  private void fetchRobots(String origin) {
    String url = origin + "/robots.txt";
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      HttpResult r;
      try {
        r = fetcher.get(url, Map.of());
      } catch (IOException e) {
        robots.unreachable(origin);
        tally.error(origin, "robots.txt " + errorKind(e));
        return;
      }
      String next = r.header("location") == null ? null : normalizer.resolve(url, r.header("location"));
      if (r.status() >= 300 && r.status() < 400 && next != null
          && scope.rejectAddress(next) == null) {
        url = next;
      } else if (r.status() >= 200 && r.status() < 300) {
        robots.parsed(origin, r);
        return;
      } else {
        robots.failed(origin, r.status());
        return;
      }
    }
    robots.failed(origin, 310); // endless redirects: crawler-commons treats 3xx as unreachable
  }

  private void planSiteDiscovery(String origin) {
    List<String> listed = robots.sitemaps(origin);
    for (String sitemap : listed) {
      String url = normalizer.normalize(sitemap);
      if (url != null) {
        discovery.document(url, CrawlItem.Kind.DOCUMENT, 0, true);
      }
    }
    if (listed.isEmpty()) {
      discovery.document(origin + "/sitemap.xml", CrawlItem.Kind.PROBE, 0, true);
    }
    for (String path : FEED_PROBES) {
      discovery.document(origin + path, CrawlItem.Kind.PROBE, 0, true);
    }
  }

  static String errorKind(IOException e) {
    if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
      return "timeout";
    }
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof SSLException) {
      return "tls";
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    return message.contains("timed out") || message.contains("timeout") ? "timeout" : "io";
  }
}
