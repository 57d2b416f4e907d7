package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankWithinTheHistogramPrecision() {
    LatencyHistogram h = new LatencyHistogram();
    for (int ms = 1; ms <= 100; ms++) {
      h.record(ms * 1_000_000L);
    }
    Latencies l = Latencies.of(h, 3, "HTTP 500", 2.0);
    assertEquals(100, l.requests());
    assertEquals(50.0, l.qps());
    assertEquals(50.0, l.p50Ms(), 50.0 * 0.016);
    assertEquals(99.0, l.p99Ms(), 99.0 * 0.016);
    assertEquals(100.0, l.maxMs());
    assertEquals("HTTP 500", l.firstError());
  }

  @Test
  void noAnswersGiveZeroesNotAnError() {
    assertEquals(new Latencies(0, 0, 1.0, 0.0, 0.0, 0.0, 0.0, null), Latencies.of(new LatencyHistogram(), 0, null, 1.0));
  }
}
