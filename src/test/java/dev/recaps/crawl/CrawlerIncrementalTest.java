package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second crawl of the same data directory: conditional requests, changes, gone pages. */
class CrawlerIncrementalTest {
  private static final byte[] PLAIN = "<html><body><h1>no validators</h1></body></html>"
      .getBytes(StandardCharsets.UTF_8);

  @TempDir Path data;
  private TestSite site;
  private final CrawlConfig config = CrawlConfig.defaults().toBuilder().delayMs(20).build();

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
    site.text("/", "text/html", "<html><body><a href=\"/posts/a/\">a</a> <a href=\"/posts/b/\">b"
        + "</a> <a href=\"/posts/plain/\">plain</a></body></html>");
    site.text("/posts/a/", "text/html", "<html><body><h1>a, first version</h1></body></html>");
    site.text("/posts/b/", "text/html", "<html><body><h1>b</h1></body></html>");
    // A server that sends no validators: only the content hash can tell it is unchanged.
    site.handle("/posts/plain/", (ex, n) ->
        TestSite.send(ex, 200, Map.of("Content-Type", "text/html"), PLAIN));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private CrawlReport crawl(CrawlConfig c, RecordingSink sink) throws IOException {
    return new Crawler(c, data, sink, CrawlProgress.NONE).crawl(List.of(site.base() + "/"));
  }

  private List<TestSite.Hit> pageHitsAfter(int skip) {
    return site.hits().subList(skip, site.hits().size()).stream()
        .filter(h -> h.target().equals("/") || h.target().startsWith("/posts/")).toList();
  }

  @Test
  void secondCrawlSendsValidatorsAndHandsOnNothingUnchanged() throws IOException {
    RecordingSink first = new RecordingSink();
    assertEquals(4, crawl(config, first).archived());
    int before = site.hits().size();

    RecordingSink second = new RecordingSink();
    CrawlReport report = crawl(config, second);

    assertEquals(List.of(), second.pages);
    assertEquals(4, report.notModified());
    assertEquals(0, report.archived());
    for (TestSite.Hit hit : pageHitsAfter(before)) {
      if (hit.target().equals("/posts/plain/")) {
        assertNull(hit.header("If-None-Match"));
      } else {
        assertTrue(hit.header("If-None-Match").startsWith("\""), hit.target());
        assertEquals(TestSite.LAST_MODIFIED, hit.header("If-Modified-Since"), hit.target());
      }
    }
    assertEquals(4, pageHitsAfter(before).size(), "links of 304 pages are still followed");
  }

  @Test
  void changedPageIsHandedAgainAndVanishedPageStaysSearchableFlaggedGone() throws IOException {
    crawl(config, new RecordingSink());
    byte[] secondVersion = "<html><body><h1>a, second version</h1></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    site.page("/posts/a/", "text/html", secondVersion);
    site.remove("/posts/b/");

    RecordingSink second = new RecordingSink();
    CrawlReport report = crawl(config, second);

    assertEquals(Map.of("/posts/a/", "article", "/posts/b/", "article"),
        second.outcomes(site.base()));
    assertArrayEquals(secondVersion, second.page(site.base() + "/posts/a/").body());
    FetchedPage gone = second.page(site.base() + "/posts/b/");
    assertTrue(gone.gone());
    assertEquals("<html><body><h1>b</h1></body></html>",
        new String(gone.body(), StandardCharsets.UTF_8));
    assertEquals(1, report.gone());
    assertEquals(2, report.notModified());

    Map<String, FetchedPage> reread = new HashMap<>();
    WarcArchive.ReadSummary summary =
        new WarcArchive(Crawler.archiveDir(data)).forEachPage(p -> reread.put(p.finalUrl(), p));
    assertEquals(4, summary.pages());
    assertEquals(1, summary.gone());
    assertArrayEquals(secondVersion, reread.get(site.base() + "/posts/a/").body());
    assertTrue(reread.get(site.base() + "/posts/b/").gone());
  }

  @Test
  void refreshFetchesEverythingUnconditionallyAndHandsItOnAgain() throws IOException {
    crawl(config, new RecordingSink());
    int before = site.hits().size();

    RecordingSink second = new RecordingSink();
    crawl(config.toBuilder().refresh(true).build(), second);

    assertEquals(4, second.pages.size());
    assertTrue(pageHitsAfter(before).stream().allMatch(h -> h.header("If-None-Match") == null));
  }
}
