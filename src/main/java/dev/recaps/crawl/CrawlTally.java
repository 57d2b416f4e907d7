package dev.recaps.crawl;

import java.util.HashMap;
import java.util.Map;

/** Mutable counters of one crawl run, turned into {@link CrawlCounters} and {@link CrawlReport}. */
final class CrawlTally {
  /** Skip reasons the crawler itself gives; the sink adds its own. */
  static final String ROBOTS = "robots";
  static final String OFF_SITE = "off-site";
  static final String EXCLUDED = "excluded";
  static final String PRIVATE_ADDRESS = "private address";
  static final String TOO_LARGE = "too large";
  static final String NOT_HTML = "not HTML";
  static final String DUPLICATE = "duplicate";
  static final String TRAP = "link trap";
  static final String PAGE_LIMIT = "page limit";
  static final String NOINDEX = "noindex";

  private final Map<String, int[]> hosts = new HashMap<>();
  private final Map<String, Integer> skipped = new HashMap<>();
  private final Map<String, Integer> errors = new HashMap<>();
  private int fetched;
  private int notModified;
  private int archived;
  private int indexed;
  private int gone;

  // Per-host slots: fetched, notModified, indexed, skipped, errors.
  private int[] host(String origin) {
    return hosts.computeIfAbsent(origin, h -> new int[5]);
  }

  void fetched(String origin) {
    fetched++;
    host(origin)[0]++;
  }

  void notModified(String origin) {
    notModified++;
    host(origin)[1]++;
  }

  void archived() {
    archived++;
  }

  void indexed(String origin) {
    indexed++;
    host(origin)[2]++;
  }

  void gone() {
    gone++;
  }

  /** Counts a skip; {@code origin} null keeps it out of the per-host table (off-site links). */
  void skipped(String origin, String reason) {
    skipped.merge(reason, 1, Integer::sum);
    if (origin != null) {
      host(origin)[3]++;
    }
  }

  void error(String origin, String kind) {
    errors.merge(kind, 1, Integer::sum);
    host(origin)[4]++;
  }

  int fetchedCount() {
    return fetched;
  }

  CrawlCounters snapshot(int queued, String currentHost) {
    int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
    int errorTotal = errors.values().stream().mapToInt(Integer::intValue).sum();
    return new CrawlCounters(
        fetched, notModified, queued, indexed, skippedTotal, errorTotal, currentHost);
  }

  CrawlReport report() {
    Map<String, CrawlReport.HostTally> perHost = new HashMap<>();
    hosts.forEach((h, c) -> perHost.put(h, new CrawlReport.HostTally(c[0], c[1], c[2], c[3], c[4])));
    return new CrawlReport(fetched, notModified, archived, indexed, gone, skipped, errors, perHost);
  }
}
