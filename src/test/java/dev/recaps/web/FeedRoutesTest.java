package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.search.RecapSearcher;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FeedRoutesTest {
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

  static Document xml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> texts(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
  }

  @Test
  void atomFeedListsTheNewestMatchesOfASpeaker() throws Exception {
    WebConfig config = new WebConfig("127.0.0.1", 0, List.of(), List.of(), "", "https://recaps.example.com/r");
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, config), (server, client) -> {
      Response r = client.get("/search.atom?speaker=" + URLEncoder.encode("Adam Selipsky", StandardCharsets.UTF_8));
      assertEquals(200, r.code());
      assertEquals("application/atom+xml", r.headers().get("Content-Type").get(0).split(";")[0]);
      Document feed = xml(r.body().string());
      assertEquals(List.of("Recaps: speaker Adam Selipsky", "re:Invent 2023: generative AI takes the stage",
          "re:Invent 2021 참관기: 서버리스와 컨테이너"), texts(feed, "title"));
      assertEquals("https://recaps.example.com/r/search.atom?speaker=Adam%20Selipsky&sort=newest&size=20",
          texts(feed, "id").get(0));
      assertEquals("2023-12-01T00:00:00Z", texts(feed, "published").get(0));
    });
  }

  @Test
  void atomFeedEscapesHostileTitlesAuthorsAndSnippets() throws Exception {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      String body = client.get("/search.atom?q=" + URLEncoder.encode("보안", StandardCharsets.UTF_8)).body().string();
      assertFalse(body.contains("<script"), body);
      assertFalse(body.contains("<img"), body);
      Document feed = xml(body);
      assertEquals(TestRecaps.IMG_PAYLOAD + " 보안 테스트 리캡", texts(feed, "title").get(1));
      assertEquals(TestRecaps.SCRIPT_PAYLOAD, ((Element) feed.getElementsByTagName("author").item(1)).getTextContent());
      assertTrue(texts(feed, "summary").get(0).contains("&lt;script&gt;"), texts(feed, "summary").get(0));
    });
  }

  @Test
  void openSearchDescriptionPointsAtThisServer() throws Exception {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      Response r = client.get("/opensearch.xml");
      assertEquals("application/opensearchdescription+xml", r.headers().get("Content-Type").get(0).split(";")[0]);
      Document doc = xml(r.body().string());
      Element url = (Element) doc.getElementsByTagName("Url").item(0);
      assertEquals(client.getOrigin() + "/?q={searchTerms}", url.getAttribute("template"));
      assertEquals("Recaps", texts(doc, "ShortName").get(0));
    });
  }

  @Test
  void badgeEscapesItsLabelAndRefusesVeryLongOnes() throws Exception {
    JavalinTest.test(WebServer.create(searcher, ArchivedPages.NONE, WebConfig.defaults()), (server, client) -> {
      Response r = client.get("/badge.svg?label=" + URLEncoder.encode("<script>x</script> 검색", StandardCharsets.UTF_8));
      assertEquals(200, r.code());
      assertEquals("image/svg+xml", r.headers().get("Content-Type").get(0).split(";")[0]);
      Document svg = xml(r.body().string());
      assertEquals("recaps: <script>x</script> 검색", texts(svg, "title").get(0));
      assertEquals(0, svg.getElementsByTagName("script").getLength());
      SearchApiTest.assertError(client.get("/badge.svg?label=" + "x".repeat(61)), 400,
          "label must be at most 60 characters long");
      assertTrue(client.get("/badge.svg").body().string().contains(">search</text>"));
    });
  }

  @Test
  void badgeWidthGrowsWithTheLabelAndCountsHangulWide() {
    assertEquals(28, Badge.width("abcd"));
    assertEquals(24, Badge.width("검색"));
  }
}
