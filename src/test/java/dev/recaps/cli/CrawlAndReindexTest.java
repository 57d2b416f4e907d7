package dev.recaps.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `recaps crawl` then `recaps reindex` against a small blog served on loopback. */
class CrawlAndReindexTest {
  @TempDir Path data;
  @TempDir Path emptyCorpus;
  HttpServer server;
  String base;
  static final ObjectMapper JSON = new ObjectMapper();

  static final Map<String, String> PAGES = Map.of(
      "/", page("My blog", "<ul><li><a href=\"/posts/reinvent-2019/\">re:Invent 2019</a></li>"
          + "<li><a href=\"/posts/kubecon-2023/\">KubeCon 2023</a></li><li><a href=\"/tags/aws/\">aws</a></li>"
          + "<li><a href=\"/posts/kimchi/\">김치찌개</a></li></ul>", "website"),
      "/posts/kimchi/", page("김치찌개 끓이는 법",
          "<article><h1>김치찌개 끓이는 법</h1><p>" + "잘 익은 김치와 돼지고기를 볶은 뒤 물을 붓고 두부를 넣어 끓인다. ".repeat(10)
              + "</p></article>", "article"),
      "/posts/reinvent-2019/", page("AWS re:Invent 2019 참관기",
          "<article><h1>AWS re:Invent 2019 참관기</h1><p>" + "라스베가스에서 열린 AWS re:Invent 2019에 다녀왔다. 서버리스 세션과 Werner Vogels의 키노트가 인상 깊었다. ".repeat(8)
              + "</p></article>", "article"),
      "/posts/kubecon-2023/", page("KubeCon Europe 2023 recap",
          "<article><h1>KubeCon Europe 2023 recap</h1><p>" + "Amsterdam hosted KubeCon + CloudNativeCon Europe 2023. The keynotes covered platform engineering and observability. ".repeat(8)
              + "</p></article>", "article"),
      "/tags/aws/", page("Tag: aws", "<ul><li><a href=\"/posts/reinvent-2019/\">re:Invent 2019</a></li></ul>", "website"),
      "/robots.txt", "User-agent: *\nAllow: /\n");

  static String page(String title, String body, String ogType) {
    return "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>" + title
        + "</title><meta property=\"og:type\" content=\"" + ogType + "\">"
        + "<meta name=\"author\" content=\"김개발\">"
        + "<meta property=\"article:published_time\" content=\"2019-12-10T10:00:00Z\"></head><body>"
        + "<nav>Home · About</nav>" + body + "<footer>© blog</footer></body></html>";
  }

  @BeforeEach
  void serve() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String body = PAGES.get(ex.getRequestURI().getPath());
      byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
      String type = ex.getRequestURI().getPath().endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8";
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Set<String> titles() throws Exception {
    CliRun r = CliRun.of("search", "--json", "--data", data.toString());
    Set<String> out = new TreeSet<>();
    JSON.readTree(r.out()).get("hits").forEach(h -> out.add(h.get("title").asText()));
    return out;
  }

  @Test
  void crawledArticlesAreSearchableAndReindexGivesTheSameDocuments() throws Exception {
    CliRun crawl = CliRun.of("crawl", "--data", data.toString(), "--delay-ms", "10", base + "/");
    assertEquals(0, crawl.exit(), crawl.err());
    assertTrue(crawl.out().contains("indexed 3"), crawl.out());
    assertTrue(crawl.out().contains("not an article"), crawl.out());
    assertEquals(Set.of("AWS re:Invent 2019 참관기", "KubeCon Europe 2023 recap", "김치찌개 끓이는 법"), titles());

    CliRun found = CliRun.of("search", "--json", "--data", data.toString(), "서버리스");
    JsonNode hit = JSON.readTree(found.out()).get("hits").get(0);
    assertEquals(base + "/posts/reinvent-2019/", hit.get("url").asText());
    assertEquals("AWS re:Invent", hit.get("conference").asText());
    assertEquals(2019, hit.get("year").asInt());
    assertEquals("127.0.0.1", hit.get("site").asText());
    assertEquals("2019-12-10", hit.get("published").asText());
    assertEquals("김개발", hit.get("author").asText());
    assertFalse(hit.get("snippet").asText().contains("Home · About"), "nav text is not content");

    server.stop(0); // reindex needs no network
    CliRun re = CliRun.of("reindex", "--data", data.toString(), "--corpus", emptyCorpus.toString());
    assertEquals(0, re.exit(), re.err());
    assertTrue(re.out().contains("reindexed 3 recaps"), re.out());
    assertEquals(Set.of("AWS re:Invent 2019 참관기", "KubeCon Europe 2023 recap", "김치찌개 끓이는 법"), titles());
  }

  @Test
  void onlyRecapsKeepsConferencePostsOnly() throws Exception {
    CliRun crawl = CliRun.of("crawl", "--data", data.toString(), "--delay-ms", "10", "--only-recaps", base + "/");
    assertEquals(0, crawl.exit(), crawl.err());
    assertTrue(crawl.out().contains("1 not a recap"), crawl.out());
    assertEquals(Set.of("AWS re:Invent 2019 참관기", "KubeCon Europe 2023 recap"), titles());
  }

  @Test
  void badOptionsAreUsageErrors() {
    CliRun r = CliRun.of("crawl", "--data", data.toString(), "--include", "([", base + "/");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--include is not a valid regular expression"), r.err());
    CliRun none = CliRun.of("crawl", "--data", data.toString(), "--sources", data.resolve("nope.txt").toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("give at least one URL, or a sources file"), none.err());
  }
}
