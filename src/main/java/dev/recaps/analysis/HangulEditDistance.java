package dev.recaps.analysis;

/**
 * Levenshtein distance over code points with an upper bound, used by {@link Hangul} on keystroke
 * sequences: only the diagonal band of width {@code 2 × bound + 1} is computed and the scan stops
 * once a whole row exceeds the bound, so a typo check against a 10 000-character input stays linear.
 */
final class HangulEditDistance {

  private HangulEditDistance() {}

  /** The edit distance if it is at most {@code max}, otherwise some value greater than {@code max}. */
  static int distance(String a, String b, int max) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int band = Math.min(max, Math.max(x.length, y.length));
    int over = band + 1;
    if (Math.abs(x.length - y.length) > band) {
      return over;
    }
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j <= band ? j : over;
    }
    for (int i = 1; i <= x.length; i++) {
      int lo = Math.max(1, i - band);
      int hi = Math.min(y.length, i + band);
      cur[0] = i <= band ? i : over;
      cur[lo - 1] = lo > 1 ? over : cur[0];
      int rowMin = cur[lo - 1];
      for (int j = lo; j <= hi; j++) {
        int substitute = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        int value = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
        cur[j] = Math.min(value, over);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (hi < y.length) {
        cur[hi + 1] = over; // the next row reads one cell past this row's band
      }
      if (rowMin > band) {
        return over;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return prev[y.length];
  }
}
