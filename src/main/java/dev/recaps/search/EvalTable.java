package dev.recaps.search;

import dev.recaps.search.EvalReport.GroupScore;
import dev.recaps.search.EvalReport.QueryScore;
import java.util.Locale;

/** Plain-text tables of an {@link EvalReport} for the terminal and for test logs. */
public final class EvalTable {
  private static final String ROW = "%-14s %7s %8s %7s %10s%n";

  private EvalTable() {}

  /** nDCG@10, MRR and recall@10 per group and overall, one row each. */
  public static String summary(EvalReport report) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, ROW, "group", "queries", "nDCG@10", "MRR", "recall@10"));
    for (GroupScore g : report.groups()) {
      b.append(row(g));
    }
    b.append(row(report.overall()));
    return b.toString();
  }

  /** One line per query with its scores, what was searched instead, and the files ranked first. */
  public static String perQuery(EvalReport report) {
    StringBuilder b = new StringBuilder();
    for (QueryScore q : report.queries()) {
      b.append(String.format(Locale.ROOT, "%-6s %5.3f %5.3f %5.3f  %s%s%n", q.id(), q.ndcg(),
          q.reciprocalRank(), q.recall(), q.query(),
          q.rewrittenQuery() == null ? "" : "  (searched: " + q.rewrittenQuery() + ")"));
      q.ranked().stream().limit(3).forEach(r -> b.append("         ").append(r).append('\n'));
    }
    return b.toString();
  }

  private static String row(GroupScore g) {
    return String.format(Locale.ROOT, ROW, g.group(), g.queries(), fmt(g.ndcg()), fmt(g.mrr()),
        fmt(g.recall()));
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
