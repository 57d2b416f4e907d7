package dev.recaps.analysis;

/**
 * Replace the input chars {@code [start, end)} with {@code text}; what a {@link TextRewriter} returns.
 *
 * @param start first input char replaced
 * @param end one past the last input char replaced ({@code end == start} inserts)
 * @param text the replacement, possibly empty (a deletion)
 */
record Replacement(int start, int end, String text) {

  Replacement {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad replacement range [" + start + ", " + end + ")");
    }
  }
}
