package dev.recaps.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text post: its first non-empty line is the title unless it is a generic section
 * heading or a whole paragraph, and short lines standing alone are taken as section headings.
 */
final class PlainTextReader {
  /** A heading line is at most this long; longer lines are prose. */
  static final int MAX_HEADING_CHARS = 60;

  /** A first line longer than this is a paragraph, not a title. */
  static final int MAX_TITLE_CHARS = 150;

  /**
   * Endings that close a sentence: punctuation, and the Korean declarative endings that end
   * sentences even without a period in casual posts ({@code 많았다}, {@code 좋아요}).
   */
  private static final Pattern SENTENCE_FINAL = Pattern.compile("(?:[.!。…]|[다요죠])[\"'”’)]*$");

  private static final Pattern LIST_OR_LINK = Pattern.compile("^(?:[-*•·▶►]\\s|https?://|www\\.)");

  /** The text read, with a title only when the first line is usable as one. */
  record Result(String title, String text, List<String> headings, String firstParagraph) {}

  private final GenericHeadings generic;

  PlainTextReader(GenericHeadings generic) {
    this.generic = generic;
  }

  Result read(String raw) {
    String text = normalize(raw);
    List<String> blocks = List.of(text.split("\n\n"));
    String firstLine = text.lines().findFirst().orElse("").strip();
    boolean firstIsTitle = !generic.isGeneric(firstLine) && firstLine.length() <= MAX_TITLE_CHARS;
    List<String> headings = new ArrayList<>();
    String firstParagraph = null;
    for (int i = 0; i < blocks.size(); i++) {
      String block = blocks.get(i).strip();
      boolean isFirstLineBlock = i == 0 && !block.contains("\n");
      if (i == 0 && firstIsTitle) {
        if (isFirstLineBlock) {
          continue;
        }
        block = block.substring(block.indexOf('\n') + 1).strip(); // title line glued to prose
      }
      if (isFirstLineBlock && generic.isGeneric(block) || isHeading(block)) {
        headings.add(block);
      } else if (firstParagraph == null) {
        firstParagraph = block.lines().findFirst().orElse(block);
      }
    }
    return new Result(firstIsTitle ? firstLine : null, text, headings, firstParagraph);
  }

  /** A block that is one short line without a sentence ending, byline date, list mark or URL. */
  static boolean isHeading(String block) {
    return !block.contains("\n")
        && block.length() <= MAX_HEADING_CHARS
        && block.codePoints().filter(Character::isLetter).count() >= 2
        && !SENTENCE_FINAL.matcher(block).find()
        && !LIST_OR_LINK.matcher(block).find()
        && DateParser.find(block) == null;
  }

  /** Unix line ends, no trailing spaces, at most one blank line between blocks. */
  static String normalize(String raw) {
    return raw.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replace('\u00A0', ' ')
        .replaceAll("(?m)[ \\t\\u3000]+$", "")
        .replaceAll("\\n[ \\t]*\\n(?:[ \\t]*\\n)+", "\n\n")
        .strip();
  }
}
