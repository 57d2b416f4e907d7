package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.model.RecapIds;
import dev.recaps.search.EvalReport.GroupScore;
import dev.recaps.search.EvalReport.QueryScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceEvaluatorTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    searcher = TestRecaps.indexAndOpen(dir, TestRecaps.sample());
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void scoresEachQueryAndAveragesPerGroupAndOverall() {
    List<JudgedQuery> queries = List.of(
        new JudgedQuery("q1", "en", "Kubernetes", Map.of("c", 3)),
        new JudgedQuery("q2", "en", "DEVIEW", Map.of("a", 2)),
        new JudgedQuery("q3", "ko", "DEVIEW", Map.of("d", 3, "a", 1)));
    EvalReport r = new RelevanceEvaluator(searcher, RecapIds::of).evaluate(queries);

    assertEquals(List.of(
        new QueryScore("q1", "en", "Kubernetes", 1.0, 1.0, 1.0, List.of("c:3"), null),
        new QueryScore("q2", "en", "DEVIEW", 0.0, 0.0, 0.0, List.of("d:0"), null),
        // Ideal is d then a: 7 + 1/log2(3); found only d.
        new QueryScore("q3", "ko", "DEVIEW", 7 / (7 + 1 / (Math.log(3) / Math.log(2))), 1.0, 1.0,
            List.of("d:3"), null)), r.queries());
    assertEquals(List.of(new GroupScore("en", 2, 0.5, 0.5, 0.5),
        new GroupScore("ko", 1, r.queries().get(2).ndcg(), 1.0, 1.0)), r.groups());
    assertEquals(3, r.overall().queries());
    assertEquals((1.0 + r.queries().get(2).ndcg()) / 3, r.overall().ndcg(), 1e-12);
    assertEquals(List.of(), r.unindexed());
  }

  @Test
  void judgedFilesMissingFromTheIndexAreReported() {
    EvalReport r = new RelevanceEvaluator(searcher, RecapIds::of).evaluate(
        List.of(new JudgedQuery("q1", "en", "Kubernetes", Map.of("c", 3, "corpus/gone.md", 2))));
    assertEquals(List.of("corpus/gone.md"), r.unindexed());
  }
}
