package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recaps.model.Enrichment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceTest {
  private static final Enrichment TRUTH = new Enrichment("AWS re:Invent", null, 2019,
      List.of("Werner Vogels", "Andy Jassy"), List.of("serverless", "databases"), List.of(), Map.of());

  @Test
  void theHeadlineValueGradesTwoASecondaryValueOne() {
    assertEquals(2, Relevance.grade(Map.of("topic", "serverless"), TRUTH, "ko"));
    assertEquals(1, Relevance.grade(Map.of("topic", "databases"), TRUTH, "ko"));
    assertEquals(0, Relevance.grade(Map.of("topic", "kubernetes"), TRUTH, "ko"));
    assertEquals(2, Relevance.grade(Map.of("conference", "AWS re:Invent", "year", "2019"), TRUTH, "ko"));
    assertEquals(0, Relevance.grade(Map.of("conference", "AWS re:Invent", "year", "2020"), TRUTH, "ko"));
    assertEquals(1, Relevance.grade(Map.of("speaker", "Andy Jassy"), TRUTH, "en"));
  }

  @Test
  void anIdealRankingScoresOne() {
    assertEquals(1.0, Relevance.ndcg(List.of(1, 0, 2), new int[] {1, 2, 0}), 1e-12);
  }

  @Test
  void swappingTheTopTwoCostsTheDiscountedGain() {
    // DCG = 1/log2(2) + 3/log2(3); ideal = 3/log2(2) + 1/log2(3)
    double expected = (1 + 3 / log2(3)) / (3 + 1 / log2(3));
    assertEquals(expected, Relevance.ndcg(List.of(0, 1), new int[] {1, 2}), 1e-12);
  }

  @Test
  void unknownHitsGainNothingAndNoRelevantRecapScoresZero() {
    assertEquals(0.0, Relevance.ndcg(List.of(-1, 0), new int[] {0, 0}), 1e-12);
    assertEquals(1 / log2(3), Relevance.ndcg(List.of(-1, 0), new int[] {2, 0}), 1e-12);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
