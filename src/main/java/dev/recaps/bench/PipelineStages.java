package dev.recaps.bench;

import dev.recaps.enrich.Enricher;
import dev.recaps.extract.ExtractionException;
import dev.recaps.extract.FileExtractor;
import dev.recaps.extract.HtmlExtractor;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The extract and enrich stages that the indexing figure runs before {@code RecapIndexer}: the
 * production {@code FileExtractor} and {@code Enricher}; the label printed with the figure says so.
 *
 * @param label names the stages in the results, so a figure is never mistaken for another path
 */
record PipelineStages(String label, Extract extract, UnaryOperator<Recap> enrich) {

  /** Turns one file under a corpus root into a recap (the extract stage). */
  @FunctionalInterface
  interface Extract {
    Recap extract(Path root, Path file) throws IOException;
  }

  /** The stages `recaps index` runs, built once and shared by the indexing threads. */
  static PipelineStages production() {
    FileExtractor files = new FileExtractor(HtmlExtractor.withDefaults(), FileExtractor.DEFAULT_MAX_BYTES);
    Enricher enricher = Enricher.withDefaults();
    return new PipelineStages("production: FileExtractor + Enricher", (root, file) -> {
      try {
        return files.extract(root, file).recap();
      } catch (ExtractionException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }, enricher::enrich);
  }
}
