package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {
  @TempDir Path dir;

  @Test
  void commentsAndBlankLinesAreIgnored() throws IOException {
    Path file = Files.writeString(dir.resolve("sources.txt"), """
        # recap blogs
        https://aws.amazon.com/ko/blogs/korea/feed/   # AWS Korea

        https://d2.naver.com/d2.atom
        """);
    assertEquals(List.of("https://aws.amazon.com/ko/blogs/korea/feed/",
        "https://d2.naver.com/d2.atom"), SourcesFile.read(file));
  }

  @Test
  void badLineIsReportedWithFileAndLineNumber() throws IOException {
    Path file = Files.writeString(dir.resolve("sources.txt"), "https://ok.test/\n\nwww.no-scheme.test\n");
    IOException e = assertThrows(SourcesFile.InvalidSourceException.class, () -> SourcesFile.read(file));
    assertEquals(file + ":3: not an http(s) URL: www.no-scheme.test", e.getMessage());
  }

  @Test
  void shippedSourcesFileIsValid() throws IOException {
    List<String> urls = SourcesFile.read(Path.of("corpus/sources.txt"));
    assertEquals(urls.size(), urls.stream().distinct().count());
  }
}
