package dev.recaps.web;

import static dev.recaps.web.ApiFixture.fieldNames;
import static dev.recaps.web.ApiFixture.json;
import static dev.recaps.web.ApiFixture.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recaps.search.RecapSearcher;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchApiTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    searcher = TestRecaps.index(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static Javalin app() {
    return WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void koreanQueryReturnsHighlightedHitsAndFacetCounts() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/api/search?q=" + enc("서버리스"));
      assertEquals(200, r.code());
      assertEquals("application/json", r.headers().get("Content-Type").get(0).split(";")[0]);
      JsonNode body = json(r.body().string());
      assertEquals("서버리스", body.get("query").asText());
      assertEquals(List.of(TestRecaps.SERVERLESS_2019), texts(body.get("hits"), "id").subList(0, 1));
      assertTrue(body.get("hits").get(0).get("snippet").asText().contains("<mark>서버리스</mark>"),
          body.get("hits").get(0).get("snippet").asText());
      JsonNode years = body.get("facets").get("year");
      assertEquals("2021", years.get(0).get("value").asText());
      assertEquals(1, years.get(0).get("count").asInt());
    });
  }

  @Test
  void searchAnswerHasTheDocumentedFieldNamesInOrder() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/search?q=kubernetes").body().string());
      assertEquals(List.of("query", "total", "tookMs", "page", "size", "hits", "facets", "rewrittenQuery",
          "didYouMean", "notices"), fieldNames(body));
      assertEquals(List.of("id", "url", "title", "titleHtml", "site", "source", "author", "published", "conference",
          "year", "speakers", "topics", "lang", "snippet", "score", "gone"), fieldNames(body.get("hits").get(0)));
      assertEquals("2020-11-30", body.get("hits").get(0).get("published").asText());
      assertEquals(List.of("year", "conference", "speaker", "topic", "lang", "site"), fieldNames(body.get("facets")));
      assertEquals(List.of("value", "count", "selected"), fieldNames(body.get("facets").get("year").get(0)));
    });
  }

  @Test
  void twoSelectedYearsAreEitherAndYearCountsIgnoreTheirOwnSelection() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/search?year=2019&year=2021").body().string());
      assertEquals(3, body.get("total").asInt()); // 2019: two recaps, 2021: one
      Map<String, Integer> years = counts(body.get("facets").get("year"));
      assertEquals(Map.of("2023", 1, "2021", 1, "2020", 2, "2019", 2), years);
      Map<String, Integer> conferences = counts(body.get("facets").get("conference"));
      assertEquals(Map.of("AWS re:Invent", 2, "DEVIEW", 1), conferences);
      JsonNode first = body.get("facets").get("year");
      assertEquals(List.of(false, true, false, true), List.of(first.get(0).get("selected").asBoolean(),
          first.get(1).get("selected").asBoolean(), first.get(2).get("selected").asBoolean(),
          first.get(3).get("selected").asBoolean()));
    });
  }

  @Test
  void commaSeparatedYearsMeanTheSameAsRepeatedYears() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode repeated = json(client.get("/api/search?year=2019&year=2021").body().string());
      JsonNode commas = json(client.get("/api/search?year=2019,2021").body().string());
      assertEquals(texts(repeated.get("hits"), "id"), texts(commas.get("hits"), "id"));
    });
  }

  @Test
  void filtersOfDifferentDimensionsMustAllMatch() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/search?speaker=" + enc("Werner Vogels") + "&year=2021").body().string());
      assertEquals(1, body.get("total").asInt());
      assertEquals("re:Invent 2021 참관기: 서버리스와 컨테이너", body.get("hits").get(0).get("title").asText());
    });
  }

  @Test
  void pagingReturnsTheRequestedSlice() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page2 = json(client.get("/api/search?sort=newest&size=2&page=2").body().string());
      assertEquals(6, page2.get("total").asInt());
      assertEquals(2, page2.get("page").asInt());
      assertEquals(List.of("2020-11-30", "2020-06-01"), texts(page2.get("hits"), "published"));
    });
  }

  @Test
  void badParametersAreRefusedWithAPreciseMessage() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(client.get("/api/search?q=x&page=abc"), 400, "page must be a whole number, not 'abc'");
      assertError(client.get("/api/search?size=0"), 400, "size must be between 1 and 100, not 0");
      assertError(client.get("/api/search?size=101"), 400, "size must be between 1 and 100, not 101");
      assertError(client.get("/api/search?page=0"), 400, "page must be 1 or more, not 0");
      assertError(client.get("/api/search?page=99999999999"), 400, "page is too large: '99999999999'");
      assertError(client.get("/api/search?year=abc"), 400, "year must be a whole number, not 'abc'");
      assertError(client.get("/api/search?year=19"), 400, "year must have four digits, such as 2019, not '19'");
      assertError(client.get("/api/search?sort=oldest"), 400, "sort must be 'relevance' or 'newest', not 'oldest'");
      assertError(client.get("/api/search?original=maybe"), 400,
          "original must be 1 (search the text exactly as typed) or 0, not 'maybe'");
      assertError(client.get("/api/search?page=2000&size=10"), 400, "page × size must be at most 10000 (page 2000 of"
          + " size 10); narrow the search with words or filters instead");
    });
  }

  @Test
  void noCallerInputProducesAServerError() {
    List<String> queries = List.of("\"", "(", ")", "*", "?", "~", "\\", "AND", "OR NOT", "-", "+", "\"unterminated",
        "title:", "year:abc", "\u0000", "a".repeat(5000), "%", "ㅅㅂㄹㅅ", "tjqjfltm", "((((a))))", "[1 TO", "/regex/",
        "{}", "a~~~", "*:*", "!", "\uD83D\uDE00", "\uFFFF");
    JavalinTest.test(app(), (server, client) -> {
      for (String q : queries) {
        for (String extra : List.of("", "&sort=newest", "&year=2019&speaker=x&topic=%00", "&original=1")) {
          Response r = client.get("/api/search?q=" + enc(q) + extra);
          assertTrue(r.code() < 500, q + extra + " -> " + r.code() + " " + r.body().string());
        }
        Response s = client.get("/api/suggest?q=" + enc(q.length() > 100 ? q.substring(0, 100) : q));
        assertTrue(s.code() < 500, "suggest " + q + " -> " + s.code());
      }
      assertTrue(client.get("/api/search?conference=" + "x".repeat(201)).code() < 500);
      assertTrue(client.get("/api/recaps/%2e%2e%2f").code() < 500);
      assertTrue(client.get("/assets/..%2fembed.js").code() < 500);
    });
  }

  @Test
  void suggestReturnsWhatTheEngineSuggestsForThePrefix() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/api/suggest?q=" + enc("서버"));
      assertEquals(200, r.code());
      JsonNode body = json(r.body().string());
      assertEquals(List.of("query", "suggestions"), fieldNames(body));
      assertEquals("서버", body.get("query").asText());
      assertEquals(ApiFixture.JSON.readTree(ApiFixture.JSON.writeValueAsString(
          searcher.suggest("서버", SearchRoutes.DEFAULT_SUGGESTIONS))), body.get("suggestions"));
    });
  }

  @Test
  void suggestInOpenSearchFormatIsQueryAndCompletions() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/api/suggest?format=opensearch&q=kube");
      assertEquals(200, r.code());
      assertEquals("application/x-suggestions+json", r.headers().get("Content-Type").get(0).split(";")[0]);
      JsonNode body = json(r.body().string());
      assertEquals("kube", body.get(0).asText());
      assertTrue(body.get(1).isArray());
    });
  }

  @Test
  void suggestRefusesBadLimitsAndLongPrefixes() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(client.get("/api/suggest?q=a&limit=abc"), 400, "limit must be a whole number, not 'abc'");
      assertError(client.get("/api/suggest?q=a&limit=0"), 400, "limit must be between 1 and 20, not 0");
      assertError(client.get("/api/suggest?q=" + "a".repeat(101)), 400,
          "q must be at most 100 characters for suggestions");
      assertEquals("{\"query\":\"\",\"suggestions\":[]}", client.get("/api/suggest").body().string());
    });
  }

  @Test
  void facetsCountTheWholeIndex() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode body = json(client.get("/api/facets").body().string());
      assertEquals(Map.of("AWS re:Invent", 3, "DEVIEW", 2, "KubeCon", 1), counts(body.get("facets").get("conference")));
      assertEquals(Map.of("ko", 4, "en", 2), counts(body.get("facets").get("lang")));
    });
  }

  @Test
  void healthReportsDocumentsAndIndexAge() {
    JavalinTest.test(app(), (server, client) -> {
      Response r = client.get("/health");
      assertEquals(200, r.code());
      JsonNode body = json(r.body().string());
      assertEquals(List.of("status", "docs", "indexSizeBytes", "lastCommit", "indexAgeSeconds", "detail"),
          fieldNames(body));
      assertEquals("ok", body.get("status").asText());
      assertEquals(6, body.get("docs").asInt());
      assertTrue(body.get("indexSizeBytes").asLong() > 0);
      assertTrue(body.get("indexAgeSeconds").asLong() >= 0 && body.get("indexAgeSeconds").asLong() < 600);
    });
  }

  @Test
  void unknownPathsAndMethodsAnswerJsonErrors() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(client.get("/api/nothing"), 404, "there is nothing at GET /api/nothing; see docs/api.md for the"
          + " endpoints");
      assertError(client.post("/api/search", "{}"), 405, "POST is not allowed; Recaps is read-only (GET)");
    });
  }

  static void assertError(Response r, int status, String detail) {
    String body = r.body().string();
    assertEquals(status, r.code(), body);
    JsonNode json = json(body);
    assertEquals(List.of("error", "detail"), fieldNames(json));
    assertEquals(detail, json.get("detail").asText());
  }

  static Map<String, Integer> counts(JsonNode values) {
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    values.forEach(v -> out.put(v.get("value").asText(), v.get("count").asInt()));
    return out;
  }
}
