package dev.recaps.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in metadata values and text, in the shapes Korean and English blogs use.
 *
 * <p>A timestamp with an offset keeps the date as the author saw it ({@code 2021-12-31T23:30+09:00}
 * is December 31): converting to UTC would move Korean evening posts to the previous day.
 */
final class DateParser {
  /** Years outside this range are taken as noise (version numbers, counts), not dates. */
  static final int MIN_YEAR = 1990;

  static final int MAX_YEAR = 2100;

  private static final String MONTHS =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  private static final Map<String, Integer> MONTH_NUMBERS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** Each shape with the group numbers of year, month and day. */
  private record Shape(Pattern pattern, int year, int month, int day) {}

  private static final List<Shape> SHAPES =
      List.of(
          // 2021-12-31, 2021/12/31, 2021.12.31, 2021-12-31 21:28:31, 2021-12-31T21:28:31+09:00
          new Shape(
              Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"), 1, 2, 3),
          // 2024년 12월 16일
          new Shape(Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일"), 1, 2, 3),
          // 2024. 12. 16.
          new Shape(
              Pattern.compile("(?<!\\d)(\\d{4})\\.\\s+(\\d{1,2})\\.\\s+(\\d{1,2})(?!\\d)"), 1, 2, 3),
          // Dec 16, 2024 / December 16th 2024
          new Shape(
              Pattern.compile(
                  "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
                  Pattern.CASE_INSENSITIVE),
              3, 1, 2),
          // 16 December 2024
          new Shape(
              Pattern.compile(
                  "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b",
                  Pattern.CASE_INSENSITIVE),
              3, 2, 1));

  private DateParser() {}

  /** Returns the earliest-positioned valid date in {@code s}, or {@code null}. */
  static LocalDate find(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern.matcher(s);
      while (m.find() && m.start() < bestStart) {
        LocalDate d = toDate(m.group(shape.year), m.group(shape.month), m.group(shape.day));
        if (d != null) {
          best = d;
          bestStart = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static LocalDate toDate(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return null;
    }
    Integer mo = month.chars().allMatch(Character::isDigit) ? Integer.valueOf(month) : monthOf(month);
    if (mo == null) {
      return null;
    }
    try {
      return LocalDate.of(y, mo, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null; // 2021-02-30 is a typo or not a date at all
    }
  }

  private static Integer monthOf(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer exact = MONTH_NUMBERS.get(key);
    return exact != null ? exact : MONTH_NUMBERS.get(key.substring(0, Math.min(3, key.length())));
  }
}
