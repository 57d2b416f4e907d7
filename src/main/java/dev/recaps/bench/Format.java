package dev.recaps.bench;

import java.util.Locale;

/** Human-readable numbers for the results table. */
final class Format {
  private Format() {}

  static String num(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  static String charsPerSecond(IndexingBench.Run r) {
    return num(r.charsPerSecond() / 1e6) + " M chars/s (" + num(r.seconds()) + " s, " + num(r.cpuSeconds())
        + " CPU s)";
  }

  static String load(Latencies l) {
    return num(l.qps()) + " QPS, p50 " + num(l.p50Ms()) + " ms, p99 " + num(l.p99Ms()) + " ms"
        + (l.errors() > 0 ? ", " + l.errors() + " errors" : "");
  }

  static String mb(long bytes) {
    return num(bytes / (1024.0 * 1024.0)) + " MB";
  }
}
