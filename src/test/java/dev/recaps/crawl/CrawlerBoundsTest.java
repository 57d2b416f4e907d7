package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redirects, timeouts, size and type limits, link traps and the internal-address rule. */
class CrawlerBoundsTest {
  @TempDir Path data;
  private TestSite site;
  private final RecordingSink sink = new RecordingSink();
  private final CrawlConfig config = CrawlConfig.defaults().toBuilder().delayMs(20).build();

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private CrawlReport crawl(CrawlConfig c, String... seeds) throws IOException {
    return new Crawler(c, data, sink, CrawlProgress.NONE).crawl(List.of(seeds));
  }

  private void redirect(String from, int status, String to) {
    site.handle(from, (ex, n) -> TestSite.send(ex, status, Map.of("Location", to), new byte[0]));
  }

  private void html(String target, String body) {
    site.text(target, "text/html; charset=utf-8", "<html><body>" + body + "</body></html>");
  }

  @Test
  void redirectChainIsFollowedAndThePageKeepsBothUrls() throws IOException {
    redirect("/old", 301, "/older");
    redirect("/older", 302, site.base() + "/posts/new/");
    html("/posts/new/", "new home of the post");
    CrawlReport report = crawl(config, site.base() + "/old");

    assertEquals(List.of("/robots.txt", "/old", "/older", "/posts/new/"), site.targets());
    FetchedPage page = sink.pages.get(0);
    assertEquals(site.base() + "/old", page.url());
    assertEquals(site.base() + "/posts/new/", page.finalUrl());
    assertEquals(1, report.indexed());
  }

  @Test
  void redirectLoopIsDetectedAndReported() throws IOException {
    redirect("/loop-a", 302, "/loop-b");
    redirect("/loop-b", 302, "/loop-a");
    CrawlReport report = crawl(config, site.base() + "/loop-a");

    assertEquals(List.of("/robots.txt", "/loop-a", "/loop-b"), site.targets());
    assertEquals(Map.of("redirect loop", 1), report.errors());
  }

  @Test
  void redirectsBeyondTheLimitAreNotFollowed() throws IOException {
    redirect("/r1", 301, "/r2");
    redirect("/r2", 301, "/r3");
    redirect("/r3", 301, "/r4");
    html("/r4", "too far");
    CrawlReport report = crawl(config.toBuilder().maxRedirects(2).build(), site.base() + "/r1");

    assertEquals(List.of(), site.hits("/r4"));
    assertEquals(Map.of("too many redirects", 1), report.errors());
  }

  @Test
  void redirectIntoAPrivateNetworkIsRefused() throws IOException {
    redirect("/go", 302, "http://10.1.2.3/admin");
    html("/", "<a href=\"/go\">go</a> <a href=\"http://169.254.169.254/latest/meta-data/\">meta</a>");
    CrawlReport report = crawl(config.toBuilder().sameSiteOnly(false).build(), site.base() + "/");

    assertEquals(2, report.skipped("private address"));
    assertEquals(1, sink.pages.size());
  }

  @Test
  void pageThatNeverFinishesTimesOutAndTheCrawlGoesOn() throws IOException {
    html("/", "<a href=\"/posts/slow/\">slow</a> <a href=\"/posts/fine/\">fine</a>");
    html("/posts/fine/", "fine");
    site.handle("/posts/slow/", (ex, n) -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
      out.flush();
      try {
        Thread.sleep(20_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.close();
    });
    CrawlReport report = crawl(config.toBuilder().connectTimeout(Duration.ofMillis(300))
        .readTimeout(Duration.ofMillis(700)).build(), site.base() + "/");

    assertEquals(Map.of("timeout", 1), report.errors());
    assertEquals(1, report.indexed());
  }

  @Test
  void twentyMegabytePageIsSkippedAsTooLargeAndNotArchived() throws IOException {
    html("/", "<a href=\"/posts/huge/\">huge</a>");
    site.handle("/posts/huge/", (ex, n) -> {
      byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(1000)
          .getBytes(StandardCharsets.UTF_8);
      long total = 20L * 1024 * 1024;
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, total);
      OutputStream out = ex.getResponseBody();
      for (long sent = 0; sent < total; sent += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, total - sent));
      }
      ex.close();
    });
    CrawlReport report = crawl(config, site.base() + "/");

    assertEquals(1, report.skipped("too large"));
    assertEquals(List.of(site.base() + "/"), sink.pages.stream().map(FetchedPage::finalUrl).toList());
    List<String> archived = new ArrayList<>();
    new WarcArchive(Crawler.archiveDir(data)).forEachPage(p -> archived.add(p.finalUrl()));
    assertEquals(List.of(site.base() + "/"), archived);
  }

  @Test
  void pdfIsSkippedAsNotHtml() throws IOException {
    html("/", "<a href=\"/files/slides.pdf\">slides</a>");
    site.page("/files/slides.pdf", "application/pdf",
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    CrawlReport report = crawl(config, site.base() + "/");

    assertEquals(1, report.skipped("not HTML"));
    assertEquals(1, sink.pages.size());
  }

  @Test
  void calendarLinkTrapIsBoundedByThePathPatternLimit() throws IOException {
    site.handle("/calendar", (ex, n) -> TestSite.send(ex, 404, Map.of(), new byte[0]));
    for (int year = 2019; year <= 2027; year++) {
      for (int month = 1; month <= 12; month++) {
        int prevY = month == 1 ? year - 1 : year;
        int prevM = month == 1 ? 12 : month - 1;
        int nextY = month == 12 ? year + 1 : year;
        int nextM = month == 12 ? 1 : month + 1;
        html(String.format("/calendar?month=%d-%02d", year, month), String.format(
            "<a href=\"/calendar?month=%d-%02d\">prev</a> <a href=\"/calendar?month=%d-%02d\">next</a>",
            prevY, prevM, nextY, nextM));
      }
    }
    CrawlReport report = crawl(config.toBuilder().maxDepth(100).maxPerPathPattern(10).build(),
        site.base() + "/calendar?month=2024-05");

    long calendarHits = site.targets().stream().filter(t -> t.startsWith("/calendar")).count();
    assertEquals(11, calendarHits); // the seed plus ten admitted links
    assertTrue(report.skipped("link trap") >= 1);
  }

  @Test
  void implausibleCalendarYearsAreTraps() {
    TrapGuard guard = new TrapGuard(100, 2025);
    assertTrue(guard.admit("http://x/calendar?month=2025-12"));
    assertTrue(guard.admit("http://x/calendar?month=2026-01"));
    assertEquals(false, guard.admit("http://x/calendar?month=2027-01"));
    assertEquals(false, guard.admit("http://x/archive/1969/12/"));
  }

  @Test
  void pageLimitStopsTheCrawlAndCountsWhatWasLeft() throws IOException {
    html("/", "<a href=\"/posts/1/\">1</a><a href=\"/posts/2/\">2</a><a href=\"/posts/3/\">3</a>");
    for (int i = 1; i <= 3; i++) {
      html("/posts/" + i + "/", "post " + i);
    }
    CrawlReport report = crawl(config.toBuilder().maxPages(2).build(), site.base() + "/");

    assertEquals(2, sink.pages.size());
    assertEquals(2, report.skipped("page limit"));
  }
}
