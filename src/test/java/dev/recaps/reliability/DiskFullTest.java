package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.SearchRequest;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an indexing run (injected through a failing Lucene directory at
 * several points of the run): the run fails with the disk's message, the previous commit stays
 * searchable and complete, and the next run on a healthy disk succeeds.
 */
class DiskFullTest {
  private static final int COMMITTED = 40;
  private static final int ADDED = 300;
  private static AnalyzerFactory analyzers;

  @TempDir Path tmp;

  @BeforeAll
  static void analyzers() {
    analyzers = AnalyzerFactory.withDefaults();
  }

  @Test
  void diskFullAtAnyPointKeepsThePreviousCommitSearchable() throws IOException {
    long needed = bytesWrittenBySecondRun(tmp.resolve("measure"));
    System.out.println("second run writes " + needed + " bytes");
    double[] shares = {0, 0.3, 0.95};
    for (double share : shares) {
      Path dir = tmp.resolve("share-" + share);
      indexBaseline(dir);
      long budget = (long) (needed * share);
      IOException failure = assertThrows(IOException.class, () -> secondRun(dir, budget),
          "a run on a disk with " + budget + " of " + needed + " bytes free must fail");
      assertTrue(causeChain(failure).contains("No space left on device"), causeChain(failure));
      assertEquals(COMMITTED, searchableDocs(dir), "documents after a failure at " + share);
      secondRun(dir, Long.MAX_VALUE);
      assertEquals(COMMITTED + ADDED, searchableDocs(dir), "documents after the retry");
    }
  }

  private static void indexBaseline(Path dir) throws IOException {
    try (RecapIndexer indexer = RecapIndexer.open(dir, analyzers)) {
      for (int n = 0; n < COMMITTED; n++) {
        indexer.upsert(GeneratedRecaps.recap(n, 120));
      }
      indexer.commit();
    }
  }

  private static long bytesWrittenBySecondRun(Path dir) throws IOException {
    indexBaseline(dir);
    return secondRun(dir, Long.MAX_VALUE).written();
  }

  /**
   * Updates a few committed recaps and adds new ones, then commits, as a re-run of index does, on
   * a disk with {@code budget} bytes free; returns the directory to tell how much it wrote.
   */
  private static FailingDirectory secondRun(Path dir, long budget) throws IOException {
    FailingDirectory failing = new FailingDirectory(FSDirectory.open(dir), budget);
    RecapIndexer indexer = RecapIndexer.open(failing, dir, analyzers);
    try {
      for (int n = 0; n < 10; n++) {
        indexer.upsert(GeneratedRecaps.recap(n, 150));
      }
      for (int n = COMMITTED; n < COMMITTED + ADDED; n++) {
        indexer.upsert(GeneratedRecaps.recap(n, 120));
      }
      indexer.commit();
    } finally {
      try {
        indexer.close();
      } catch (IOException | RuntimeException afterFailure) {
        // Closing after a failed commit fails the same way; the run's own error is what counts.
        if (!failing.exhausted()) {
          throw afterFailure;
        }
      }
    }
    return failing;
  }

  private static long searchableDocs(Path dir) throws IOException {
    try (RecapSearcher searcher =
        RecapSearcher.open(dir, analyzers, FieldBoosts.defaults(), TermExpander.NONE)) {
      assertEquals(searcher.stats().docs(), searcher.search(SearchRequest.of("")).total());
      assertTrue(searcher.search(SearchRequest.of("서버리스")).total() > 0);
      return searcher.stats().docs();
    }
  }

  private static String causeChain(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c).append(" <- ");
    }
    return b.toString();
  }
}
