package dev.recaps.analysis;

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

/**
 * Reads the analysis data files: the bundled copy from the classpath, then the user's copy from the
 * data directory, so a user extends the bundled knowledge without rebuilding.
 */
final class DataFiles {

  private static final String RESOURCE_DIR = "/dev/recaps/analysis/";

  private DataFiles() {}

  /** Bundled lines first, then the user's lines (if {@code userDir} holds a file of that name). */
  static List<DataLine> bundledThenUser(String fileName, Path userDir) throws IOException {
    List<DataLine> lines = new ArrayList<>(bundled(fileName));
    if (userDir != null) {
      Path userFile = userDir.resolve(fileName);
      if (Files.isRegularFile(userFile)) {
        try (BufferedReader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
          lines.addAll(read(userFile.toString(), reader));
        } catch (IOException e) {
          throw new IOException("cannot read " + userFile + " (expected UTF-8 text): " + e, e);
        }
      }
    }
    return lines;
  }

  /** The bundled lines only; a missing bundled file is a packaging bug, not a user error. */
  static List<DataLine> bundled(String fileName) {
    String resource = RESOURCE_DIR + fileName;
    try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled analysis data missing from the classpath: " + resource);
      }
      return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + resource, e);
    }
  }

  /** Drops comments and blank lines; normalizes text the way analyzed text is normalized. */
  static List<DataLine> read(String source, BufferedReader reader) throws IOException {
    List<DataLine> lines = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String text = withoutComment(line).strip();
      if (!text.isEmpty()) {
        lines.add(new DataLine(source, number, UnicodeNormalizer.normalize(text)));
      }
    }
    return lines;
  }

  /**
   * A comment starts at a {@code #} that begins the line or follows whitespace, so that entries such
   * as {@code C#} and {@code F#} stay data.
   */
  static String withoutComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
