package dev.recaps.extract;

import java.time.LocalDate;

/**
 * Finds the publication date in a byline near the top of a text ({@code Simon Kim·2024년 12월 16일},
 * {@code Posted on Dec 16, 2024}), the last resort when no metadata states one.
 *
 * <p>Only short lines count: a date inside a long opening paragraph is usually the event's date
 * ("2019년 12월 1일부터 6일까지 라스베가스에서…"), not the post's.
 */
final class BylineDate {
  /** Lines examined from the top, counting only non-empty ones. */
  static final int MAX_LINES = 8;

  /** A byline is at most this long. */
  static final int MAX_BYLINE_CHARS = 80;

  private BylineDate() {}

  static LocalDate find(String text) {
    int seen = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (++seen > MAX_LINES) {
        break;
      }
      if (l.length() <= MAX_BYLINE_CHARS) {
        LocalDate d = DateParser.find(l);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }
}
