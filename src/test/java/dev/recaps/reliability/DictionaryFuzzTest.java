package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.analysis.TermDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the user-extendable data files: whatever a user puts in their data directory,
 * loading either works (bad lines skipped with a warning naming file and line) or fails with a
 * message naming the file; it never crashes with an unrelated exception or hangs.
 */
class DictionaryFuzzTest {
  private static final List<String> ANALYSIS_FILES = List.of("userdict.txt", "names.txt", "unstemmed.txt");

  private static Path dir;

  @BeforeAll
  static void makeUserDirectory() throws IOException {
    dir = Files.createTempDirectory("recaps-dictionary-fuzz");
  }

  @AfterAll
  static void deleteUserDirectory() {
    TempDirs.delete(dir);
  }

  @FuzzTest
  @Timeout(10)
  void termDictionaryLoadsOrNamesTheFile(FuzzedDataProvider data) throws IOException {
    String query = data.consumeString(60);
    Path file = dir.resolve("terms.tsv");
    Files.write(file, data.consumeRemainingAsBytes());
    List<String> warnings = new ArrayList<>();
    TermDictionary dictionary;
    try {
      dictionary = TermDictionary.load(file, warnings::add);
    } catch (IOException e) {
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      return;
    }
    warnings.forEach(w -> assertTrue(w.startsWith("terms.tsv:") || w.startsWith(file + ":"), w));
    dictionary.freeze();
    dictionary.findIn(query);
    dictionary.equivalents(query);
  }

  @FuzzTest
  @Timeout(10)
  void analyzerUserFilesLoadOrNameTheFile(FuzzedDataProvider data) throws IOException {
    String name = data.pickValue(ANALYSIS_FILES);
    String text = data.consumeString(80);
    Path file = dir.resolve(name);
    ANALYSIS_FILES.forEach(f -> dir.resolve(f).toFile().delete());
    Files.write(file, data.consumeRemainingAsBytes());
    AnalyzerFactory analyzers;
    try {
      analyzers = AnalyzerFactory.load(dir);
    } catch (IOException | IllegalArgumentException e) {
      assertTrue(e.getMessage().contains(file.toString()), () -> e + " does not name " + file);
      return;
    }
    analyzers.tokens(text);
  }
}
