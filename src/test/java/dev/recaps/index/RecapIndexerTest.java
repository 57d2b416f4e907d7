package dev.recaps.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer.Outcome;
import dev.recaps.model.Enrichment;
import dev.recaps.model.Evidence;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapIndexerTest {
  @TempDir Path dir;
  private final AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();

  private static Recap recap(String source, String title) {
    return new Recap(RecapIds.of(source), source, null, "local", title, "본문 " + title,
        List.of("들어가며"), "terry", LocalDate.of(2019, 12, 2), List.of("reinvent"), "ko", Map.of(),
        new Enrichment("AWS re:Invent", null, 2019, List.of(), List.of("finance"), List.of(),
            Map.of("year", new Evidence("2019", "title", "re:Invent 2019"))),
        null, false);
  }

  private int committedDocs() throws Exception {
    try (var d = FSDirectory.open(dir); var r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  @Test
  void reindexingTheSameRecapChangesNothing() throws Exception {
    try (RecapIndexer ix = RecapIndexer.open(dir, analyzers)) {
      assertEquals(Outcome.ADDED, ix.upsert(recap("corpus/a.txt", "A")));
      assertEquals(Outcome.UNCHANGED, ix.upsert(recap("corpus/a.txt", "A")));
      ix.commit();
    }
    try (RecapIndexer ix = RecapIndexer.open(dir, analyzers)) {
      assertEquals(Outcome.UNCHANGED, ix.upsert(recap("corpus/a.txt", "A")));
      assertEquals(Outcome.UPDATED, ix.upsert(recap("corpus/a.txt", "A, edited")));
      assertEquals(Outcome.ADDED, ix.upsert(recap("corpus/b.txt", "B")));
      ix.commit();
    }
    assertEquals(2, committedDocs());
  }

  @Test
  void storedRecapRoundTripsWithEvidence() throws Exception {
    Recap original = recap("corpus/a.txt", "A");
    try (RecapIndexer ix = RecapIndexer.open(dir, analyzers)) {
      ix.upsert(original);
      ix.commit();
    }
    try (var d = FSDirectory.open(dir); var r = DirectoryReader.open(d)) {
      Recap back = new RecapDocuments(IndexSchema.facetsConfig())
          .toRecap(r.storedFields().document(0), new RecapBodies(r).text(0));
      assertEquals(original, back);
    }
  }

  @Test
  void secondWriterIsToldWhoHoldsTheLock() throws Exception {
    try (RecapIndexer first = RecapIndexer.open(dir, analyzers)) {
      IndexLockedException e =
          assertThrows(IndexLockedException.class, () -> RecapIndexer.open(dir, analyzers));
      String pid = String.valueOf(ProcessHandle.current().pid());
      assertTrue(e.getMessage().startsWith("the index at " + dir + " is locked by another recaps process (pid " + pid),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("Wait for it to finish or stop it, or use another --data directory."));
    }
    try (RecapIndexer again = RecapIndexer.open(dir, analyzers)) {
      assertEquals(0, again.docCount());
    }
  }

  @Test
  void readOnlyIndexFolderIsAClearError() throws Exception {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as a user who can write anyway");
      var e = assertThrows(java.nio.file.AccessDeniedException.class, () -> RecapIndexer.open(ro, analyzers));
      assertEquals("the index folder is read-only; choose a writable data directory with --data DIR", e.getReason());
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void deletedRecapIsGoneAfterCommit() throws Exception {
    assertEquals(0, RecapIndexer.committedDocs(dir.resolve("missing")));
    try (RecapIndexer ix = RecapIndexer.open(dir, analyzers)) {
      ix.upsert(recap("corpus/a.txt", "A"));
      ix.upsert(recap("corpus/b.txt", "B"));
      assertEquals(0, RecapIndexer.committedDocs(dir)); // nothing committed yet
      ix.commit();
      assertEquals(2, RecapIndexer.committedDocs(dir));
      assertEquals(java.util.Set.of(RecapIds.of("corpus/b.txt")), ix.idsWhereSource(s -> s.endsWith("b.txt")));
      ix.delete(RecapIds.of("corpus/b.txt"));
      ix.commit();
    }
    assertEquals(1, committedDocs());
    assertEquals(1, RecapIndexer.committedDocs(dir));
  }
}
