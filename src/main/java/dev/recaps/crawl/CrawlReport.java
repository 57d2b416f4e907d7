package dev.recaps.crawl;

import java.util.Map;
import java.util.TreeMap;

/**
 * Outcome of one crawl run: what was fetched, archived, handed on and indexed, what was skipped
 * and why, what failed and how; {@link #summary()} is the text the CLI prints at the end.
 *
 * @param fetched requests answered with a full body (robots.txt excluded)
 * @param notModified pages left alone because they did not change (304, or same content hash)
 * @param archived responses written to the WARC archive
 * @param indexed pages the sink indexed
 * @param gone previously archived pages that now answer 404/410 (kept searchable, flagged)
 * @param skipped count per skip reason (robots, off-site, not HTML, too large, duplicate, ...)
 * @param errors count per error kind (timeout, http 404, redirect loop, ...)
 * @param hosts per-host tallies, keyed by origin ({@code https://host[:port]})
 */
public record CrawlReport(
    int fetched,
    int notModified,
    int archived,
    int indexed,
    int gone,
    Map<String, Integer> skipped,
    Map<String, Integer> errors,
    Map<String, HostTally> hosts) {

  /** Per-host numbers of a crawl report. */
  public record HostTally(int fetched, int notModified, int indexed, int skipped, int errors) {}

  public CrawlReport {
    skipped = Map.copyOf(skipped);
    errors = Map.copyOf(errors);
    hosts = Map.copyOf(hosts);
  }

  public int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int errorsTotal() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Count for one skip reason, 0 when absent. */
  public int skipped(String reason) {
    return skipped.getOrDefault(reason, 0);
  }

  /** Count for one error kind, 0 when absent. */
  public int errors(String kind) {
    return errors.getOrDefault(kind, 0);
  }

  /** Multi-line, human-readable summary with reasons and kinds sorted by name. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append("fetched ").append(fetched)
        .append(", not modified ").append(notModified)
        .append(", archived ").append(archived)
        .append(", indexed ").append(indexed)
        .append(", gone ").append(gone).append('\n');
    out.append("skipped ").append(skippedTotal()).append(breakdown(skipped)).append('\n');
    out.append("errors ").append(errorsTotal()).append(breakdown(errors)).append('\n');
    new TreeMap<>(hosts).forEach((host, t) -> out.append("  ").append(host)
        .append(": fetched ").append(t.fetched())
        .append(", not modified ").append(t.notModified())
        .append(", indexed ").append(t.indexed())
        .append(", skipped ").append(t.skipped())
        .append(", errors ").append(t.errors()).append('\n'));
    return out.toString();
  }

  private static String breakdown(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    StringBuilder parts = new StringBuilder(" (");
    new TreeMap<>(counts).forEach((k, v) -> {
      if (parts.length() > 2) {
        parts.append(", ");
      }
      parts.append(v).append(' ').append(k);
    });
    return parts.append(')').toString();
  }
}
