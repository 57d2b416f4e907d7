package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
  @Test
  void smallValuesAreExact() {
    for (long v = 0; v < 128; v++) {
      assertEquals(v, LatencyHistogram.middle(LatencyHistogram.index(v)), 0.0);
    }
  }

  @Test
  void everyValueStaysWithinOnePointSixPercent() {
    for (long v = 128; v < 1L << 40; v = v * 3 / 2 + 7) {
      double kept = LatencyHistogram.middle(LatencyHistogram.index(v));
      assertTrue(Math.abs(kept - v) / v <= 0.016, v + " kept as " + kept);
    }
  }

  @Test
  void mergedHistogramsCountEverything() {
    LatencyHistogram a = new LatencyHistogram();
    LatencyHistogram b = new LatencyHistogram();
    a.record(10);
    b.record(20);
    b.record(30);
    a.add(b);
    assertEquals(3, a.total());
    assertEquals(30, a.maxNanos());
    assertEquals(20.0, a.percentileNanos(0.5), 0.0);
  }
}
