package dev.recaps.cli;

import dev.recaps.enrich.Enricher;
import dev.recaps.extract.Extraction;
import dev.recaps.extract.ExtractionException;
import dev.recaps.extract.FileExtractor;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Indexes local files and folders: extract → enrich → index, one file at a time, counting what
 * was skipped or failed instead of stopping, and committing periodically so a crash loses little.
 */
final class CorpusIndexer {
  /** Documents between intermediate commits. */
  static final int COMMIT_EVERY = 500;

  private final FileExtractor extractor;
  private final Enricher enricher;
  private final RecapIndexer indexer;
  private final PrintWriter err;
  private final boolean commits;
  private final int threads;

  CorpusIndexer(FileExtractor extractor, Enricher enricher, RecapIndexer indexer, PrintWriter err) {
    this(extractor, enricher, indexer, err, true, DEFAULT_THREADS);
  }

  /** Worker threads by default: one per core. */
  static final int DEFAULT_THREADS = Runtime.getRuntime().availableProcessors();

  /**
   * @param commits commit periodically and at the end; {@code false} when the caller publishes
   *     everything in one commit (a full rebuild)
   */
  CorpusIndexer(FileExtractor extractor, Enricher enricher, RecapIndexer indexer, PrintWriter err,
      boolean commits) {
    this(extractor, enricher, indexer, err, commits, DEFAULT_THREADS);
  }

  CorpusIndexer(FileExtractor extractor, Enricher enricher, RecapIndexer indexer, PrintWriter err,
      boolean commits, int threads) {
    this.extractor = extractor;
    this.enricher = enricher;
    this.indexer = indexer;
    this.err = err;
    this.commits = commits;
    this.threads = Math.max(1, threads);
  }

  /** One file to index and the folder its id is relative to. */
  record Source(Path base, Path file) {}

  /**
   * Lists the supported files under the paths; a path that does not exist is a run-level error.
   * Ids are relative to the parent of each given folder, so {@code corpus/a.md} keeps its id
   * whether {@code corpus/} or the file itself is indexed.
   */
  static List<Source> collect(List<Path> paths) throws IOException {
    List<Source> out = new ArrayList<>();
    for (Path given : paths) {
      Path p = given.toAbsolutePath().normalize();
      if (!Files.exists(p)) {
        throw new NoSuchFileException(given.toString(), null, "no such file or folder");
      }
      if (Files.isDirectory(p)) {
        Path base = p.getParent() == null ? p : p.getParent();
        IgnoreRules ignore = IgnoreRules.load(p);
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !isHidden(p, f) && !ignore.ignores(p.relativize(f)))
              .filter(FileExtractor::isSupported)
              .sorted()
              .forEach(f -> out.add(new Source(base, f)));
        }
      } else {
        Path dir = p.getParent();
        out.add(new Source(dir.getParent() == null ? dir : dir.getParent(), p));
      }
    }
    return out;
  }

  private static boolean isHidden(Path root, Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  IndexSummary run(List<Path> paths, boolean prune) throws IOException {
    long start = System.nanoTime();
    List<Source> sources = collect(paths);
    Counts c = new Counts();
    Set<String> seenSources = ConcurrentHashMap.newKeySet();
    Progress progress = new Progress(err, "indexing");
    AtomicInteger done = new AtomicInteger();
    // Files are independent: extract → enrich → upsert runs on every core, one batch between
    // commits at a time, so a commit never overlaps a write.
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int from = 0; from < sources.size(); from += COMMIT_EVERY) {
        List<Future<?>> batch = new ArrayList<>();
        for (Source s : sources.subList(from, Math.min(sources.size(), from + COMMIT_EVERY))) {
          batch.add(pool.submit(() -> {
            progress.tick(done.incrementAndGet(), sources.size(), s.file().getFileName().toString());
            index(s, c, seenSources);
          }));
        }
        await(batch);
        if (commits && from + COMMIT_EVERY < sources.size()) {
          indexer.commit();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    int pruned = prune ? prune(paths, seenSources) : 0;
    if (commits) {
      indexer.commit();
    }
    return new IndexSummary(sources.size(), c.added, c.updated, c.unchanged, c.skipped, c.failed,
        c.problems.stream().sorted().toList(), pruned, indexer.docCount(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static void await(List<Future<?>> batch) throws IOException {
    for (Future<?> f : batch) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("indexing was interrupted");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private void index(Source s, Counts c, Set<String> seenSources) {
    String name = s.base().relativize(s.file()).toString();
    try {
      Extraction ex = extractor.extract(s.base(), s.file());
      for (String w : ex.warnings()) {
        c.problem(name + ": " + w);
      }
      Recap recap = enricher.enrich(ex.recap());
      seenSources.add(recap.source());
      c.count(indexer.upsert(recap));
    } catch (ExtractionException e) {
      c.skip(e.reason().label(), name + ": skipped (" + e.reason().label() + "): " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      c.fail("unreadable", name + ": failed: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug in one stage must cost one document, not the run; the message names the file.
      c.fail("internal error", name + ": failed (internal error, please report): " + e);
    }
  }

  // Only local files under the given folders are candidates; crawled pages are never pruned here.
  private int prune(List<Path> paths, Set<String> seenSources) throws IOException {
    Set<String> prefixes = new HashSet<>();
    for (Path given : paths) {
      Path p = given.toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        prefixes.add(p.getFileName() + "/");
      }
    }
    Set<String> stale = indexer.idsWhereSource(
        src -> src != null && !src.contains("://") && !seenSources.contains(src)
            && prefixes.stream().anyMatch(src::startsWith));
    for (String id : stale) {
      indexer.delete(id);
    }
    return stale.size();
  }

  /** Tallies shared by the worker threads. */
  private static final class Counts {
    int added;
    int updated;
    int unchanged;
    final Map<String, Integer> skipped = new TreeMap<>();
    final Map<String, Integer> failed = new TreeMap<>();
    final List<String> problems = new ArrayList<>();

    synchronized void count(RecapIndexer.Outcome o) {
      switch (o) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
    }

    synchronized void skip(String reason, String problem) {
      skipped.merge(reason, 1, Integer::sum);
      problems.add(problem);
    }

    synchronized void fail(String reason, String problem) {
      failed.merge(reason, 1, Integer::sum);
      problems.add(problem);
    }

    synchronized void problem(String problem) {
      problems.add(problem);
    }
  }
}
