package dev.recaps.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds calendar-style link traps (next month, next month, ... forever): a link-discovered URL is
 * refused when it names a year-month far outside blogging history, or when too many URLs of one
 * path shape (digits folded) were admitted already. Depth is the third bound, kept by the crawler.
 */
final class TrapGuard {
  /** Earliest year a recap blog plausibly links to; calendars before it are traps. */
  static final int FIRST_PLAUSIBLE_YEAR = 1990;

  private static final Pattern YEAR_MONTH =
      Pattern.compile("(?<![0-9])([0-9]{4})[-/_.]([0-9]{1,2})(?![0-9])");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final int maxPerPattern;
  private final int lastPlausibleYear;
  private final Map<String, Integer> perPattern = new HashMap<>();

  TrapGuard(int maxPerPattern, int currentYear) {
    this.maxPerPattern = maxPerPattern;
    this.lastPlausibleYear = currentYear + 1;
  }

  /** Counts the URL against its path shape; false when it looks like a trap and must be skipped. */
  boolean admit(String url) {
    URI uri = URI.create(url);
    String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    if (hasImplausibleDate(pathAndQuery)) {
      return false;
    }
    String shape = uri.getRawAuthority() + DIGITS.matcher(pathAndQuery).replaceAll("N");
    int count = perPattern.merge(shape, 1, Integer::sum);
    return count <= maxPerPattern;
  }

  private boolean hasImplausibleDate(String pathAndQuery) {
    Matcher m = YEAR_MONTH.matcher(pathAndQuery);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12 && (year < FIRST_PLAUSIBLE_YEAR || year > lastPlausibleYear)) {
        return true;
      }
    }
    return false;
  }
}
