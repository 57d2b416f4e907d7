package dev.recaps.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a line-oriented data file bundled under {@code dev/recaps/extract/} plus the same-named
 * file in a user directory, skipping blank lines and comments.
 *
 * <p>A comment is {@code #} followed by a space or the end of the line, so that CSS id selectors
 * such as {@code #comments} stay data.
 */
final class DataFile {
  private static final String RESOURCE_DIR = "/dev/recaps/extract/";
  private static final Pattern COMMENT = Pattern.compile("#(?:\\s|$)");

  /** One meaningful line with where it came from, so parse warnings can name file and line. */
  record Line(String file, int number, String text) {
    String where() {
      return file + " line " + number;
    }
  }

  private DataFile() {}

  /**
   * Returns the user file's lines (when {@code userDir} is not null and holds {@code name}) before
   * the bundled ones, so user entries take precedence where order matters.
   */
  static List<Line> read(String name, Path userDir) throws IOException {
    List<Line> lines = new ArrayList<>();
    if (userDir != null) {
      Path user = userDir.resolve(name);
      if (Files.isRegularFile(user)) {
        collect(user.toString(), Files.readString(user, StandardCharsets.UTF_8), lines);
      }
    }
    collect(name, bundled(name), lines);
    return lines;
  }

  private static String bundled(String name) {
    try (InputStream in = DataFile.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled data file missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled data file " + name, e);
    }
  }

  private static void collect(String file, String content, List<Line> into) {
    String[] raw = content.split("\r?\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.isEmpty() && !COMMENT.matcher(line).lookingAt()) {
        // Keep tabs inside the line: TSV files split on them.
        into.add(new Line(file, i + 1, raw[i].replaceAll("^\\s+|\\s+$", "")));
      }
    }
  }
}
