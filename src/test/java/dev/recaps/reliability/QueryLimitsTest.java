package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.Sort;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries that are legal text but too much work are refused as the caller's mistake, not a 500. */
class QueryLimitsTest {
  @TempDir static Path dir;
  private static RecapSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    SampleRecaps.index(dir, analyzers);
    searcher = RecapSearcher.open(dir, analyzers, FieldBoosts.defaults(), TermExpander.NONE);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  /** 32 words that each split into many tokens: every token becomes a clause in every field. */
  private static String manyTokenQuery() {
    String word = "a가b나c다d라e마f바g사h아";
    return String.join(" ", java.util.Collections.nCopies(32, word));
  }

  @Test
  void queryExpandingBeyondLucenesClauseLimitIsAnInvalidRequest() {
    for (Sort sort : Sort.values()) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> searcher.search(
          new SearchRequest(manyTokenQuery(), Map.of(), sort, 1, 10, true)));
      assertEquals("the query is too complex (more than 1024 search clauses once every word is"
          + " looked up in every field); use fewer words", e.getMessage());
    }
  }

  @Test
  void thirtyTwoRepeatedWordsFindWhatOneFinds() {
    long once = searcher.search(SearchRequest.of("serverless")).total();
    String many = String.join(" ", java.util.Collections.nCopies(32, "serverless"));
    assertEquals(2, once);
    assertEquals(once, searcher.search(SearchRequest.of(many)).total());
  }
}
