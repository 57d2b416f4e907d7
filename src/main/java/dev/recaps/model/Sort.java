package dev.recaps.model;

import java.util.Locale;

/** Result order: best match first, or newest publication first. */
public enum Sort {
  RELEVANCE,
  NEWEST;

  /** Parses {@code relevance} or {@code newest}, ignoring case. */
  public static Sort parse(String s) {
    try {
      return Sort.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidRequestException("sort must be 'relevance' or 'newest', not '" + s + "'");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
