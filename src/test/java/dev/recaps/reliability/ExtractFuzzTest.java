package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recaps.enrich.Enricher;
import dev.recaps.extract.Extraction;
import dev.recaps.extract.ExtractionException;
import dev.recaps.extract.FileExtractor;
import dev.recaps.extract.HtmlExtractor;
import dev.recaps.extract.HtmlPage;
import dev.recaps.extract.PageType;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the extract and enrich stages, which read whatever a corpus folder or a web
 * server hands them: a file becomes a recap or is skipped with a reason, a fetched body becomes a
 * typed page, and every extracted recap can be enriched.
 */
class ExtractFuzzTest {
  private static final List<String> EXTENSIONS = List.of("md", "markdown", "txt", "html");
  private static final List<String> CONTENT_TYPES = Arrays.asList(null, "text/html",
      "text/html; charset=euc-kr", "text/html; charset=utf-16", "text/html; charset=bogus!!",
      "application/xhtml+xml", "application/pdf", "text/html; charset=");
  private static final List<String> URLS = Arrays.asList(null, "https://blog.naver.com/a/1",
      "https://x.tistory.com/12", "https://velog.io/@a/b", "http://[::1]:8080/p?q=1#f",
      "not a url", "https://예시.한국/글", "file:///etc/passwd", "");

  private static Path dir;
  private static FileExtractor files;
  private static HtmlExtractor html;
  private static Enricher enricher;

  @BeforeAll
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("recaps-extract-fuzz");
    html = HtmlExtractor.withDefaults();
    files = new FileExtractor(html, FileExtractor.DEFAULT_MAX_BYTES);
    enricher = Enricher.withDefaults();
  }

  @AfterAll
  static void tearDown() {
    TempDirs.delete(dir);
  }

  @FuzzTest
  @Timeout(10)
  void localFileBecomesARecapOrASkipWithAReason(FuzzedDataProvider data) throws IOException {
    String ext = data.pickValue(EXTENSIONS);
    boolean sidecar = data.consumeBoolean();
    byte[] sidecarBytes = sidecar ? data.consumeBytes(300) : new byte[0];
    Path file = dir.resolve("post." + ext);
    Path yaml = dir.resolve("post.meta.yaml");
    Files.deleteIfExists(yaml);
    if (sidecar) {
      Files.write(yaml, sidecarBytes);
    }
    Files.write(file, data.consumeRemainingAsBytes());
    try {
      Extraction extraction = files.extract(dir, file);
      checkRecap(extraction.recap());
    } catch (ExtractionException skipped) {
      assertNotNull(skipped.reason());
      assertTrue(skipped.getMessage().contains("post." + ext), skipped.getMessage());
    }
  }

  @FuzzTest
  @Timeout(10)
  void fetchedBodyBecomesATypedPage(FuzzedDataProvider data) {
    String contentType = data.pickValue(CONTENT_TYPES);
    String url = data.pickValue(URLS);
    Map<String, String> hints = data.consumeBoolean()
        ? Map.of(HtmlExtractor.HINT_FEED_DATE, data.consumeString(30),
            HtmlExtractor.HINT_FEED_TITLE, data.consumeString(30),
            HtmlExtractor.HINT_FEED_AUTHOR, data.consumeString(30))
        : Map.of();
    HtmlPage page = html.extract(data.consumeRemainingAsBytes(), contentType, url, hints);
    assertNotNull(page.type());
    if (page.type() == PageType.ARTICLE) {
      checkRecap(page.recap());
    } else {
      assertNotNull(page.reason(), "a page that is not an article says why");
    }
  }

  private static void checkRecap(Recap recap) {
    assertNotNull(recap);
    assertFalse(recap.title().isBlank(), "extraction always derives a title");
    Recap enriched = enricher.enrich(recap);
    assertNotNull(enriched.enrichment());
  }
}
