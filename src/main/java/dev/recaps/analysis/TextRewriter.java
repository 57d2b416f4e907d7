package dev.recaps.analysis;

import java.util.List;

/** Finds the edits to apply to raw text before tokenization; run by {@link RewritingCharFilter}. */
@FunctionalInterface
interface TextRewriter {

  /** Non-overlapping replacements in ascending order of {@code start}. */
  List<Replacement> replacements(String text);

  /** Applies the replacements to a string, for callers that need no offsets. */
  default String rewrite(String text) {
    List<Replacement> edits = replacements(text);
    if (edits.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Replacement edit : edits) {
      out.append(text, last, edit.start()).append(edit.text());
      last = edit.end();
    }
    return out.append(text, last, text.length()).toString();
  }
}
