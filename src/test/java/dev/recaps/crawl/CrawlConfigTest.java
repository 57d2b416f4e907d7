package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrawlConfigTest {
  @Test
  void defaultsArePolite() {
    CrawlConfig d = CrawlConfig.defaults();
    assertEquals("RecapsBot/0.1 (+https://github.com/recaps-dev/recaps)", d.userAgent());
    assertEquals(1000, d.maxPages());
    assertEquals(5, d.maxDepth());
    assertEquals(1000, d.delayMs());
    assertEquals(30_000, d.maxCrawlDelayMs());
    assertEquals(Duration.ofSeconds(10), d.connectTimeout());
    assertEquals(Duration.ofSeconds(20), d.readTimeout());
    assertEquals(5 * 1024 * 1024, d.maxBodyBytes());
    assertEquals(5, d.maxRedirects());
    assertEquals(3, d.maxRetries());
    assertEquals(true, d.sameSiteOnly());
    assertEquals(false, d.refresh());
    assertEquals("recapsbot", RobotsPolicy.productToken(d.userAgent()));
  }

  @Test
  void invalidSettingsAreRejectedWithTheirName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CrawlConfig.defaults().toBuilder().maxPages(0).build());
    assertEquals("max pages must be at least 1, got 0", e.getMessage());
  }

  @Test
  void reportSummaryListsReasonsKindsAndHosts() {
    CrawlTally tally = new CrawlTally();
    tally.fetched("https://a.test");
    tally.indexed("https://a.test");
    tally.skipped("https://a.test", "robots");
    tally.skipped(null, "off-site");
    tally.error("https://a.test", "timeout");
    assertEquals("""
        fetched 1, not modified 0, archived 0, indexed 1, gone 0
        skipped 2 (1 off-site, 1 robots)
        errors 1 (1 timeout)
          https://a.test: fetched 1, not modified 0, indexed 1, skipped 1, errors 1
        """, tally.report().summary());
  }
}
