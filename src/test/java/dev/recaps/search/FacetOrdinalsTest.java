package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.FacetValue;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facet counts read from heap ordinals stay exact across segments, replaced documents and refreshes. */
class FacetOrdinalsTest {
  @TempDir Path dir;

  @Test
  void countsSpanSegmentsAndIgnoreReplacedVersions() throws Exception {
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    List<dev.recaps.model.Recap> sample = TestRecaps.sample();
    try (RecapIndexer indexer = RecapIndexer.open(dir, analyzers)) {
      indexer.upsert(sample.get(0));
      indexer.upsert(sample.get(1));
      indexer.commit();
      indexer.upsert(sample.get(2));
      indexer.upsert(sample.get(3));
      indexer.commit();
    }
    try (RecapSearcher searcher = RecapSearcher.open(dir, analyzers, FieldBoosts.defaults(), TermExpander.NONE)) {
      assertEquals(List.of(new FacetValue("2021", 2, false), new FacetValue("2019", 2, false)),
          search(searcher, "", Map.of()).facets().get("year"));

      // A third segment: a new recap, and recap "d" (DEVIEW 2019) replaced by a 2020 edition.
      try (RecapIndexer indexer = RecapIndexer.open(dir, analyzers)) {
        indexer.upsert(sample.get(4));
        indexer.upsert(TestRecaps.recap("d", "DEVIEW 2020 참관기", "검색 엔진과 머신러닝 발표를 들었다.", "ko",
            LocalDate.of(2020, 11, 25), "DEVIEW", 2020, List.of("김검색"), List.of("ai-ml", "search")));
        indexer.commit();
      }
      searcher.refresh();

      SearchResult all = search(searcher, "", Map.of());
      assertEquals(5, all.total());
      assertEquals(List.of(new FacetValue("2021", 2, false), new FacetValue("2020", 1, false),
          new FacetValue("2019", 2, false)), all.facets().get("year"));
      assertEquals(List.of(new FacetValue("Andy Jassy", 1, false), new FacetValue("Sundar Pichai", 1, false),
          new FacetValue("Werner Vogels", 1, false), new FacetValue("김검색", 1, false)),
          all.facets().get("speaker"));
      assertEquals(searcher.facets(), all.facets());

      // Filtered by year 2019 and topic ai-ml: the year list counts ai-ml recaps of every year,
      // the topic list counts 2019 recaps of every topic.
      SearchResult filtered = search(searcher, "", Map.of("year", List.of("2019"), "topic", List.of("ai-ml")));
      assertEquals(1, filtered.total());
      assertEquals(List.of(new FacetValue("2020", 1, false), new FacetValue("2019", 1, true)),
          filtered.facets().get("year"));
      assertEquals(List.of(new FacetValue("keynote", 2, false), new FacetValue("ai-ml", 1, true),
          new FacetValue("serverless", 1, false)), filtered.facets().get("topic"));
      assertEquals(List.of(new FacetValue("Sundar Pichai", 1, false)), filtered.facets().get("speaker"));
    }
  }

  private static SearchResult search(RecapSearcher searcher, String q, Map<String, List<String>> filters) {
    return searcher.search(new SearchRequest(q, filters, Sort.RELEVANCE, 1, 10, true));
  }
}
