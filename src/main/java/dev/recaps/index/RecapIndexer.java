package dev.recaps.index;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The single writer of the recap index: adds or updates recaps by id, skips unchanged ones, prunes
 * vanished ones, and commits; closing it releases the lock for the next writer.
 */
public final class RecapIndexer implements AutoCloseable {
  /** Written next to the Lucene lock so a second writer can say who holds it. */
  static final String OWNER_FILE = "writer.owner";

  /** What happened to one recap. */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  private final Path indexDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final RecapDocuments documents;
  private DirectoryReader reader;
  /**
   * Fingerprints written since the last commit (null for a deletion), so that looking up a recap
   * does not reopen the near-real-time reader per document: each reopen flushes a one-document
   * segment, which made a run write and merge ~30 times the index size.
   */
  private final Map<String, String> pendingFingerprints = new ConcurrentHashMap<>();
  private volatile boolean deletedAll;

  /** Marks a deletion in {@link #pendingFingerprints} (a concurrent map holds no nulls). */
  private static final String DELETED = "";

  private RecapIndexer(Path indexDir, Directory directory, IndexWriter writer, FacetsConfig config) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.writer = writer;
    this.documents = new RecapDocuments(config);
  }

  /**
   * Opens (or creates) the index under {@code indexDir} for writing.
   *
   * @throws IndexLockedException when another process is writing to it
   */
  public static RecapIndexer open(Path indexDir, AnalyzerFactory analyzers) throws IOException {
    try {
      Files.createDirectories(indexDir);
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(
          indexDir.toString(), null, "cannot create the index folder (permission denied)");
    }
    if (!Files.isWritable(indexDir)) {
      throw new AccessDeniedException(
          indexDir.toString(), null,
          "the index folder is read-only; choose a writable data directory with --data DIR");
    }
    return open(FSDirectory.open(indexDir), indexDir, analyzers);
  }

  /**
   * Opens (or creates) the index in {@code directory}, which lives at {@code indexDir} and is closed
   * with the indexer (or here, if opening fails). The seam for tests that inject I/O failures.
   *
   * @throws IndexLockedException when another process is writing to it
   */
  public static RecapIndexer open(Directory directory, Path indexDir, AnalyzerFactory analyzers)
      throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig(fieldAnalyzer(analyzers));
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(64);
    try {
      IndexWriter w = new IndexWriter(directory, iwc);
      writeOwner(indexDir);
      return new RecapIndexer(indexDir, directory, w, IndexSchema.facetsConfig());
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexLockedException(lockMessage(indexDir), e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The analyzer used for every analyzed field: the one Korean+English text chain. */
  static PerFieldAnalyzerWrapper fieldAnalyzer(AnalyzerFactory analyzers) {
    return new PerFieldAnalyzerWrapper(analyzers.text(), Map.of());
  }

  private static void writeOwner(Path indexDir) throws IOException {
    String owner =
        "pid " + ProcessHandle.current().pid() + " ("
            + ManagementFactory.getRuntimeMXBean().getName() + "), since " + Instant.now()
            + ", command: " + ProcessHandle.current().info().commandLine().orElse("recaps");
    Path tmp = indexDir.resolve(OWNER_FILE + ".tmp");
    Files.writeString(tmp, owner, StandardCharsets.UTF_8);
    Files.move(tmp, indexDir.resolve(OWNER_FILE), StandardCopyOption.REPLACE_EXISTING);
  }

  static String lockMessage(Path indexDir) {
    String who = "another recaps process";
    try {
      Path owner = indexDir.resolve(OWNER_FILE);
      if (Files.exists(owner)) {
        who = "another recaps process (" + Files.readString(owner, StandardCharsets.UTF_8).strip() + ")";
      }
    } catch (IOException ignored) {
      // The owner note is a courtesy; the lock itself is what protects the index.
    }
    return "the index at " + indexDir + " is locked by " + who
        + " (lock file " + indexDir.resolve(IndexWriter.WRITE_LOCK_NAME)
        + "). Wait for it to finish or stop it, or use another --data directory.";
  }

  /**
   * Adds the recap, replaces an older version with the same id, or leaves an identical one alone.
   * Safe to call from several threads at once; commits, deletes and counts must not overlap with it.
   */
  public Outcome upsert(Recap recap) throws IOException {
    String fingerprint = documents.fingerprint(recap);
    String existing = storedFingerprint(recap.id());
    if (fingerprint.equals(existing)) {
      return Outcome.UNCHANGED;
    }
    Document doc = documents.toDocument(recap);
    writer.updateDocument(new Term(IndexSchema.ID, recap.id()), doc);
    pendingFingerprints.put(recap.id(), fingerprint);
    return existing == null ? Outcome.ADDED : Outcome.UPDATED;
  }

  private String storedFingerprint(String id) throws IOException {
    String pending = pendingFingerprints.get(id);
    if (pending != null) {
      return pending == DELETED ? null : pending;
    }
    if (deletedAll) {
      return null;
    }
    DirectoryReader r = lookupReader();
    if (r == null) {
      return null;
    }
    IndexSearcher s = new IndexSearcher(r);
    TopDocs top = s.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return r.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexSchema.FINGERPRINT))
        .get(IndexSchema.FINGERPRINT);
  }

  // The reader fingerprints are looked up in: opened once per commit, shared by concurrent upserts.
  private synchronized DirectoryReader lookupReader() throws IOException {
    if (reader == null) {
      reader = DirectoryReader.open(writer);
    }
    return reader.maxDoc() == 0 ? null : reader;
  }

  // A near-real-time reader sees this run's uncommitted updates, for pruning and counting.
  private synchronized DirectoryReader currentReader() throws IOException {
    if (reader == null) {
      reader = DirectoryReader.open(writer);
    } else {
      DirectoryReader changed = DirectoryReader.openIfChanged(reader, writer);
      if (changed != null) {
        reader.close();
        reader = changed;
      }
    }
    return reader.maxDoc() == 0 ? null : reader;
  }

  /** Deletes one recap by id. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(IndexSchema.ID, id));
    pendingFingerprints.put(id, DELETED);
  }

  /** Ids of all indexed recaps whose source satisfies the predicate (for pruning vanished files). */
  public Set<String> idsWhereSource(Predicate<String> sourceTest)
      throws IOException {
    Set<String> ids = new HashSet<>();
    DirectoryReader r = currentReader();
    if (r == null) {
      return ids;
    }
    StoredFields stored = r.storedFields();
    Set<String> wanted = Set.of(IndexSchema.ID, IndexSchema.SOURCE);
    Bits live = MultiBits.getLiveDocs(r);
    for (int doc = 0; doc < r.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = stored.document(doc, wanted);
      if (sourceTest.test(d.get(IndexSchema.SOURCE))) {
        ids.add(d.get(IndexSchema.ID));
      }
    }
    return ids;
  }

  /**
   * Live documents in the latest commit of {@code indexDir}, 0 when there is none; reads the
   * commit point only (no writer, no lock), so a server start can skip opening a writer.
   */
  public static long committedDocs(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return 0;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
      long live = 0;
      for (SegmentCommitInfo info : infos) {
        live += info.info.maxDoc() - info.getDelCount() - info.getSoftDelCount();
      }
      return live;
    }
  }

  /** Number of live documents including uncommitted changes. */
  public int docCount() throws IOException {
    DirectoryReader r = currentReader();
    return r == null ? 0 : r.numDocs();
  }

  /** Makes every change so far durable and visible to readers. */
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(IndexSchema.COMMITTED_AT, Instant.now().toString()).entrySet());
    writer.commit();
    pendingFingerprints.clear();
    deletedAll = false;
    currentReader();
  }

  /** Drops every document (for a full rebuild). */
  public void deleteAll() throws IOException {
    writer.deleteAll();
    pendingFingerprints.clear();
    deletedAll = true;
  }

  public Path indexDir() {
    return indexDir;
  }

  @Override
  public void close() throws IOException {
    try {
      if (reader != null) {
        reader.close();
      }
      writer.close();
      Files.deleteIfExists(indexDir.resolve(OWNER_FILE));
    } finally {
      directory.close();
    }
  }
}
