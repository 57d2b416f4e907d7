package dev.recaps.extract;

import java.util.regex.Pattern;

/**
 * Derives a title when a document states none: from a meaningful file name, else from the first
 * sentence, else from whatever the file name is.
 */
final class TitleDeriver {
  /** First sentences are cut to about this many characters, on a word boundary. */
  static final int MAX_SENTENCE_TITLE = 80;

  /** A leading Jekyll/Hexo-style date ({@code 2021-12-31-}) says when, not what. */
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}[-_ ]+");

  /** Hex runs of 8+ characters with a digit are hashes, not words. */
  private static final Pattern HASH = Pattern.compile("(?i)(?=.*\\d)[0-9a-f]{8,}");

  /** After . ! ? or 。 followed by a space, but not after {@code Dr.}, {@code Mr.} or {@code e.g.}. */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<=[.!?。])(?<!\\b[A-Z][a-z]{0,2}\\.)(?<!\\b[a-z]\\.[a-z]\\.)(?=\\s|$)");

  private TitleDeriver() {}

  /** The file name without extension, dates prefix and separators, e.g. {@code lendit reinvent 2019 day1}. */
  static String humanize(String fileName) {
    String base = fileName;
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String stripped = DATE_PREFIX.matcher(base).replaceFirst("");
    if (!stripped.isBlank()) {
      base = stripped;
    }
    return base.replaceAll("[-_+.\\s]+", " ").strip();
  }

  /**
   * Whether a humanized name says something: at least two words that contain a letter and are
   * not hashes ({@code 001_33b442c71569e712} is not meaningful, {@code lendit reinvent 2019 day1}
   * is).
   */
  static boolean isMeaningful(String humanized) {
    int words = 0;
    for (String w : humanized.split(" ")) {
      if (w.codePoints().anyMatch(Character::isLetter) && !HASH.matcher(w).matches()) {
        words++;
      }
    }
    return words >= 2;
  }

  /** The first sentence of {@code paragraph}, cut at about {@value #MAX_SENTENCE_TITLE} chars. */
  static String firstSentence(String paragraph) {
    String p = paragraph.strip().replaceAll("\\s+", " ");
    var m = SENTENCE_END.matcher(p);
    String sentence = m.find() ? p.substring(0, m.start()).strip() : p;
    if (sentence.length() <= MAX_SENTENCE_TITLE) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_SENTENCE_TITLE);
    if (cut < MAX_SENTENCE_TITLE / 2) {
      cut = MAX_SENTENCE_TITLE;
    }
    return sentence.substring(0, cut).strip() + "…";
  }

  /**
   * The derived title: the humanized file name when meaningful, else the first sentence of {@code
   * firstParagraph} (nullable), else the humanized file name anyway.
   */
  static String derive(String fileName, String firstParagraph) {
    String name = humanize(fileName);
    if (isMeaningful(name)) {
      return name;
    }
    if (firstParagraph != null && !firstParagraph.isBlank()) {
      return firstSentence(firstParagraph);
    }
    return name.isBlank() ? fileName : name;
  }
}
