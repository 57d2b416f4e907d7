package dev.recaps.bench;

/**
 * Counts latencies in log-linear buckets (64 per power of two, so a value is kept within 1.6 %),
 * in constant memory however many requests a load run sends.
 */
final class LatencyHistogram {
  private static final int SUB_BITS = 6;
  private static final int SUB_BUCKETS = 1 << SUB_BITS;
  private final long[] counts = new long[SUB_BUCKETS * SUB_BUCKETS];
  private long total;
  private long max;

  void record(long nanos) {
    long v = Math.max(0, nanos);
    counts[index(v)]++;
    total++;
    max = Math.max(max, v);
  }

  void add(LatencyHistogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
    max = Math.max(max, other.max);
  }

  long total() {
    return total;
  }

  long maxNanos() {
    return max;
  }

  /** Nearest-rank percentile (0 < p ≤ 1) in nanoseconds, as the middle of its bucket; 0 when empty. */
  double percentileNanos(double p) {
    if (total == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(p * total));
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.min(max, middle(i));
      }
    }
    return max;
  }

  static int index(long v) {
    if (v < SUB_BUCKETS) {
      return (int) v;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(v);
    int sub = (int) ((v >>> (exponent - SUB_BITS)) & (SUB_BUCKETS - 1));
    return (exponent - SUB_BITS + 1) * SUB_BUCKETS + sub;
  }

  static double middle(int index) {
    if (index < SUB_BUCKETS) {
      return index;
    }
    int exponent = index / SUB_BUCKETS + SUB_BITS - 1;
    int sub = index % SUB_BUCKETS;
    long width = 1L << (exponent - SUB_BITS);
    long lower = (long) (SUB_BUCKETS + sub) << (exponent - SUB_BITS);
    return lower + (width - 1) / 2.0;
  }
}
