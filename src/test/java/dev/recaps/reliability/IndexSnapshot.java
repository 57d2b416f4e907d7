package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.index.IndexSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What the last commit of an index holds, as id → fingerprint, after Lucene's own consistency
 * check; two runs that indexed the same sources must give equal snapshots.
 */
record IndexSnapshot(Map<String, String> fingerprints) {
  static final IndexSnapshot EMPTY = new IndexSnapshot(Map.of());

  /** Reads the last commit, asserting first that {@link CheckIndex} finds no problem. */
  static IndexSnapshot read(Path indexDir) throws IOException {
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return EMPTY;
      }
      checkClean(dir, indexDir);
      Map<String, String> out = new TreeMap<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFields stored = reader.storedFields();
        Bits live = MultiBits.getLiveDocs(reader);
        Set<String> fields = Set.of(IndexSchema.ID, IndexSchema.FINGERPRINT);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, fields);
            String previous = out.put(d.get(IndexSchema.ID), d.get(IndexSchema.FINGERPRINT));
            assertTrue(previous == null, "id " + d.get(IndexSchema.ID) + " is indexed twice");
          }
        }
      }
      return new IndexSnapshot(Map.copyOf(out));
    }
  }

  private static void checkClean(Directory dir, Path indexDir) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    // CheckIndex takes the write lock only when asked to fix; reading needs none.
    try (CheckIndex check = new CheckIndex(dir, org.apache.lucene.store.NoLockFactory.INSTANCE.obtainLock(dir, "check"))) {
      check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, () -> indexDir + " fails CheckIndex:\n" + log.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * Id → stored recap (JSON without the archive reference, which names a WARC offset that differs
   * from run to run) plus its body: what a reader sees of each recap.
   */
  static Map<String, String> content(Path indexDir) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, String> out = new TreeMap<>();
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      checkClean(dir, indexDir);
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document d = stored.document(doc);
          var recap = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(d.get(IndexSchema.RECAP_JSON));
          recap.remove("archiveRef");
          out.put(d.get(IndexSchema.ID), recap + "|" + d.get(IndexSchema.BODY));
        }
      }
    }
    return out;
  }

  int size() {
    return fingerprints.size();
  }

  /** Up to five recaps of {@code earlier} that are missing here or differ, for failure messages. */
  String differencesFrom(IndexSnapshot earlier) {
    StringBuilder b = new StringBuilder();
    earlier.fingerprints.entrySet().stream()
        .filter(e -> !e.getValue().equals(fingerprints.get(e.getKey())))
        .limit(5)
        .forEach(e -> b.append(e.getKey()).append(": ").append(e.getValue()).append(" → ")
            .append(fingerprints.get(e.getKey())).append("; "));
    return b.toString();
  }

  /** Whether every recap of {@code earlier} is here with the same content. */
  boolean contains(IndexSnapshot earlier) {
    return fingerprints.entrySet().containsAll(earlier.fingerprints.entrySet());
  }
}
