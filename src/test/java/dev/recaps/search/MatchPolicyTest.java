package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class MatchPolicyTest {
  @Test
  void shortQueriesRequireEveryGroupAndLongOnesARoundedUpShare() {
    MatchPolicy p = new MatchPolicy(3, 0.75f);
    assertEquals(1, p.required(1));
    assertEquals(3, p.required(3));
    assertEquals(3, p.required(4));
    assertEquals(4, p.required(5));
    assertEquals(8, p.required(10));
  }

  @Test
  void defaultsAreTheQueryBuilderConstants() {
    assertEquals(new MatchPolicy(LuceneQueryBuilder.ALL_REQUIRED_UP_TO, LuceneQueryBuilder.LONG_QUERY_SHARE),
        MatchPolicy.defaults());
  }

  @Test
  void aShareOutsideZeroToOneIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MatchPolicy(3, 1.5f));
    assertEquals("longQueryShare must be above 0 and at most 1, not 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MatchPolicy(-1, 0.5f));
  }
}
