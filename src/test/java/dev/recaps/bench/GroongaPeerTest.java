package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroongaPeerTest {
  @Test
  void filtersBecomeAGroongaScriptExpression() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    filters.put("year", List.of("2019", "2020"));
    filters.put("conference", List.of("AWS re:Invent"));
    filters.put("speaker", List.of("Werner \"Dr\" Vogels"));
    assertEquals("(year == 2019 || year == 2020) && (conference == \"AWS re:Invent\") && "
        + "(speakers @ \"Werner \\\"Dr\\\" Vogels\")", GroongaPeer.filter(filters));
  }

  @Test
  void aSelectAsksForTopTenWithDrilldownAndSnippets() {
    String path = GroongaPeer.selectPath(new QueryLog.Query("ko", "서버리스", Map.of("lang", List.of("ko"))));
    assertTrue(path.startsWith("/d/select?table=Recaps&limit=10&query_flags=NONE&match_columns="), path);
    assertTrue(path.contains("&drilldown=year%2Cconference%2Cspeakers%2Ctopics%2Clang"), path);
    assertTrue(path.contains("snippet_html%28body%29"), path);
    assertTrue(path.endsWith("&query=%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4&filter=%28lang+%3D%3D+%22ko%22%29"), path);
  }

  @Test
  void theEmptyQueryListsWithoutAQueryParameter() {
    assertTrue(!GroongaPeer.selectPath(new QueryLog.Query("facet", "", Map.of())).contains("&query="));
  }
}
