package dev.recaps.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking metrics of the relevance harness, as pure functions of graded lists so they can be
 * checked by hand: nDCG@k with exponential gain, reciprocal rank and recall@k.
 */
public final class RelevanceMetrics {
  private RelevanceMetrics() {}

  /**
   * Normalized discounted cumulative gain of the first {@code k} results: gain {@code 2^grade - 1}
   * discounted by {@code log2(rank + 1)}, divided by the same sum for the best possible order of all
   * judged grades. Exponential gain makes a grade-3 answer worth far more than a passing mention.
   *
   * @param ranked grades of the results in rank order (0 for unjudged)
   * @param judged every judged grade of the query, found or not
   * @return 0 when nothing is judged relevant, else a value in [0, 1]
   */
  public static double ndcg(int k, List<Integer> ranked, Collection<Integer> judged) {
    double ideal = dcg(k, judged.stream().sorted(Comparator.reverseOrder()).toList());
    return ideal == 0 ? 0 : dcg(k, ranked) / ideal;
  }

  static double dcg(int k, List<Integer> grades) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, grades.size()); i++) {
      sum += (Math.pow(2, grades.get(i)) - 1) / log2(i + 2);
    }
    return sum;
  }

  /** One over the rank of the first result graded {@code relevantFrom} or more; 0 when there is none. */
  public static double reciprocalRank(List<Integer> ranked, int relevantFrom) {
    for (int i = 0; i < ranked.size(); i++) {
      if (ranked.get(i) >= relevantFrom) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * Share of the relevant recaps found in the first {@code k} results, out of at most {@code k}: a
   * query with 15 relevant recaps scores 1 when its first 10 results are all relevant, so a perfect
   * ranking always reaches 1.
   */
  public static double recall(int k, List<Integer> ranked, Collection<Integer> judged, int relevantFrom) {
    long relevant = judged.stream().filter(g -> g >= relevantFrom).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(g -> g >= relevantFrom).count();
    return (double) found / Math.min(k, relevant);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
