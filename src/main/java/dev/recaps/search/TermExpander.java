package dev.recaps.search;

import java.util.Set;

/** Gives the equivalent spellings of a query word (Korean⇄English loanwords, aliases), at query time. */
@FunctionalInterface
public interface TermExpander {
  /** Equivalent forms of {@code word}, not including {@code word} itself; empty when none. */
  Set<String> equivalents(String word);

  TermExpander NONE = w -> Set.of();
}
