package dev.recaps.bench;

import java.util.Arrays;

/**
 * Throughput and latency of one closed-loop load run.
 *
 * @param requests answered requests in the measured window
 * @param errors requests that failed (exception, non-200 status)
 * @param firstError why the first failed request failed, or {@code null}
 */
record Latencies(long requests, long errors, double seconds, double qps, double p50Ms, double p99Ms,
    double maxMs, String firstError) {

  /** Summarizes per-request latencies (nanoseconds) measured over {@code seconds} of wall time. */
  static Latencies of(long[] nanos, long errors, String firstError, double seconds) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latencies(sorted.length, errors, seconds, sorted.length / seconds,
        percentileMs(sorted, 0.50), percentileMs(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, firstError);
  }

  /** Nearest-rank percentile. */
  static double percentileMs(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }
}
