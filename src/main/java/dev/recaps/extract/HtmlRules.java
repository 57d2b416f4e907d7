package dev.recaps.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The selector knowledge of the HTML extractor, read from {@code platforms.tsv} and {@code
 * boilerplate.txt} (bundled, plus the user's files of the same names, whose entries come first).
 */
record HtmlRules(List<Platform> platforms, List<Evaluator> boilerplate, List<String> warnings) {
  static final String PLATFORMS_FILE = "platforms.tsv";
  static final String BOILERPLATE_FILE = "boilerplate.txt";

  /** name, host regex, marker selector, content selectors, title, date, author. */
  static final int COLUMNS = 7;

  /** Alternatives in the content column are tried in order, separated by this. */
  static final String ALTERNATIVES = ";";

  HtmlRules {
    platforms = List.copyOf(platforms);
    boilerplate = List.copyOf(boilerplate);
    warnings = List.copyOf(warnings);
  }

  static HtmlRules load(Path userDir) throws IOException {
    List<String> warnings = new ArrayList<>();
    List<Platform> platforms = new ArrayList<>();
    for (DataFile.Line line : DataFile.read(PLATFORMS_FILE, userDir)) {
      try {
        platforms.add(platform(line));
      } catch (IllegalArgumentException e) {
        warnings.add(line.where() + ": " + e.getMessage() + "; line skipped");
      }
    }
    List<Evaluator> boilerplate = new ArrayList<>();
    for (DataFile.Line line : DataFile.read(BOILERPLATE_FILE, userDir)) {
      try {
        boilerplate.add(selector(line.text()));
      } catch (IllegalArgumentException e) {
        warnings.add(line.where() + ": " + e.getMessage() + "; line skipped");
      }
    }
    return new HtmlRules(platforms, boilerplate, warnings);
  }

  private static Platform platform(DataFile.Line line) {
    String[] cols = line.text().split("\t");
    if (cols.length != COLUMNS) {
      throw new IllegalArgumentException(
          "expected " + COLUMNS + " tab-separated columns, found " + cols.length);
    }
    List<Evaluator> content = new ArrayList<>();
    for (String alternative : cols[3].split(ALTERNATIVES)) {
      if (!alternative.isBlank()) {
        content.add(selector(alternative.strip()));
      }
    }
    if (content.isEmpty()) {
      throw new IllegalArgumentException("no content selector");
    }
    return new Platform(
        cols[0].strip(), hostPattern(cols[1]), optional(cols[2]), content, optional(cols[4]),
        optional(cols[5]), optional(cols[6]));
  }

  private static Pattern hostPattern(String column) {
    String s = column.strip();
    if (s.equals("-")) {
      return null;
    }
    try {
      return Pattern.compile(s);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("host pattern '" + s + "' is not a valid regex");
    }
  }

  private static Evaluator optional(String column) {
    String s = column.strip();
    return s.equals("-") ? null : selector(s);
  }

  private static Evaluator selector(String css) {
    try {
      return QueryParser.parse(css);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + css + "' is not a valid CSS selector");
    }
  }
}
