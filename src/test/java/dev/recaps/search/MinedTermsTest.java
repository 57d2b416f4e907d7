package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.model.Hit;
import dev.recaps.model.SearchRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinedTermsTest {
  @TempDir Path dir;

  @Test
  void pairWrittenByOneAuthorConnectsOtherRecaps() throws Exception {
    try (RecapSearcher s = TestRecaps.indexAndOpen(dir, List.of(
        TestRecaps.recap("m1", "컨테이너 세션", "오늘은 옵저버빌리티(Observability) 세션을 들었다.", "ko",
            LocalDate.of(2022, 1, 1), null, null, List.of(), List.of()),
        TestRecaps.recap("m2", "Monitoring talk", "A talk about observability at scale.", "en",
            LocalDate.of(2022, 2, 1), null, null, List.of(), List.of())))) {
      assertEquals(Map.of("observability", List.of("옵저버빌리티")), s.stats().minedTerms());
      Set<String> titles = Set.copyOf(s.search(SearchRequest.of("옵저버빌리티")).hits().stream()
          .map(Hit::title).toList());
      assertEquals(Set.of("컨테이너 세션", "Monitoring talk"), titles);
    }
  }

  @Test
  void multiWordTermMatchesItsEquivalent() throws Exception {
    dev.recaps.analysis.TermDictionary terms = dev.recaps.analysis.TermDictionary.withDefaults();
    terms.add("Werner Vogels", List.of("베르너 보겔스", "버너 보겔스"));
    terms.freeze();
    TermExpander expander = w -> {
      Set<String> out = new java.util.HashSet<>(terms.equivalents(w));
      out.removeIf(e -> e.equalsIgnoreCase(w));
      return out;
    };
    try (var indexer = dev.recaps.index.RecapIndexer.open(dir, dev.recaps.analysis.AnalyzerFactory.withDefaults())) {
      indexer.upsert(TestRecaps.recap("w1", "Keynote notes", "Werner Vogels talked about simplexity.", "en",
          LocalDate.of(2024, 12, 5), null, null, List.of(), List.of()));
      indexer.upsert(TestRecaps.recap("w2", "Vogels family trip", "보겔스 가족 여행", "ko",
          LocalDate.of(2024, 12, 6), null, null, List.of(), List.of()));
      indexer.commit();
    }
    try (RecapSearcher s = RecapSearcher.open(dir, dev.recaps.analysis.AnalyzerFactory.withDefaults(),
        FieldBoosts.defaults(), expander)) {
      List<String> titles = s.search(SearchRequest.of("베르너 보겔스")).hits().stream().map(Hit::title).toList();
      assertEquals("Keynote notes", titles.get(0));
    }
  }
}
