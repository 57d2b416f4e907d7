package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlStateTest {
  @TempDir Path dir;

  private static CrawlState.Entry entry(String url, String etag) {
    return new CrawlState.Entry(url, 200, etag, "Mon, 16 Dec 2024 09:00:00 GMT", "abc",
        "recaps-1.warc.gz#0", false, Instant.parse("2024-12-16T09:00:00Z"));
  }

  @Test
  void entriesSurviveReopeningWithTabsAndNewlinesInValues() throws IOException {
    CrawlState.Entry odd = entry("https://x.test/a?q=1\t2", "W/\"x\ny\"");
    try (CrawlState state = CrawlState.open(dir)) {
      state.put(entry("https://x.test/a", "\"1\""));
      state.put(entry("https://x.test/a", "\"2\""));
      state.put(odd);
    }
    try (CrawlState state = CrawlState.open(dir)) {
      assertEquals(2, state.size());
      assertEquals(entry("https://x.test/a", "\"2\""), state.get("https://x.test/a").orElseThrow());
      assertEquals(odd, state.get(odd.url()).orElseThrow());
    }
  }

  @Test
  void tornLastLineFromACrashIsIgnored() throws IOException {
    try (CrawlState state = CrawlState.open(dir)) {
      state.put(entry("https://x.test/a", "\"1\""));
    }
    Files.writeString(dir.resolve(CrawlState.FILE_NAME), "https%3A%2F%2Fx.test%2Fb\t200\t",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (CrawlState state = CrawlState.open(dir)) {
      assertEquals(1, state.size());
      assertTrue(state.get("https://x.test/b").isEmpty());
    }
  }
}
