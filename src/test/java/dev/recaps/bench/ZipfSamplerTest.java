package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ZipfSamplerTest {
  @Test
  void rankOneIsDrawnAboutTwiceAsOftenAsRankTwo() {
    ZipfSampler z = new ZipfSampler(50, 1.0);
    SplittableRandom random = new SplittableRandom(1);
    int[] counts = new int[50];
    for (int i = 0; i < 200_000; i++) {
      counts[z.sample(random)]++;
    }
    double ratio = (double) counts[0] / counts[1];
    assertTrue(Math.abs(ratio - 2.0) < 0.1, "rank 1 / rank 2 = " + ratio);
    assertTrue(counts[49] > 0);
  }

  @Test
  void aSingleRankIsAlwaysDrawn() {
    assertEquals(0, new ZipfSampler(1, 1.0).sample(new SplittableRandom(3)));
  }
}
