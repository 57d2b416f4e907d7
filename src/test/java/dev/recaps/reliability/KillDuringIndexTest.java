package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recaps index} killed with SIGKILL at random points, several times, then run to the end:
 * after every kill the index passes Lucene's CheckIndex and still holds every recap of the commit
 * before, and the final index equals the one an uninterrupted run builds (ids and fingerprints).
 */
class KillDuringIndexTest {
  static final int FILES = Integer.getInteger("recaps.reliability.killFiles", 1_500);
  static final int KILLS = Integer.getInteger("recaps.reliability.kills", 4);

  @TempDir Path tmp;

  @Test
  void sigkillAtRandomPointsLosesNoCommittedRecap() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedRecaps.writeMarkdown(corpus, FILES, 40);
    long seed = System.nanoTime();
    Random random = new Random(seed);

    long started = System.nanoTime();
    RecapsProcess reference = RecapsProcess.start(tmp.resolve("logs"), "index", "--data",
        tmp.resolve("reference").toString(), corpus.toString());
    assertEquals(0, reference.waitFor(300), reference.stderr());
    long cleanMillis = (System.nanoTime() - started) / 1_000_000;
    IndexSnapshot expected = IndexSnapshot.read(tmp.resolve("reference/index"));
    assertEquals(FILES, expected.size(), reference.stdout());

    Path data = tmp.resolve("data");
    IndexSnapshot previous = IndexSnapshot.EMPTY;
    int killedMidRun = 0;
    for (int k = 0; k < KILLS; k++) {
      RecapsProcess run = RecapsProcess.start(tmp.resolve("logs"), "index", "--data",
          data.toString(), corpus.toString());
      // Kill within the first 70 % of a clean run's time: a resumed run is about as long (every
      // file is still extracted and enriched to compare fingerprints), so the kill lands mid-run.
      long delay = 300 + (long) (random.nextDouble() * Math.max(0, cleanMillis * 0.7 - 300));
      Thread.sleep(delay);
      if (run.isAlive()) {
        run.kill();
        killedMidRun++;
      } else {
        assertEquals(0, run.waitFor(10), run.stderr());
      }
      IndexSnapshot now = IndexSnapshot.read(data.resolve("index"));
      String where = "kill " + (k + 1) + " after " + delay + " ms (seed " + seed + ")";
      assertTrue(now.contains(previous),
          where + ": a committed recap was lost or changed: " + now.differencesFrom(previous));
      assertTrue(expected.contains(now),
          where + ": a recap differs from the clean run: " + expected.differencesFrom(now));
      previous = now;
    }
    RecapsProcess last = RecapsProcess.start(tmp.resolve("logs"), "index", "--data",
        data.toString(), corpus.toString());
    assertEquals(0, last.waitFor(300), last.stderr());
    IndexSnapshot resumed = IndexSnapshot.read(data.resolve("index"));
    assertEquals(expected.size(), resumed.size(), "recaps after the kills and a last run");
    assertTrue(resumed.contains(expected), "differs from the clean run: " + resumed.differencesFrom(expected));
    assertNotEquals(0, killedMidRun, "no kill hit a running indexer; the test proved nothing");
    System.out.printf("kill test: %d files, clean run %d ms, %d of %d kills mid-run, seed %d%n",
        FILES, cleanMillis, killedMidRun, KILLS, seed);
    assertTrue(Files.exists(data.resolve("index")));
  }
}
