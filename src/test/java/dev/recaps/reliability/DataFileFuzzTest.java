package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recaps.enrich.Enricher;
import dev.recaps.extract.GenericHeadings;
import dev.recaps.extract.HtmlExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the user files of the enrich and extract stages (conferences, speakers, topics,
 * rules; platform selectors, boilerplate, generic headings): loading works with bad lines skipped
 * and named, or fails with a message naming the file.
 */
class DataFileFuzzTest {
  private static final List<String> ENRICH_FILES = List.of("conferences.txt", "speakers.txt",
      "topics.txt", "speaker-rules.txt", "not-speakers.txt");
  private static final List<String> EXTRACT_FILES =
      List.of("platforms.tsv", "boilerplate.txt", "generic-headings.txt");

  private static Path dir;

  @BeforeAll
  static void makeUserDirectory() throws IOException {
    dir = Files.createTempDirectory("recaps-datafile-fuzz");
  }

  @AfterAll
  static void deleteUserDirectory() {
    TempDirs.delete(dir);
  }

  private static Path writeOnly(List<String> names, FuzzedDataProvider data) throws IOException {
    String name = data.pickValue(names);
    names.forEach(f -> dir.resolve(f).toFile().delete());
    Path file = dir.resolve(name);
    Files.write(file, data.consumeRemainingAsBytes());
    return file;
  }

  @FuzzTest
  @Timeout(10)
  void enrichDictionariesLoadOrNameTheFile(FuzzedDataProvider data) throws IOException {
    Path file = writeOnly(ENRICH_FILES, data);
    List<String> warnings = new ArrayList<>();
    String name = file.getFileName().toString();
    try {
      Enricher.load(dir, warnings::add);
    } catch (IOException | IllegalArgumentException e) {
      assertTrue(e.getMessage().contains(name), () -> e + " does not name " + name);
      return;
    }
    warnings.forEach(w -> assertTrue(w.contains(".txt"), w));
  }

  @FuzzTest
  @Timeout(10)
  void extractRulesLoadOrNameTheFile(FuzzedDataProvider data) throws IOException {
    Path file = writeOnly(EXTRACT_FILES, data);
    String name = file.getFileName().toString();
    try {
      HtmlExtractor extractor = HtmlExtractor.load(dir);
      extractor.loadWarnings().forEach(w -> assertTrue(w.contains(name), w));
      GenericHeadings.load(dir);
    } catch (IOException | IllegalArgumentException e) {
      assertTrue(e.getMessage().contains(name), () -> e + " does not name " + name);
    }
  }
}
