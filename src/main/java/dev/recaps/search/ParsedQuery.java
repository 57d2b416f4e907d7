package dev.recaps.search;

import java.util.List;

/**
 * The structure of a user's query: AND-ed groups of OR-ed clauses, plus exclusions.
 *
 * @param groups every group must match; a group matches when any of its clauses does
 * @param excluded clauses that must not match ({@code -word}, {@code -"a phrase"})
 * @param notices what the parser changed, in the user's terms (e.g. the query was cut)
 */
public record ParsedQuery(List<List<Clause>> groups, List<Clause> excluded, List<String> notices) {

  /** Kinds of clause the syntax knows. */
  public enum Kind {
    WORD,
    PHRASE,
    PREFIX,
    YEAR_RANGE
  }

  /**
   * One clause.
   *
   * @param field {@code null} for all text fields, else one of {@link QuerySyntax#FIELDS}
   * @param text the word, phrase or prefix text (for years: {@code "2019"})
   * @param from first year of a range (inclusive) for {@link Kind#YEAR_RANGE}
   * @param to last year of a range (inclusive)
   */
  public record Clause(Kind kind, String field, String text, int from, int to) {
    static Clause word(String field, String text) {
      return new Clause(Kind.WORD, field, text, 0, 0);
    }

    static Clause phrase(String field, String text) {
      return new Clause(Kind.PHRASE, field, text, 0, 0);
    }

    static Clause prefix(String field, String text) {
      return new Clause(Kind.PREFIX, field, text, 0, 0);
    }

    static Clause years(int from, int to) {
      return new Clause(Kind.YEAR_RANGE, "year", from + ".." + to, from, to);
    }
  }

  public boolean isEmpty() {
    return groups.isEmpty() && excluded.isEmpty();
  }

  /** All positive clauses, in order, for highlighting and typing aids. */
  public List<Clause> positiveClauses() {
    return groups.stream().flatMap(List::stream).toList();
  }
}
