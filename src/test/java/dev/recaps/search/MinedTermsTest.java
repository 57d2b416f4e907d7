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
}
