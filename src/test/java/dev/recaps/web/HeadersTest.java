package dev.recaps.web;

import static dev.recaps.web.ApiFixture.raw;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.search.RecapSearcher;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadersTest {
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

  private static WebConfig config(List<String> cors, List<String> frames, String basePath) {
    return new WebConfig("127.0.0.1", 0, cors, frames, basePath, null);
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  @Test
  void apiIsOpenToAnyOriginByDefault() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      HttpResponse<byte[]> r = raw(client, "GET", "/api/search?q=kubernetes", "Origin", "https://wiki.example.com");
      assertEquals(200, r.statusCode());
      assertEquals("*", header(r, "Access-Control-Allow-Origin"));
      assertEquals(null, header(r, "Access-Control-Allow-Credentials"));
    });
  }

  @Test
  void configuredOriginsAreEchoedAndOthersGetNoGrant() {
    WebConfig config = config(List.of("https://wiki.example.com"), List.of(), "");
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, config), (server, client) -> {
      HttpResponse<byte[]> allowed = raw(client, "GET", "/api/facets", "Origin", "https://wiki.example.com");
      assertEquals("https://wiki.example.com", header(allowed, "Access-Control-Allow-Origin"));
      assertEquals("Origin", header(allowed, "Vary"));
      HttpResponse<byte[]> other = raw(client, "GET", "/api/facets", "Origin", "https://evil.example.net");
      assertEquals(200, other.statusCode());
      assertEquals(null, header(other, "Access-Control-Allow-Origin"));
    });
  }

  @Test
  void preflightIsAnsweredFor204WithGetOnly() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      HttpResponse<byte[]> r = raw(client, "OPTIONS", "/api/search?q=x", "Origin", "https://wiki.example.com",
          "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "content-type");
      assertEquals(204, r.statusCode());
      assertEquals("*", header(r, "Access-Control-Allow-Origin"));
      assertEquals("GET, HEAD", header(r, "Access-Control-Allow-Methods"));
      assertEquals("86400", header(r, "Access-Control-Max-Age"));
      HttpResponse<byte[]> write = raw(client, "OPTIONS", "/api/search", "Origin", "https://wiki.example.com",
          "Access-Control-Request-Method", "DELETE");
      assertEquals(204, write.statusCode());
      assertEquals(null, header(write, "Access-Control-Allow-Methods"));
    });
  }

  @Test
  void pagesForbidInlineScriptAndFramingExceptTheEmbedPage() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      HttpResponse<byte[]> page = raw(client, "GET", "/");
      String csp = header(page, "Content-Security-Policy");
      assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'", csp);
      assertEquals("nosniff", header(page, "X-Content-Type-Options"));
      assertEquals("strict-origin-when-cross-origin", header(page, "Referrer-Policy"));
      assertEquals("DENY", header(page, "X-Frame-Options"));
      HttpResponse<byte[]> embed = raw(client, "GET", "/embed?q=x&compact=1");
      assertTrue(header(embed, "Content-Security-Policy").endsWith("; frame-ancestors *"));
      assertEquals(null, header(embed, "X-Frame-Options"));
      HttpResponse<byte[]> api = raw(client, "GET", "/api/facets");
      assertEquals("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          header(api, "Content-Security-Policy"));
    });
  }

  @Test
  void configuredFrameAncestorsLimitWhoMayEmbed() {
    WebConfig config = config(List.of(), List.of("https://wiki.example.com", "https://notion.so"), "");
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, config), (server, client) -> {
      String csp = header(raw(client, "GET", "/embed"), "Content-Security-Policy");
      assertTrue(csp.endsWith("; frame-ancestors https://wiki.example.com https://notion.so"), csp);
    });
  }

  @Test
  void shippedPagesHaveNoInlineScriptsOrEventHandlers() throws IOException {
    Pattern script = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    for (String page : List.of("index.html", "embed.html")) {
      String html = new String(resource(page).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Matcher m = script.matcher(html);
      while (m.find()) {
        assertTrue(m.group(1).contains("src="), page + ": inline script " + m.group());
      }
      assertFalse(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), page);
      assertFalse(html.contains("style=\""), page + ": inline style attribute");
    }
  }

  @Test
  void largeAnswersAreGzipped() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      HttpResponse<byte[]> r = raw(client, "GET", "/assets/app.js", "Accept-Encoding", "gzip");
      assertEquals(200, r.statusCode());
      assertEquals("gzip", header(r, "Content-Encoding"));
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()));
          InputStream original = resource("assets/app.js")) {
        assertArrayEquals(original.readAllBytes(), in.readAllBytes());
      }
      HttpResponse<byte[]> api = raw(client, "GET", "/api/search?size=20", "Accept-Encoding", "gzip");
      assertEquals("gzip", header(api, "Content-Encoding"));
    });
  }

  @Test
  void assetsCarryAnEtagAndRevalidateWith304() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      HttpResponse<byte[]> first = raw(client, "GET", "/assets/app.css");
      String etag = header(first, "ETag");
      assertTrue(etag.matches("\"[0-9a-f]{24}\""), etag);
      assertEquals("public, max-age=3600", header(first, "Cache-Control"));
      assertEquals("text/css; charset=utf-8", header(first, "Content-Type"));
      HttpResponse<byte[]> again = raw(client, "GET", "/assets/app.css", "If-None-Match", etag);
      assertEquals(304, again.statusCode());
      assertEquals(0, again.body().length);
      HttpResponse<byte[]> weak = raw(client, "GET", "/assets/app.css", "If-None-Match", "\"x\", W/" + etag);
      assertEquals(304, weak.statusCode());
      HttpResponse<byte[]> page = raw(client, "GET", "/");
      assertEquals("no-cache", header(page, "Cache-Control"));
      assertEquals(304, raw(client, "GET", "/", "If-None-Match", header(page, "ETag")).statusCode());
    });
  }

  @Test
  void searchAnswersRevalidateWith304UntilTheAnswerChanges() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      String path = "/api/search?q=" + java.net.URLEncoder.encode("서버리스", java.nio.charset.StandardCharsets.UTF_8);
      HttpResponse<byte[]> first = raw(client, "GET", path);
      assertEquals(200, first.statusCode());
      String etag = header(first, "ETag");
      assertTrue(etag.matches("\"[0-9a-f]{1,16}\""), etag);
      assertEquals("application/json", header(first, "Content-Type"));
      HttpResponse<byte[]> again = raw(client, "GET", path, "If-None-Match", etag);
      assertEquals(304, again.statusCode());
      assertEquals(0, again.body().length);
      HttpResponse<byte[]> other = raw(client, "GET", "/api/search?q=keynote", "If-None-Match", etag);
      assertEquals(200, other.statusCode());
      assertTrue(!etag.equals(header(other, "ETag")));
      HttpResponse<byte[]> suggest = raw(client, "GET", "/api/suggest?q=ke");
      assertEquals(304, raw(client, "GET", "/api/suggest?q=ke", "If-None-Match", header(suggest, "ETag")).statusCode());
    });
  }

  @Test
  void unknownAssetsAndPathTricksAre404() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      assertEquals(404, raw(client, "GET", "/assets/nothing.js").statusCode());
      assertEquals(404, raw(client, "GET", "/assets/..%2F..%2Fdev%2Frecaps%2Fweb%2FWebServer.class").statusCode());
      assertEquals(404, raw(client, "GET", "/assets/App.js").statusCode());
    });
  }

  @Test
  void widgetScriptMayBeLoadedFromAnyPage() {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      HttpResponse<byte[]> r = raw(client, "GET", "/embed.js");
      assertEquals(200, r.statusCode());
      assertEquals("text/javascript; charset=utf-8", header(r, "Content-Type"));
      assertEquals("*", header(r, "Access-Control-Allow-Origin"));
      assertEquals("cross-origin", header(r, "Cross-Origin-Resource-Policy"));
    });
  }

  @Test
  void everythingIsServedUnderTheBasePath() {
    WebConfig config = config(List.of(), List.of(), "/recaps/");
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, config), (server, client) -> {
      assertEquals(200, raw(client, "GET", "/recaps/api/search?q=kubernetes").statusCode());
      HttpResponse<byte[]> page = raw(client, "GET", "/recaps/");
      assertEquals(200, page.statusCode());
      assertTrue(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8).contains("href=\"assets/app.css\""));
      assertTrue(header(raw(client, "GET", "/recaps/embed"), "Content-Security-Policy").endsWith("frame-ancestors *"));
      assertEquals(200, raw(client, "GET", "/recaps/assets/app.js").statusCode());
      assertEquals(404, raw(client, "GET", "/api/search").statusCode());
      String recap = new String(raw(client, "GET", "/recaps/api/recaps/" + TestRecaps.SERVERLESS_2019).body(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(recap.contains("\"archivedUrl\":\"/recaps/api/recaps/" + TestRecaps.SERVERLESS_2019 + "/archived\""));
      HttpResponse<byte[]> bare = raw(client, "GET", "/recaps?q=x");
      assertEquals(301, bare.statusCode());
      assertTrue(header(bare, "Location").endsWith("/recaps/?q=x"), header(bare, "Location"));
    });
  }

  static InputStream resource(String name) {
    return Optional.ofNullable(HeadersTest.class.getClassLoader().getResourceAsStream(StaticAssets.ROOT + name))
        .orElseThrow(() -> new AssertionError("missing resource " + name));
  }
}
