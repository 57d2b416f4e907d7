package dev.recaps.search;

/**
 * How many query words a recap must match: every word of a short query, a share of the words of a
 * longer one; a record so the relevance harness can try other values than the defaults.
 *
 * @param allRequiredUpTo queries with at most this many word groups require all of them
 * @param longQueryShare share of the groups (rounded up) a longer query requires, in (0, 1]
 */
public record MatchPolicy(int allRequiredUpTo, float longQueryShare) {

  public MatchPolicy {
    if (allRequiredUpTo < 0) {
      throw new IllegalArgumentException("allRequiredUpTo must be 0 or more, not " + allRequiredUpTo);
    }
    if (!(longQueryShare > 0f && longQueryShare <= 1f)) {
      throw new IllegalArgumentException(
          "longQueryShare must be above 0 and at most 1, not " + longQueryShare);
    }
  }

  /** The values chosen with the relevance harness (see docs/relevance.md). */
  public static MatchPolicy defaults() {
    return new MatchPolicy(LuceneQueryBuilder.ALL_REQUIRED_UP_TO, LuceneQueryBuilder.LONG_QUERY_SHARE);
  }

  /** How many of {@code groups} word groups must match. */
  public int required(int groups) {
    if (groups <= allRequiredUpTo) {
      return groups;
    }
    return (int) Math.ceil(groups * longQueryShare);
  }
}
