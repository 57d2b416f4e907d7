package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.cli.RecapsCommand;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.SearchRequest;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-lived searcher that refreshes every 200 ms, as {@code recaps serve} does, answers queries
 * from several threads while another JVM writes to the same index: no query fails, every count it
 * sees is one that was committed, and a new commit is visible within two seconds.
 */
class ReindexWhileServingTest {
  private static final int BASELINE = 400;
  private static final int ADDED = 300;
  private static final int QUERY_THREADS = 4;
  private static final int REBUILT = 200;

  @TempDir Path tmp;

  @Test
  void queriesNeverFailNorSeeUncommittedStateWhileAnotherProcessIndexes() throws Exception {
    Path data = tmp.resolve("data");
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    indexBaseline(data.resolve("index"), analyzers);
    Path corpus = tmp.resolve("corpus");
    GeneratedRecaps.writeMarkdown(corpus, ADDED, 60);

    try (RecapSearcher searcher = RecapSearcher.open(data.resolve("index"), analyzers,
        FieldBoosts.defaults(), TermExpander.NONE);
        Serving serving = new Serving(searcher)) {
      RecapsProcess index = RecapsProcess.start(tmp.resolve("logs"), "index", "--data",
          data.toString(), corpus.toString());
      assertEquals(0, index.waitFor(300), index.stderr());
      serving.millisUntilCount(BASELINE + ADDED, 10_000);
      long pickupMillis = serving.firstSeen.get(BASELINE + ADDED) - commitFileTime(data.resolve("index"));
      Thread.sleep(500);
      serving.stop();
      System.out.printf("reindex while serving: %d queries, %d failed, counts seen %s, new commit"
          + " visible %d ms after it was made%n", serving.queries.get(), serving.failures.size(),
          serving.counts.keySet(), pickupMillis);
      assertEquals(List.of(), List.copyOf(serving.failures));
      assertEquals(Set.of(BASELINE, BASELINE + ADDED), serving.counts.keySet(),
          "only committed counts may be seen (one commit: fewer than 1,000 new files)");
      assertTrue(pickupMillis <= 2_000, "new commit seen after " + pickupMillis + " ms");
    }
  }

  @Test
  void reindexSwitchesAtomically() throws Exception {
    Assumptions.assumeTrue(RecapsCommand.commandLine().getSubcommands().containsKey("reindex"),
        "recaps reindex does not exist yet; its atomic switch is tested once it lands");
    Path data = tmp.resolve("data");
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    Path corpus = tmp.resolve("corpus");
    GeneratedRecaps.writeMarkdown(corpus, ADDED, 60);
    RecapsProcess first = RecapsProcess.start(tmp.resolve("logs"), "index", "--data",
        data.toString(), corpus.toString());
    assertEquals(0, first.waitFor(300), first.stderr());
    try (RecapSearcher searcher = RecapSearcher.open(data.resolve("index"), analyzers,
        FieldBoosts.defaults(), TermExpander.NONE);
        Serving serving = new Serving(searcher)) {
      Path rebuilt = tmp.resolve("rebuilt");
      GeneratedRecaps.writeMarkdown(rebuilt, REBUILT, 60);
      RecapsProcess reindex = RecapsProcess.start(tmp.resolve("logs"), "reindex", "--data",
          data.toString(), "--corpus", rebuilt.toString());
      assertEquals(0, reindex.waitFor(300), reindex.stderr());
      serving.millisUntilCount(REBUILT, 10_000);
      Thread.sleep(500);
      serving.stop();
      System.out.printf("reindex switch: %d queries, %d failed, counts seen %s%n",
          serving.queries.get(), serving.failures.size(), serving.counts.keySet());
      assertEquals(List.of(), List.copyOf(serving.failures));
      assertEquals(Set.of(ADDED, REBUILT), serving.counts.keySet(),
          "only the old and the rebuilt index may be seen, nothing half-built");
    }
  }

  /** When the newest commit point became visible: Lucene writes segments_N last, atomically. */
  private static long commitFileTime(Path indexDir) throws java.io.IOException {
    try (var files = java.nio.file.Files.list(indexDir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("segments_"))
          .mapToLong(f -> f.toFile().lastModified())
          .max()
          .orElseThrow();
    }
  }

  private static void indexBaseline(Path indexDir, AnalyzerFactory analyzers) throws Exception {
    try (RecapIndexer indexer = RecapIndexer.open(indexDir, analyzers)) {
      for (int n = 0; n < BASELINE; n++) {
        indexer.upsert(GeneratedRecaps.recap(100_000 + n, 60));
      }
      indexer.commit();
    }
  }

  /** Query threads plus a refresher, recording failures and every total the match-all query saw. */
  static final class Serving implements AutoCloseable {
    final AtomicLong queries = new AtomicLong();
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    final Map<Integer, Long> counts = new ConcurrentHashMap<>();
    final Map<Integer, Long> firstSeen = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(QUERY_THREADS + 1);
    private final RecapSearcher searcher;

    Serving(RecapSearcher searcher) {
      this.searcher = searcher;
      pool.scheduleWithFixedDelay(() -> guarded(searcher::refresh), 200, 200, TimeUnit.MILLISECONDS);
      for (int t = 0; t < QUERY_THREADS; t++) {
        int thread = t;
        pool.execute(() -> {
          for (long i = thread; running.get(); i++) {
            long step = i;
            guarded(() -> ask(step));
            // A breath between queries leaves the indexing JVM a core on a two-core machine.
            guarded(() -> Thread.sleep(1));
          }
        });
      }
    }

    private void ask(long step) throws Exception {
      queries.incrementAndGet();
      switch ((int) (step % 4)) {
        case 0 -> {
          long total = searcher.search(SearchRequest.of("")).total();
          firstSeen.putIfAbsent((int) total, System.currentTimeMillis());
          counts.merge((int) total, 1L, Long::sum);
        }
        case 1 -> searcher.search(SearchRequest.of("서버리스 keynote"));
        case 2 -> searcher.suggest("쿠버", 8);
        default -> searcher.search(new SearchRequest("kubernetes",
            Map.of("year", List.of("2019", "2021")), null, 2, 10, true));
      }
    }

    private void guarded(ThrowingRunnable action) {
      try {
        action.run();
      } catch (Throwable t) {
        failures.add(t.toString());
      }
    }

    long millisUntilCount(int expected, long timeoutMillis) throws InterruptedException {
      long start = System.nanoTime();
      while (!counts.containsKey(expected)) {
        assertTrue((System.nanoTime() - start) / 1_000_000 < timeoutMillis,
            "count " + expected + " never seen; seen " + counts.keySet());
        Thread.sleep(10);
      }
      return (System.nanoTime() - start) / 1_000_000;
    }

    void stop() throws InterruptedException {
      running.set(false);
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "query threads did not stop");
    }

    @Override
    public void close() throws InterruptedException {
      if (running.get()) {
        stop();
      }
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
