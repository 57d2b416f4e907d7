package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.crawl.CrawlConfig;
import dev.recaps.crawl.CrawlProgress;
import dev.recaps.crawl.CrawlReport;
import dev.recaps.crawl.Crawler;
import dev.recaps.crawl.SinkOutcome;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import dev.recaps.web.ArchivedPages;
import dev.recaps.web.RateLimit;
import dev.recaps.web.WebConfig;
import dev.recaps.web.WebServer;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Server-side request forgery and crawl scope: no HTTP request to the server makes it fetch a URL
 * (a canary server on every loopback address counts any visit), and a crawl does not follow links
 * or redirects to internal addresses, however the host is spelled, unless a start URL is there.
 */
class SsrfAndCrawlScopeTest {
  /** Spellings of "this machine" that a blog could link or redirect to. */
  private static final List<String> INTERNAL_HOSTS = List.of("localhost", "[::1]", "127.1",
      "2130706433", "0.0.0.0", "[::ffff:127.0.0.1]", "127.0.0.2", "[0:0:0:0:0:0:0:1]");

  @TempDir Path tmp;
  private Javalin canary;
  private final List<String> canaryHits = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startCanary() {
    canary = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.before(ctx -> canaryHits.add(ctx.method() + " " + ctx.fullUrl()));
      c.routes.get("/*", ctx -> ctx.html("<html><body><p>internal admin page</p></body></html>"));
    }).start("0.0.0.0", 0);
  }

  @AfterEach
  void stopCanary() {
    canary.stop();
  }

  private String canaryUrl(String host) {
    return "http://" + host + ":" + canary.port() + "/canary";
  }

  @Test
  void noRequestMakesTheServerFetchAUrl() throws Exception {
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    SampleRecaps.index(tmp.resolve("index"), analyzers);
    try (RecapSearcher searcher = RecapSearcher.open(tmp.resolve("index"), analyzers,
            FieldBoosts.defaults(), TermExpander.NONE);
        WebServer server = WebServer.start(searcher, ArchivedPages.NONE,
            WebConfig.defaults().withPort(0), RateLimit.OFF)) {
      RawHttp http = new RawHttp(server.port(), InetAddress.getByName("127.0.0.1"));
      int sent = 0;
      for (String host : INTERNAL_HOSTS) {
        String url = canaryUrl(host);
        String enc = URLEncoder.encode(url, StandardCharsets.UTF_8);
        for (String target : List.of("/api/search?q=" + enc, "/api/search?site=" + enc,
            "/api/suggest?q=" + enc, "/api/recaps/" + enc, "/api/recaps/0123456789abcdef/archived?url=" + enc,
            "/embed?q=" + enc + "&server=" + enc, "/?q=" + enc, "/search.atom?q=" + enc,
            "/badge.svg?label=" + enc, "/opensearch.xml?url=" + enc, "/embed.js?server=" + enc,
            "/" + url, "/api/" + url)) {
          http.send(RawHttp.request("GET", target, "X-Forwarded-Host: " + host + ":" + canary.port()
              + "\r\nReferer: " + url + "\r\nOrigin: " + url + "\r\nX-Forwarded-Proto: http\r\n"));
          http.send(("GET " + url + " HTTP/1.1\r\nHost: " + host + ":" + canary.port()
              + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          sent += 2;
        }
      }
      Thread.sleep(500);
      System.out.printf("ssrf: %d requests naming %d internal addresses, canary visits %d%n",
          sent, INTERNAL_HOSTS.size(), canaryHits.size());
      assertEquals(List.of(), canaryHits);
    }
  }

  @Test
  void webLayerHasNoWayToFetch() throws IOException {
    Pattern fetching = Pattern.compile("java\\.net\\.http|HttpURLConnection|openConnection|openStream"
        + "|Jsoup\\.connect|dev\\.recaps\\.crawl|new Socket|java\\.net\\.URL\\b");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/recaps/web"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (fetching.matcher(Files.readString(f)).find()) {
          offenders.add(f.getFileName().toString());
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void crawlFollowsNoLinkOrRedirectIntoInternalAddresses() throws IOException {
    StringBuilder links = new StringBuilder();
    List<String> redirects = new ArrayList<>();
    for (int i = 0; i < INTERNAL_HOSTS.size(); i++) {
      links.append("<a href=\"").append(canaryUrl(INTERNAL_HOSTS.get(i))).append("/link").append(i)
          .append("\">x</a> <a href=\"/go/").append(i).append("\">go</a> ");
      redirects.add(canaryUrl(INTERNAL_HOSTS.get(i)) + "/redirect" + i);
    }
    links.append("<a href=\"http://169.254.169.254/latest/meta-data/\">metadata</a>");
    String page = "<html><body><h1>Public blog</h1>" + links + "</body></html>";
    Javalin blog = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/", ctx -> ctx.html(page));
      c.routes.get("/go/{n}", ctx -> ctx.redirect(redirects.get(Integer.parseInt(ctx.pathParam("n")))));
    }).start("127.0.0.1", 0);
    try {
      CrawlConfig config = CrawlConfig.defaults().toBuilder().delayMs(0).sameSiteOnly(false).build();
      CrawlReport report = new Crawler(config, tmp.resolve("crawl"), p -> SinkOutcome.ofSkipped("test"),
          CrawlProgress.NONE).crawl(List.of("http://127.0.0.1:" + blog.port() + "/"));
      System.out.printf("crawl scope: %d internal links and %d redirects offered, canary visits %d,"
          + " report:%n%s%n", INTERNAL_HOSTS.size() + 1, INTERNAL_HOSTS.size(), canaryHits.size(),
          report.summary());
      assertEquals(List.of(), canaryHits);
      // Plain spellings are refused as private addresses; IPv6 literals and short forms such as
      // 127.1 do not survive URL normalization (links dropped, redirects "bad redirect").
      assertTrue(report.skipped("private address") >= 9, report.summary());
      assertEquals(1, report.fetched(), "only the blog page itself: " + report.summary());
    } finally {
      blog.stop();
    }
  }

  @Test
  void aStartUrlOnThisMachineIsCrawled() throws IOException {
    CrawlConfig config = CrawlConfig.defaults().toBuilder().delayMs(0).build();
    new Crawler(config, tmp.resolve("crawl"), p -> SinkOutcome.ofSkipped("test"), CrawlProgress.NONE)
        .crawl(List.of(canaryUrl("localhost")));
    assertTrue(canaryHits.stream().anyMatch(h -> h.endsWith("/canary")), canaryHits.toString());
  }
}
