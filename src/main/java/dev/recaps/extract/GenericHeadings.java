package dev.recaps.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section headings such as {@code 들어가며} or {@code Introduction} that open many posts but never
 * name them, so they must not become a title.
 */
public final class GenericHeadings {
  static final String FILE = "generic-headings.txt";

  /** Leading numbering ({@code 0.}, {@code 1)}, {@code 1.2}, {@code I.}) and markup ({@code ##}). */
  private static final Pattern NUMBERING =
      Pattern.compile("^(?:[#*>\\-\\s]+|\\d+(?:\\.\\d+)*[.)]?\\s*|[IVXivx]+[.)]\\s*)+");

  private static final Pattern TRAILING = Pattern.compile("[\\s:：.\\-–—]+$");

  private final Set<String> keys;

  private GenericHeadings(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /** The bundled list. */
  public static GenericHeadings withDefaults() {
    try {
      return load(null);
    } catch (IOException e) {
      throw new IllegalStateException("bundled " + FILE + " unreadable", e);
    }
  }

  /** The bundled list plus {@code generic-headings.txt} in {@code userDir} (nullable). */
  public static GenericHeadings load(Path userDir) throws IOException {
    Set<String> keys = new HashSet<>();
    for (DataFile.Line line : DataFile.read(FILE, userDir)) {
      keys.add(key(line.text()));
    }
    return new GenericHeadings(keys);
  }

  /** Whether {@code line} is a generic heading once numbering and case are ignored. */
  public boolean isGeneric(String line) {
    return line != null && keys.contains(key(line));
  }

  private static String key(String s) {
    String k = NUMBERING.matcher(s.strip()).replaceFirst("");
    k = TRAILING.matcher(k).replaceFirst("");
    return k.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
