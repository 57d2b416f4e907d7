package dev.recaps.search;

import java.util.List;

/**
 * What the relevance harness measured: scores per query, their means per group and overall, and
 * the judged recaps the index does not hold (which make the scores meaningless until fixed).
 */
public record EvalReport(
    List<QueryScore> queries, List<GroupScore> groups, GroupScore overall, List<String> unindexed) {

  public EvalReport {
    queries = List.copyOf(queries);
    groups = List.copyOf(groups);
    unindexed = List.copyOf(unindexed);
  }

  /**
   * Scores of one query.
   *
   * @param ranked sources of the results in rank order, each with its grade ({@code corpus/a.md:3})
   * @param rewrittenQuery what the engine searched instead (layout or typo fix), or {@code null}
   */
  public record QueryScore(String id, String group, String query, double ndcg, double reciprocalRank,
      double recall, List<String> ranked, String rewrittenQuery) {
    public QueryScore {
      ranked = List.copyOf(ranked);
    }
  }

  /** Means over the queries of one group (or of all queries, group {@code overall}). */
  public record GroupScore(String group, int queries, double ndcg, double mrr, double recall) {}

  /** The score of one group by name, or {@code null} when no query has that group. */
  public GroupScore group(String name) {
    return groups.stream().filter(g -> g.group().equals(name)).findFirst().orElse(null);
  }
}
