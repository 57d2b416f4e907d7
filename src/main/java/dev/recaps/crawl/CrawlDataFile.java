package dev.recaps.crawl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a crawler knowledge file: the bundled copy under {@code dev/recaps/crawl/} merged with a
 * user's copy under {@code <data>/dictionaries/}; {@code #} starts a comment, malformed lines are
 * skipped with a warning naming file and line.
 */
final class CrawlDataFile {
  private static final System.Logger LOG = System.getLogger(CrawlDataFile.class.getName());

  private CrawlDataFile() {}

  /** Where a user puts extra entries for the bundled file {@code name}. */
  static Path userFile(Path dataDir, String name) {
    return dataDir.resolve("dictionaries").resolve(name);
  }

  /** Non-comment lines, trimmed, that pass {@code valid}; bundled entries first, then the user's. */
  static List<String> lines(String name, Path dataDir, Predicate<String> valid) {
    List<String> out = new ArrayList<>();
    try (InputStream in = CrawlDataFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled crawler data file missing: " + name);
      }
      collect(in, "classpath:dev/recaps/crawl/" + name, valid, out);
      Path user = dataDir == null ? null : userFile(dataDir, name);
      if (user != null && Files.isRegularFile(user)) {
        try (InputStream userIn = Files.newInputStream(user)) {
          collect(userIn, user.toString(), valid, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read crawler data file " + name, e);
    }
    return out;
  }

  private static void collect(InputStream in, String source, Predicate<String> valid,
      List<String> out) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      if (valid.test(content)) {
        out.add(content);
      } else {
        LOG.log(System.Logger.Level.WARNING,
            "{0}:{1}: malformed line skipped: {2}", source, number, content);
      }
    }
  }
}
