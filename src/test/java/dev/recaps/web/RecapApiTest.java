package dev.recaps.web;

import static dev.recaps.web.ApiFixture.json;
import static dev.recaps.web.ApiFixture.texts;
import static dev.recaps.web.SearchApiTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recaps.search.RecapSearcher;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapApiTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;

  /** The archive keeps the original of the serverless recap only. */
  static final ArchivedPages ARCHIVE = id -> id.equals(TestRecaps.SERVERLESS_2019)
      ? Optional.of("Archived original text.\n\nSecond paragraph with <b>markup</b> & an ampersand.")
      : Optional.empty();

  @BeforeAll
  static void index() throws Exception {
    searcher = TestRecaps.index(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void recapAnswerCarriesMetadataTextRelatedAndArchivedLink() {
    JavalinTest.test(WebServer.create(searcher, ARCHIVE, WebConfig.defaults()), (server, client) -> {
      Response r = client.get("/api/recaps/" + TestRecaps.SERVERLESS_2019);
      assertEquals(200, r.code());
      JsonNode body = json(r.body().string());
      assertEquals(List.of("id", "url", "title", "site", "source", "author", "published", "lang", "tags", "headings",
          "conference", "edition", "year", "speakers", "topics", "mentions", "evidence", "gone", "archived",
          "archivedUrl", "text", "related"), ApiFixture.fieldNames(body));
      assertEquals("AWS re:Invent 2019 서버리스 세션 정리", body.get("title").asText());
      assertEquals("AWS re:Invent", body.get("conference").asText());
      assertEquals(2019, body.get("year").asInt());
      assertEquals(List.of("Werner Vogels"), texts(body.get("speakers"), null));
      assertEquals("2019-12-10", body.get("published").asText());
      assertTrue(body.get("text").asText().startsWith("올해 re:Invent에서는 서버리스"));
      assertEquals("/api/recaps/" + TestRecaps.SERVERLESS_2019 + "/archived", body.get("archivedUrl").asText());
      assertFalse(texts(body.get("related"), "id").contains(TestRecaps.SERVERLESS_2019));
    });
  }

  @Test
  void unknownAndMalformedIdsAre404() {
    JavalinTest.test(WebServer.create(searcher, ARCHIVE, WebConfig.defaults()), (server, client) -> {
      assertError(client.get("/api/recaps/0123456789abcdef"), 404, "no recap has the id '0123456789abcdef'");
      assertError(client.get("/api/recaps/nope"), 404,
          "no recap has the id 'nope' (ids are 16 hex characters, as in search results)");
      assertError(client.get("/api/recaps/0123456789abcdef/archived"), 404, "no recap has the id '0123456789abcdef'");
    });
  }

  @Test
  void archivedCopyIsEscapedTextFromTheArchive() {
    JavalinTest.test(WebServer.create(searcher, ARCHIVE, WebConfig.defaults()), (server, client) -> {
      Response r = client.get("/api/recaps/" + TestRecaps.SERVERLESS_2019 + "/archived");
      assertEquals(200, r.code());
      assertEquals("text/html", r.headers().get("Content-Type").get(0).split(";")[0]);
      String html = r.body().string();
      assertTrue(html.contains("<p>Second paragraph with &lt;b&gt;markup&lt;/b&gt; &amp; an ampersand.</p>"), html);
      assertTrue(html.contains("Archived copy, text only"));
      assertTrue(html.contains("<a rel=\"noopener noreferrer\" href=\"" + TestRecaps.SERVERLESS_2019_URL + "\">"));
      assertTrue(r.headers().get("Content-Security-Policy").get(0).startsWith("default-src 'none';"));
    });
  }

  @Test
  void withoutAnArchiveCopyTheIndexedTextIsShownAndNoMarkupSurvives() {
    JavalinTest.test(WebServer.create(searcher, ARCHIVE, WebConfig.defaults()), (server, client) -> {
      String html = client.get("/api/recaps/" + TestRecaps.XSS + "/archived").body().string();
      assertTrue(html.contains("Indexed text, no archived copy"));
      assertTrue(html.contains("&lt;script&gt;window.__xss=true&lt;/script&gt;"), html);
      assertFalse(html.contains("<script"), html);
      assertFalse(html.contains("<img"), html);
    });
  }
}
