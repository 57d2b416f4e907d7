package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class QueryLogTest {
  private final QueryLog log = QueryLog.load(w -> {});

  @Test
  void theLogHasAtLeast200QueriesOfEveryKind() {
    assertTrue(log.queries().size() >= 200, "only " + log.queries().size() + " queries");
    Set<String> kinds = new TreeSet<>();
    log.queries().forEach(q -> kinds.add(q.kind()));
    assertEquals(new TreeSet<>(List.of("ko", "en", "mixed", "phrase", "facet", "cross", "typo", "layout", "syntax")),
        kinds);
  }

  @Test
  void filtersRepeatWithinADimensionAndAllMeansTheEmptyQuery() {
    QueryLog.Query q = log.queries().stream().filter(x -> x.text().isEmpty()).findFirst().orElseThrow();
    assertEquals(Map.of("year", List.of("2019")), q.filters());
    QueryLog.Query twoYears = log.queries().stream().filter(x -> x.text().equals("머신러닝") && !x.filters().isEmpty())
        .findFirst().orElseThrow();
    assertEquals(Map.of("year", List.of("2021", "2022")), twoYears.filters());
    assertEquals("q=%EB%A8%B8%EC%8B%A0%EB%9F%AC%EB%8B%9D&year=2021&year=2022", twoYears.urlQuery());
  }

  @Test
  void koreanKeystrokesComposeJamoByJamo() {
    assertEquals(List.of("ㅅ", "서", "섭", "서버", "서벌", "서버리", "서버릿", "서버리스"), log.keystrokes().get(0));
  }

  @Test
  void wrongLayoutQueriesAreLatinKeysForKoreanWords() {
    assertTrue(log.queries().stream().anyMatch(q -> q.kind().equals("layout") && q.text().equals("tjqjfltm")));
  }

  @Test
  void everyJudgedNeedUsesKnownDimensions() {
    Set<String> dims = Set.of("topic", "speaker", "conference", "year", "lang");
    log.judged().forEach(j -> assertTrue(dims.containsAll(j.need().keySet()), j.toString()));
    assertTrue(log.judged().size() >= 40);
  }
}
