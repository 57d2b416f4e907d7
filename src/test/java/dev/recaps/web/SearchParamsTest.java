package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.Sort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchParamsTest {
  @Test
  void noParametersMeanEverythingNewestPageOneOfTen() {
    assertEquals(new SearchRequest("", Map.of(), Sort.RELEVANCE, 1, 10, true), SearchParams.from(Map.of()));
  }

  @Test
  void everyParameterIsRead() {
    SearchRequest r = SearchParams.from(Map.ofEntries(
        Map.entry("q", List.of("서버리스")), Map.entry("year", List.of("2019,2021", "2019")),
        Map.entry("conference", List.of("AWS re:Invent")), Map.entry("speaker", List.of("Werner Vogels", " ")),
        Map.entry("topic", List.of("serverless")), Map.entry("lang", List.of("ko")),
        Map.entry("site", List.of("blog.example.kr")), Map.entry("sort", List.of("newest")),
        Map.entry("page", List.of("2")), Map.entry("size", List.of("20")), Map.entry("original", List.of("1"))));
    assertEquals(new SearchRequest("서버리스", Map.of("year", List.of("2019", "2021"), "conference", List.of("AWS re:Invent"),
        "speaker", List.of("Werner Vogels"), "topic", List.of("serverless"), "lang", List.of("ko"),
        "site", List.of("blog.example.kr")), Sort.NEWEST, 2, 20, false), r);
  }

  @Test
  void blankValuesAndUnknownParametersAreIgnored() {
    assertEquals(SearchRequest.of(""), SearchParams.from(Map.of("year", List.of(""), "page", List.of(" "),
        "utm_source", List.of("slack"))));
  }

  @Test
  void nonNumbersAreRefusedNamingTheParameterAndValue() {
    assertEquals("page must be a whole number, not 'abc'", message(Map.of("page", List.of("abc"))));
    assertEquals("size must be a whole number, not '1.5'", message(Map.of("size", List.of("1.5"))));
    assertEquals("year must be a whole number, not '2019a'", message(Map.of("year", List.of("2019,2019a"))));
  }

  @Test
  void queryStringRoundTripsThroughFrom() {
    SearchRequest r = new SearchRequest("서버리스 & AI", Map.of("year", List.of("2019", "2021"),
        "speaker", List.of("Werner Vogels")), Sort.NEWEST, 3, 20, false);
    String qs = SearchParams.toQueryString(r);
    assertEquals("q=%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4%20%26%20AI&year=2019&year=2021&speaker=Werner%20Vogels"
        + "&sort=newest&page=3&size=20&original=1", qs);
    Map<String, List<String>> parsed = new java.util.LinkedHashMap<>();
    for (String pair : qs.split("&")) {
      String[] kv = pair.split("=", 2);
      parsed.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>())
          .add(java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
    }
    assertEquals(r, SearchParams.from(parsed));
  }

  private static String message(Map<String, List<String>> params) {
    return assertThrows(InvalidRequestException.class, () -> SearchParams.from(params)).getMessage();
  }
}
