package dev.recaps.web;

import dev.recaps.model.InvalidRequestException;

/**
 * Draws a small two-part SVG badge ("recaps | LABEL") for wikis that allow neither scripts nor
 * iframes, to be wrapped in a link to a search; the label is escaped and its width estimated per
 * character (Hangul and CJK take about twice the width of Latin letters).
 */
final class Badge {
  static final String DEFAULT_LABEL = "search";
  static final int MAX_LABEL_CHARS = 60;

  private static final String LEFT = "recaps";

  private Badge() {}

  static String svg(String label) {
    String text = label == null || label.isBlank() ? DEFAULT_LABEL : label.strip();
    if (text.codePointCount(0, text.length()) > MAX_LABEL_CHARS) {
      throw new InvalidRequestException("label must be at most " + MAX_LABEL_CHARS + " characters long");
    }
    int left = width(LEFT) + 12;
    int right = width(text) + 12;
    int total = left + right;
    String escaped = Escape.xml(text);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + total + "\" height=\"20\" role=\"img\""
        + " aria-label=\"recaps: " + escaped + "\">\n"
        + "  <title>recaps: " + escaped + "</title>\n"
        + "  <rect width=\"" + left + "\" height=\"20\" rx=\"3\" fill=\"#555\"/>\n"
        + "  <rect x=\"" + left + "\" width=\"" + right + "\" height=\"20\" rx=\"3\" fill=\"#0b6bcb\"/>\n"
        + "  <rect x=\"" + left + "\" width=\"4\" height=\"20\" fill=\"#0b6bcb\"/>\n"
        + "  <g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,Noto Sans KR,sans-serif\" font-size=\"11\">\n"
        + "    <text x=\"6\" y=\"14\">" + LEFT + "</text>\n"
        + "    <text x=\"" + (left + 6) + "\" y=\"14\">" + escaped + "</text>\n"
        + "  </g>\n</svg>\n";
  }

  /** Approximate rendered width in pixels at 11px. */
  static int width(String text) {
    return text.codePoints().map(Badge::charWidth).sum();
  }

  private static int charWidth(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
      return 12;
    }
    if (cp == ' ' || cp == 'i' || cp == 'l' || cp == '.' || cp == ',' || cp == '\'') {
      return 4;
    }
    return Character.isUpperCase(cp) || cp == 'm' || cp == 'w' ? 9 : 7;
  }
}
