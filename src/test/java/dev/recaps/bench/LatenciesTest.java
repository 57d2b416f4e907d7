package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRankInMilliseconds() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(i -> i * 1_000_000).toArray();
    Latencies l = Latencies.of(nanos, 3, "HTTP 500", 2.0);
    assertEquals(new Latencies(100, 3, 2.0, 50.0, 50.0, 99.0, 100.0, "HTTP 500"), l);
  }

  @Test
  void noAnswersGiveZeroesNotAnError() {
    assertEquals(new Latencies(0, 0, 1.0, 0.0, 0.0, 0.0, 0.0, null), Latencies.of(new long[0], 0, null, 1.0));
  }
}
