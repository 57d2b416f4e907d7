package dev.recaps.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the bench's tab-separated data files from the classpath: {@code #} comments and blank
 * lines are ignored, a line with the wrong number of columns is skipped with a warning naming the
 * file and line.
 */
final class DataLines {
  private DataLines() {}

  /** The rows of {@code resource} (relative to this package) that have exactly {@code columns} columns. */
  static List<String[]> read(String resource, int columns, Consumer<String> warnings) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bench data file " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != columns || anyBlank(cols)) {
          warnings.accept(resource + ":" + number + ": expected " + columns
              + " non-empty tab-separated columns, skipped: " + trimmed);
          continue;
        }
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bench data file " + resource, e);
    }
    return rows;
  }

  /** The lines of a one-column file. */
  static List<String> lines(String resource, Consumer<String> warnings) {
    return read(resource, 1, warnings).stream().map(cols -> cols[0]).toList();
  }

  private static boolean anyBlank(String[] cols) {
    for (String c : cols) {
      if (c.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
