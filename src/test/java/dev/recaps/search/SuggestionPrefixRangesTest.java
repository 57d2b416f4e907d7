package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.IndexSchema;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Recap;
import dev.recaps.model.Suggestion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best completions precomputed for the first keystrokes are exactly what scanning finds. */
class SuggestionPrefixRangesTest {
  @TempDir Path dir;

  @Test
  void precomputedShortPrefixesAnswerLikeAFullScan() throws Exception {
    String[] words = {"서버리스", "서비스", "세션", "스트리밍", "server", "service", "session", "stream", "kube"};
    List<Recap> recaps = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String title = words[i % words.length] + " " + words[(i * 7) % words.length] + " 후기 " + i;
      recaps.add(TestRecaps.recap("r" + i, title, "본문 " + words[(i * 3) % words.length], "ko",
          LocalDate.of(2019 + i % 6, 1 + i % 12, 1), i % 3 == 0 ? "AWS re:Invent" : "if(kakao)", 2019 + i % 6,
          List.of(i % 5 == 0 ? "서정희" : "Sam Lee"), List.of(i % 2 == 0 ? "serverless" : "streaming")));
    }
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    try (RecapIndexer indexer = RecapIndexer.open(dir, analyzers)) {
      for (Recap r : recaps) {
        indexer.upsert(r);
      }
      indexer.commit();
    }
    try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      var ordinals = FacetOrdinals.build(reader, new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig()));
      SuggestionIndex fast = SuggestionIndex.build(searcher, ordinals, 16);
      SuggestionIndex scan = SuggestionIndex.build(searcher, ordinals, Integer.MAX_VALUE);
      int compared = 0;
      for (String typed : List.of("ㅅ", "서", "섭", "서ㅂ", "ㅅㅂ", "s", "se", "ser", "serv", "k", "ku", "ㅎ", "후",
          "tj", "tjq", "1", "sa", "ㅅㅈ")) {
        for (int limit : new int[] {1, 5, 8, 20}) {
          List<Suggestion> expected = scan.lookup(typed, limit);
          assertEquals(expected, fast.lookup(typed, limit), typed + " / " + limit);
          compared += expected.size();
        }
      }
      assertEquals(true, compared > 300, "the probes found completions: " + compared);
    }
  }
}
