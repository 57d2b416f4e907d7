package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** robots.txt, per-host spacing and back-off, measured on the server side. */
class CrawlerPolitenessTest {
  @TempDir Path data;
  private TestSite site;
  private final RecordingSink sink = new RecordingSink();

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
    site.text("/", "text/html", """
        <html><body><a href="/posts/a/">a</a> <a href="/posts/b/">b</a>
        <a href="/posts/c/">c</a></body></html>""");
    for (String p : List.of("a", "b", "c")) {
      site.text("/posts/" + p + "/", "text/html", "<html><body><h1>post " + p + "</h1></body></html>");
    }
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private CrawlReport crawl(CrawlConfig config, String seed) throws IOException {
    return new Crawler(config, data, sink, CrawlProgress.NONE).crawl(List.of(seed));
  }

  private static void assertGapsAtLeast(long minMillis, List<TestSite.Hit> hits) {
    for (long gap : TestSite.gapsMillis(hits)) {
      assertTrue(gap >= minMillis, "gap " + gap + " ms < " + minMillis + " ms");
    }
  }

  @Test
  void configuredDelaySeparatesEveryRequestToAHost() throws IOException {
    crawl(CrawlConfig.defaults().toBuilder().delayMs(250).build(), site.base() + "/");

    assertEquals(4, sink.pages.size());
    assertGapsAtLeast(240, site.hits());
  }

  @Test
  void robotsCrawlDelayLongerThanOursIsHonoured() throws IOException {
    site.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.5\n");
    crawl(CrawlConfig.defaults().toBuilder().delayMs(20).build(), site.base() + "/");

    assertEquals(4, sink.pages.size());
    assertGapsAtLeast(480, site.hits());
  }

  @Test
  void crawlDelayAboveTheCapIsCappedInsteadOfBlockingTheSite() throws IOException {
    site.text("/robots.txt", "text/plain", "User-agent: RecapsBot\nCrawl-delay: 3600\n");
    crawl(CrawlConfig.defaults().toBuilder().delayMs(20).maxCrawlDelayMs(300).build(),
        site.base() + "/");

    assertEquals(4, sink.pages.size());
    assertGapsAtLeast(290, site.hits());
  }

  @Test
  void robotsDisallowForOurAgentIsObeyed() throws IOException {
    site.text("/robots.txt", "text/plain", """
        User-agent: *
        Allow: /

        User-agent: RecapsBot
        Disallow: /posts/b/
        """);
    CrawlReport report = crawl(CrawlConfig.defaults().toBuilder().delayMs(20).build(),
        site.base() + "/");

    assertEquals(1, report.skipped("robots"));
    assertEquals(List.of(), site.hits("/posts/b/"));
    assertEquals(3, sink.pages.size());
  }

  @Test
  void robotsAnswering503DisallowsTheWholeSite() throws IOException {
    site.handle("/robots.txt", (ex, n) -> TestSite.send(ex, 503, Map.of(), new byte[0]));
    CrawlReport report = crawl(CrawlConfig.defaults().toBuilder().delayMs(20).build(),
        site.base() + "/");

    assertEquals(List.of("/robots.txt"), site.targets());
    assertEquals(Map.of("robots", 1), report.skipped());
    assertEquals(List.of(), sink.pages);
  }

  @Test
  void robotsAnswering404AllowsEverything() throws IOException {
    CrawlReport report = crawl(CrawlConfig.defaults().toBuilder().delayMs(20).build(),
        site.base() + "/");

    assertEquals(0, report.skipped("robots"));
    assertEquals(4, sink.pages.size());
  }

  @Test
  void tooManyRequestsWaitsForRetryAfterThenSucceeds() throws IOException {
    site.handle("/posts/b/", (ex, n) -> {
      if (n == 1) {
        TestSite.send(ex, 429, Map.of("Retry-After", "1"), new byte[0]);
      } else {
        TestSite.send(ex, 200, Map.of("Content-Type", "text/html"),
            "<html><body>b at last</body></html>".getBytes(StandardCharsets.UTF_8));
      }
    });
    CrawlReport report = crawl(CrawlConfig.defaults().toBuilder().delayMs(20).build(),
        site.base() + "/");

    List<TestSite.Hit> tries = site.hits("/posts/b/");
    assertEquals(2, tries.size());
    assertTrue(TestSite.gapsMillis(tries).get(0) >= 950, "waited " + TestSite.gapsMillis(tries));
    assertEquals(3, report.indexed());
    assertEquals(Map.of(), report.errors());
  }

  @Test
  void serviceUnavailableThatNeverRecoversGivesUpAfterTheRetryLimit() throws IOException {
    site.handle("/posts/c/", (ex, n) -> TestSite.send(ex, 503, Map.of(), new byte[0]));
    CrawlReport report = crawl(CrawlConfig.defaults().toBuilder().delayMs(20).maxRetries(2)
        .build(), site.base() + "/");

    List<TestSite.Hit> tries = site.hits("/posts/c/");
    assertEquals(3, tries.size());
    List<Long> gaps = TestSite.gapsMillis(tries);
    assertTrue(gaps.get(0) >= 190 && gaps.get(1) >= 390, "exponential back-off: " + gaps);
    assertEquals(Map.of("http 503 after 2 retries", 1), report.errors());
    assertEquals(2, report.indexed());
  }
}
