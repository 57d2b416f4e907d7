package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTest {
  // Judged: a=3, b=2, c=1, d=2. The engine returned x (unjudged), a, c, b; d was not found.
  private static final List<Integer> RANKED = List.of(0, 3, 1, 2);
  private static final List<Integer> JUDGED = List.of(3, 2, 1, 2);

  @Test
  void ndcgMatchesTheHandComputedValue() {
    // DCG  = 0/log2(2) + 7/log2(3) + 1/log2(4) + 3/log2(5) = 4.41650 + 0.5 + 1.29203 = 6.20854
    // IDCG = 7/log2(2) + 3/log2(3) + 3/log2(4) + 1/log2(5) = 7 + 1.89279 + 1.5 + 0.43068 = 10.82347
    assertEquals(6.208538, RelevanceMetrics.dcg(10, RANKED), 1e-6);
    assertEquals(0.573618, RelevanceMetrics.ndcg(10, RANKED, JUDGED), 1e-6);
  }

  @Test
  void ndcgIsOneForTheIdealOrderAndCutAtK() {
    assertEquals(1.0, RelevanceMetrics.ndcg(10, List.of(3, 2, 2, 1), JUDGED), 1e-12);
    // At k=1 only the first result counts: 0 gain against an ideal of 7.
    assertEquals(0.0, RelevanceMetrics.ndcg(1, RANKED, JUDGED), 1e-12);
    assertEquals(3.0 / 7.0, RelevanceMetrics.ndcg(1, List.of(2), JUDGED), 1e-12);
  }

  @Test
  void ndcgIsZeroWhenNothingIsJudgedRelevant() {
    assertEquals(0.0, RelevanceMetrics.ndcg(10, List.of(0, 0), List.of()), 1e-12);
  }

  @Test
  void reciprocalRankCountsOnlyGradesFromTheThreshold() {
    assertEquals(0.5, RelevanceMetrics.reciprocalRank(RANKED, 2), 1e-12);
    assertEquals(0.5, RelevanceMetrics.reciprocalRank(List.of(1, 2), 2), 1e-12);
    assertEquals(1.0, RelevanceMetrics.reciprocalRank(List.of(1, 2), 1), 1e-12);
    assertEquals(0.0, RelevanceMetrics.reciprocalRank(List.of(0, 1, 1), 2), 1e-12);
  }

  @Test
  void recallIsFoundRelevantOverRelevantCappedAtK() {
    // Relevant (grade >= 2): a, b, d; found a and b.
    assertEquals(2.0 / 3.0, RelevanceMetrics.recall(10, RANKED, JUDGED, 2), 1e-12);
    // Only the first two results count: a is found.
    assertEquals(1.0 / 2.0, RelevanceMetrics.recall(2, RANKED, JUDGED, 2), 1e-12);
    // Fifteen relevant recaps and ten relevant results is a perfect first page.
    List<Integer> fifteen = java.util.Collections.nCopies(15, 2);
    assertEquals(1.0, RelevanceMetrics.recall(10, java.util.Collections.nCopies(10, 2), fifteen, 2), 1e-12);
  }
}
