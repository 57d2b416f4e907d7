package dev.recaps.web;

import java.util.Optional;

/**
 * The archived copy of a recap's original page as cleaned plain text; the web layer shows it as
 * escaped text so nothing from the original markup (scripts, styles, trackers) ever reaches a
 * reader.
 */
@FunctionalInterface
public interface ArchivedPages {
  /** Cleaned main text of the archived original of recap {@code id}, or empty when none is kept. */
  Optional<String> cleanedText(String id);

  /** No archive: the archived view falls back to the indexed text. */
  ArchivedPages NONE = id -> Optional.empty();
}
