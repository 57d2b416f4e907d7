package dev.recaps.bench;

import dev.recaps.model.Enrichment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * A generated corpus written to disk as Markdown files (the form the extract stage reads), with
 * the facets each post was generated for, kept in memory as relevance ground truth.
 *
 * @param files file {@code i} holds recap {@code i}
 * @param chars characters of indexed text (titles and bodies) over all files
 * @param truths facets of recap {@code i}
 * @param langs language of recap {@code i}
 */
record BenchCorpus(Path root, List<Path> files, long chars, List<Enrichment> truths, List<String> langs) {

  /** Files per sub-folder, so no folder gets huge at 100 k recaps. */
  static final int FILES_PER_FOLDER = 1_000;

  /** Generates recaps {@code 0..n-1} and writes them under {@code root}, in parallel. */
  static BenchCorpus write(RecapGenerator generator, int n, Path root) throws IOException {
    Path[] files = new Path[n];
    Enrichment[] truths = new Enrichment[n];
    String[] langs = new String[n];
    AtomicLong chars = new AtomicLong();
    for (int folder = 0; folder * FILES_PER_FOLDER < n; folder++) {
      Files.createDirectories(root.resolve(String.format("d%03d", folder)));
    }
    IntStream.range(0, n).parallel().forEach(i -> {
      GeneratedRecap r = generator.generate(i);
      Path file = root.resolve(String.format("d%03d/r%06d.md", i / FILES_PER_FOLDER, i));
      try {
        Files.writeString(file, r.markdown(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write generated recap " + file, e);
      }
      files[i] = file;
      truths[i] = r.truth();
      langs[i] = r.lang();
      chars.addAndGet(r.chars());
    });
    return new BenchCorpus(root, List.of(files), chars.get(), List.of(truths), Arrays.asList(langs));
  }

  /** The recap index of a corpus-relative source path such as {@code d012/r012345.md}, or -1. */
  static int indexOf(String source) {
    if (source == null) {
      return -1;
    }
    int slash = source.lastIndexOf('/');
    String name = source.substring(slash + 1);
    if (!name.matches("r\\d{6,}\\.md")) {
      return -1;
    }
    return Integer.parseInt(name.substring(1, name.length() - 3));
  }

  int size() {
    return files.size();
  }

  /** Bytes on disk of a folder tree (an index). */
  static long sizeOf(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    }
  }
}
