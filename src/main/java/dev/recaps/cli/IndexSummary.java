package dev.recaps.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What one indexing run did, with reasons for everything it did not index. */
record IndexSummary(
    int seen,
    int added,
    int updated,
    int unchanged,
    Map<String, Integer> skipped,
    Map<String, Integer> failed,
    List<String> problems,
    int pruned,
    int docsInIndex,
    Duration took) {

  int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  int failedTotal() {
    return failed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line for humans, e.g. {@code files 7: indexed 5 (added 5, updated 0), unchanged 0, …}. */
  String line() {
    return String.format(
        "files %d: indexed %d (added %d, updated %d), unchanged %d, skipped %d%s, failed %d%s,"
            + " pruned %d; %d recaps in the index; %.1f s",
        seen, added + updated, added, updated, unchanged, skippedTotal(), reasons(skipped),
        failedTotal(), reasons(failed), pruned, docsInIndex, took.toMillis() / 1000.0);
  }

  private static String reasons(Map<String, Integer> byReason) {
    if (byReason.isEmpty()) {
      return "";
    }
    return byReason.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
