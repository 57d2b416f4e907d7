package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.IndexSchema;
import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.LuceneQueryBuilder;
import dev.recaps.search.ParsedQuery;
import dev.recaps.search.QuerySyntax;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for everything a search box and the search URL feed into: the query syntax, the
 * Lucene query builder, and a whole search, suggestion and detail lookup against a small real index.
 * A caller's mistake may only surface as {@link InvalidRequestException}; anything else is a bug.
 */
class QueryFuzzTest {
  private static final List<String> DIMENSIONS =
      List.of(IndexSchema.YEAR, IndexSchema.CONFERENCE, IndexSchema.SPEAKER, IndexSchema.TOPIC,
          IndexSchema.LANG, IndexSchema.SITE, "colour", "");

  private static Path dir;
  private static AnalyzerFactory analyzers;
  private static RecapSearcher searcher;
  private static LuceneQueryBuilder builder;
  private final QuerySyntax syntax = new QuerySyntax();

  @BeforeAll
  static void openIndex() throws Exception {
    dir = Files.createTempDirectory("recaps-query-fuzz");
    analyzers = AnalyzerFactory.withDefaults();
    SampleRecaps.index(dir, analyzers);
    searcher = RecapSearcher.open(dir, analyzers, FieldBoosts.defaults(), TermExpander.NONE);
    builder = new LuceneQueryBuilder(analyzers, FieldBoosts.defaults(),
        w -> w.length() % 2 == 0 ? Set.of(w + "s") : Set.of());
  }

  @AfterAll
  static void closeIndex() throws Exception {
    searcher.close();
    TempDirs.delete(dir);
  }

  @FuzzTest
  @Timeout(10)
  void querySyntaxKeepsItsLimits(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();
    ParsedQuery parsed = syntax.parse(raw);
    parsed.groups().forEach(g -> assertTrue(!g.isEmpty(), "an OR group is never empty"));
    int clauses = parsed.excluded().size() + parsed.groups().stream().mapToInt(List::size).sum();
    assertTrue(clauses <= QuerySyntax.MAX_CLAUSES, () -> clauses + " clauses for " + raw);
    for (ParsedQuery.Clause c : parsed.positiveClauses()) {
      assertNotNull(c.text());
      assertTrue(c.field() == null || QuerySyntax.FIELDS.contains(c.field()), c.field());
    }
    if (!parsed.isEmpty()) {
      builder.build(parsed);
    }
  }

  @FuzzTest
  @Timeout(10)
  void searchAnswersOrRejectsTheRequest(FuzzedDataProvider data) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    int filterCount = data.consumeInt(0, 3);
    for (int i = 0; i < filterCount; i++) {
      String dim = data.pickValue(DIMENSIONS);
      filters.computeIfAbsent(dim, d -> new ArrayList<>()).add(data.consumeString(20));
    }
    Sort sort = data.consumeBoolean() ? Sort.RELEVANCE : Sort.NEWEST;
    int page = data.consumeInt(-2, 20_000);
    int size = data.consumeInt(-2, 300);
    boolean fixLayout = data.consumeBoolean();
    String query = data.consumeRemainingAsString();
    SearchRequest request = new SearchRequest(query, filters, sort, page, size, fixLayout);
    try {
      SearchResult result = searcher.search(request);
      assertTrue(result.total() >= 0 && result.total() <= SampleRecaps.all().size(),
          () -> "total " + result.total());
      assertTrue(result.hits().size() <= size, "a page never holds more than size hits");
      result.hits().forEach(h -> assertTrue(!h.snippet().contains("<script"), h.snippet()));
    } catch (InvalidRequestException expected) {
      assertTrue(!expected.getMessage().isBlank());
    }
  }

  @FuzzTest
  @Timeout(10)
  void suggestionsAndDetailsNeverFail(FuzzedDataProvider data) {
    int limit = data.consumeInt(0, 25);
    String text = data.consumeRemainingAsString();
    try {
      assertTrue(searcher.suggest(text, limit).size() <= limit);
    } catch (InvalidRequestException expected) {
      assertTrue(limit < 1 || limit > RecapSearcher.MAX_SUGGESTIONS, "limit " + limit);
    }
    assertEquals(true, searcher.recap(text).isEmpty() || text.matches("[0-9a-f]{16}"));
  }
}
