package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveTest {
  @TempDir Path dir;

  private static HttpResult result(String url, String body) {
    return new HttpResult(url, Map.of("User-Agent", "RecapsBot/0.1"), 200, "OK",
        Map.of("content-type", List.of("text/html; charset=utf-8"),
            "content-encoding", List.of("gzip")),
        body.getBytes(StandardCharsets.UTF_8), false, Instant.parse("2024-12-16T09:00:00Z"));
  }

  @Test
  void writtenPageReadsBackWithHintsDepthAndDecodedPayload() throws IOException {
    String ref;
    try (WarcArchive archive = new WarcArchive(dir)) {
      ref = archive.write(result("https://x.test/posts/a/", "<p>안녕</p>"),
          "https://x.test/a", Map.of(PageHints.FEED_TITLE, "제목 & more"), 2);
    }
    FetchedPage page = new WarcArchive(dir).read(ref);
    assertEquals("https://x.test/a", page.url());
    assertEquals("https://x.test/posts/a/", page.finalUrl());
    assertEquals(Map.of(PageHints.FEED_TITLE, "제목 & more"), page.hints());
    assertEquals(2, page.depth());
    assertEquals(null, page.headers().get("content-encoding"), "payload is stored decoded");
    assertArrayEquals("<p>안녕</p>".getBytes(StandardCharsets.UTF_8), page.body());
    assertEquals(Instant.parse("2024-12-16T09:00:00Z"), page.fetchedAt());
  }

  @Test
  void archiveRotatesToANewFilePastTheSizeLimit() throws IOException {
    try (WarcArchive archive = new WarcArchive(dir, 1)) {
      archive.write(result("https://x.test/1", "one"), "https://x.test/1", Map.of(), 0);
      archive.write(result("https://x.test/2", "two"), "https://x.test/2", Map.of(), 0);
      assertEquals(2, archive.files().size());
    }
  }

  @Test
  void tornLastRecordIsSkippedByTheReaderAndCutByTheNextWriter() throws IOException {
    try (WarcArchive archive = new WarcArchive(dir)) {
      archive.write(result("https://x.test/1", "one"), "https://x.test/1", Map.of(), 0);
      archive.write(result("https://x.test/2", "two ".repeat(500)), "https://x.test/2", Map.of(), 0);
    }
    Path file = new WarcArchive(dir).files().get(0);
    long full = Files.size(file);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(full - 200); // crash in the middle of the last (request) record
    }
    List<String> urls = new ArrayList<>();
    WarcArchive.ReadSummary summary = new WarcArchive(dir).forEachPage(p -> urls.add(p.finalUrl()));
    assertEquals(List.of("https://x.test/1", "https://x.test/2"), urls);
    assertEquals(1, summary.problems().size());
    assertTrue(summary.problems().get(0).contains("torn"), summary.problems().get(0));

    try (WarcArchive archive = new WarcArchive(dir)) {
      archive.write(result("https://x.test/3", "three"), "https://x.test/3", Map.of(), 0);
    }
    List<String> after = new ArrayList<>();
    WarcArchive.ReadSummary repaired = new WarcArchive(dir).forEachPage(p -> after.add(p.finalUrl()));
    assertEquals(List.of(), repaired.problems());
    assertEquals(List.of("https://x.test/1", "https://x.test/2", "https://x.test/3"), after);
  }
}
