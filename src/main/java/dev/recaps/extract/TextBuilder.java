package dev.recaps.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Accumulates plain text from a document tree with the layout every recap uses: paragraphs
 * separated by a blank line, headings and list items on their own lines, code kept verbatim.
 */
final class TextBuilder {
  /** A heading with its level (1 to 6), in document order. */
  record Heading(int level, String text) {}

  private static final int NONE = 0;
  private static final int LINE = 1;
  private static final int PARAGRAPH = 2;

  private final StringBuilder out = new StringBuilder();
  private final List<Heading> headings = new ArrayList<>();
  private int pendingBreak = NONE;
  private boolean pendingSpace;

  /** Appends inline text; runs of whitespace (including no-break spaces) become one space. */
  void text(String s) {
    String cleaned = clean(s);
    if (cleaned.isEmpty()) {
      return;
    }
    boolean leading = Character.isWhitespace(cleaned.charAt(0));
    boolean trailing = Character.isWhitespace(cleaned.charAt(cleaned.length() - 1));
    String collapsed = cleaned.strip().replaceAll("\\s+", " ");
    if (collapsed.isEmpty()) {
      pendingSpace = true;
      return;
    }
    pendingSpace |= leading;
    emit(collapsed);
    pendingSpace = trailing;
  }

  /** Appends preformatted text (code) as its own block, keeping its line breaks. */
  void preformatted(String s) {
    String code = clean(s).replaceAll("[ \\t]+(?=\\n)|\\s+$", "").replaceAll("^\\n+", "");
    if (code.isBlank()) {
      return;
    }
    paragraphBreak();
    emit(code);
    paragraphBreak();
  }

  /** Records a heading and puts it on a line of its own. */
  void heading(int level, String s) {
    String h = clean(s).strip().replaceAll("\\s+", " ");
    if (h.isEmpty()) {
      return;
    }
    paragraphBreak();
    emit(h);
    paragraphBreak();
    headings.add(new Heading(level, h));
  }

  void lineBreak() {
    pendingBreak = Math.max(pendingBreak, LINE);
  }

  void paragraphBreak() {
    pendingBreak = PARAGRAPH;
  }

  List<Heading> headings() {
    return List.copyOf(headings);
  }

  /** The text with trailing spaces removed from lines and no more than one blank line in a row. */
  String build() {
    return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
  }

  private void emit(String s) {
    if (!out.isEmpty()) {
      if (pendingBreak == PARAGRAPH) {
        out.append("\n\n");
      } else if (pendingBreak == LINE) {
        out.append('\n');
      } else if (pendingSpace && !Character.isWhitespace(out.charAt(out.length() - 1))) {
        out.append(' ');
      }
    }
    out.append(s);
    pendingBreak = NONE;
    pendingSpace = false;
  }

  /** Drops zero-width characters (SmartEditor sprinkles U+200B) and turns no-break spaces into spaces. */
  private static String clean(String s) {
    return s.replaceAll("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]", "").replace('\u00A0', ' ').replace("\r\n", "\n");
  }
}
