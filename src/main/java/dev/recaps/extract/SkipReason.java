package dev.recaps.extract;

import java.util.Locale;

/** Why a file or page was not turned into a recap, counted per reason in run summaries. */
public enum SkipReason {
  EMPTY,
  BINARY,
  TOO_LARGE,
  UNSUPPORTED_TYPE,
  NOT_AN_ARTICLE,
  UNREADABLE;

  /** Lower-case words for summaries such as {@code skipped 3 (2 empty, 1 too large)}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
