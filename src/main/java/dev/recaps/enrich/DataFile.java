package dev.recaps.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one dictionary file: UTF-8 lines of {@code |}-separated columns, {@code #} comment lines
 * and blank lines ignored; every row remembers its file and line number for warnings.
 */
final class DataFile {
  private DataFile() {}

  /** One non-comment line split into trimmed columns. */
  record Row(String file, int line, List<String> columns) {

    String where() {
      return file + ":" + line;
    }

    String column(int i) {
      return i < columns.size() ? columns.get(i) : "";
    }

    /** The comma-separated values of a column, trimmed, blanks dropped. */
    List<String> list(int i) {
      return split(column(i), ",");
    }
  }

  /** Reads all rows; malformed UTF-8 is an IOException naming the file, not a silent mojibake. */
  static List<Row> read(String file, InputStream in) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (number == 1 && trimmed.startsWith("\uFEFF")) {
          trimmed = trimmed.substring(1).strip();
        }
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        rows.add(new Row(file, number, Arrays.stream(trimmed.split("\\|", -1)).map(String::strip).toList()));
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8 text", e);
    }
    return rows;
  }

  static List<String> split(String value, String separator) {
    return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
