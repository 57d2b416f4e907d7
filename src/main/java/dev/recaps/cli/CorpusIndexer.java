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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Indexes local files and folders: extract → enrich → index, one file at a time, counting what
 * was skipped or failed instead of stopping, and committing periodically so a crash loses little.
 */
final class CorpusIndexer {
  /** Documents between intermediate commits. */
  static final int COMMIT_EVERY = 1_000;

  private final FileExtractor extractor;
  private final Enricher enricher;
  private final RecapIndexer indexer;
  private final PrintWriter err;
  private final boolean commits;

  CorpusIndexer(FileExtractor extractor, Enricher enricher, RecapIndexer indexer, PrintWriter err) {
    this(extractor, enricher, indexer, err, true);
  }

  /**
   * @param commits commit periodically and at the end; {@code false} when the caller publishes
   *     everything in one commit (a full rebuild)
   */
  CorpusIndexer(FileExtractor extractor, Enricher enricher, RecapIndexer indexer, PrintWriter err,
      boolean commits) {
    this.extractor = extractor;
    this.enricher = enricher;
    this.indexer = indexer;
    this.err = err;
    this.commits = commits;
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
    Set<String> seenSources = new HashSet<>();
    Progress progress = new Progress(err, "indexing");
    int done = 0;
    for (Source s : sources) {
      progress.tick(done++, sources.size(), s.file().getFileName().toString());
      index(s, c, seenSources);
      if (commits && (c.added + c.updated) > 0 && (c.added + c.updated) % COMMIT_EVERY == 0) {
        indexer.commit();
      }
    }
    int pruned = prune ? prune(paths, seenSources) : 0;
    if (commits) {
      indexer.commit();
    }
    return new IndexSummary(sources.size(), c.added, c.updated, c.unchanged, c.skipped, c.failed,
        List.copyOf(c.problems), pruned, indexer.docCount(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void index(Source s, Counts c, Set<String> seenSources) {
    String name = s.base().relativize(s.file()).toString();
    try {
      Extraction ex = extractor.extract(s.base(), s.file());
      for (String w : ex.warnings()) {
        c.problems.add(name + ": " + w);
      }
      Recap recap = enricher.enrich(ex.recap());
      seenSources.add(recap.source());
      switch (indexer.upsert(recap)) {
        case ADDED -> c.added++;
        case UPDATED -> c.updated++;
        case UNCHANGED -> c.unchanged++;
      }
    } catch (ExtractionException e) {
      c.skipped.merge(e.reason().label(), 1, Integer::sum);
      c.problems.add(name + ": skipped (" + e.reason().label() + "): " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      c.failed.merge("unreadable", 1, Integer::sum);
      c.problems.add(name + ": failed: " + e.getMessage());
    } catch (RuntimeException e) {
      // A bug in one stage must cost one document, not the run; the message names the file.
      c.failed.merge("internal error", 1, Integer::sum);
      c.problems.add(name + ": failed (internal error, please report): " + e);
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

  private static final class Counts {
    int added;
    int updated;
    int unchanged;
    final Map<String, Integer> skipped = new TreeMap<>();
    final Map<String, Integer> failed = new TreeMap<>();
    final List<String> problems = new ArrayList<>();
  }
}
