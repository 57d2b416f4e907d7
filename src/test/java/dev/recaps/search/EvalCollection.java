package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.analysis.TermDictionary;
import dev.recaps.enrich.Enricher;
import dev.recaps.enrich.Knowledge;
import dev.recaps.extract.ExtractionException;
import dev.recaps.extract.FileExtractor;
import dev.recaps.extract.HtmlExtractor;
import dev.recaps.index.RecapIndexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The judged collection ({@code corpus/} plus the eval corpus) indexed with the production
 * extract → enrich → index pipeline and opened with the bundled term equivalences, as {@code recaps
 * eval} does; ids come from paths relative to each folder's parent, as in the CLI.
 */
final class EvalCollection {
  static final Path JUDGMENTS = Path.of("src/test/resources/dev/recaps/eval/judgments.tsv");
  static final List<Path> FOLDERS =
      List.of(Path.of("corpus"), Path.of("src/test/resources/dev/recaps/eval/eval-corpus"));

  private EvalCollection() {}

  /** Indexes every recap file of the folders; a file that fails to extract fails the test. */
  static int index(Path indexDir, AnalyzerFactory analyzers, Enricher enricher) throws IOException {
    FileExtractor extractor = new FileExtractor(HtmlExtractor.withDefaults(), FileExtractor.DEFAULT_MAX_BYTES);
    int count = 0;
    try (RecapIndexer indexer = RecapIndexer.open(indexDir, analyzers)) {
      for (Path folder : FOLDERS) {
        Path base = folder.toAbsolutePath().getParent();
        for (Path file : recapFiles(folder)) {
          try {
            indexer.upsert(enricher.enrich(extractor.extract(base, file.toAbsolutePath()).recap()));
            count++;
          } catch (ExtractionException e) {
            fail("the judged collection must extract cleanly: " + e.getMessage());
          }
        }
      }
      indexer.commit();
    }
    return count;
  }

  /** Supported files of a folder, minus those its {@code .recapsignore} names (README, sources). */
  static List<Path> recapFiles(Path folder) throws IOException {
    Set<PathMatcher> ignored = new HashSet<>();
    Path ignoreFile = folder.resolve(".recapsignore");
    if (Files.exists(ignoreFile)) {
      for (String line : Files.readAllLines(ignoreFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + line.strip()));
        }
      }
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(FileExtractor::isSupported)
          .filter(f -> ignored.stream().noneMatch(m -> m.matches(f.getFileName())))
          .sorted()
          .toList();
    }
  }

  /** Bundled Korean⇄English terms plus conference and speaker aliases, as the CLI wires them. */
  static TermExpander expander(Enricher enricher) {
    TermDictionary terms = TermDictionary.withDefaults();
    Knowledge k = enricher.knowledge();
    k.conferences().forEach(c -> terms.add(c.name(), c.aliases()));
    k.speakers().forEach(s -> terms.add(s.name(), s.aliases()));
    terms.freeze();
    return word -> {
      Set<String> all = new HashSet<>(terms.equivalents(word));
      all.removeIf(w -> w.equalsIgnoreCase(word));
      return all;
    };
  }
}
