package dev.recaps.bench;

/**
 * Throughput and latency of one closed-loop load run.
 *
 * @param requests answered requests in the measured window
 * @param errors requests that failed (exception, non-200 status)
 * @param firstError why the first failed request failed, or {@code null}
 */
record Latencies(long requests, long errors, double seconds, double qps, double p50Ms, double p99Ms,
    double maxMs, String firstError) {

  /** Summarizes the answered requests of a run measured over {@code seconds} of wall time. */
  static Latencies of(LatencyHistogram h, long errors, String firstError, double seconds) {
    return new Latencies(h.total(), errors, seconds, h.total() / seconds, h.percentileNanos(0.50) / 1e6,
        h.percentileNanos(0.99) / 1e6, h.maxNanos() / 1e6, firstError);
  }
}
