package dev.recaps.bench;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The extract and enrich stages that the indexing figure runs before {@code RecapIndexer}, behind
 * one seam: the production stages ({@code FileExtractor}, {@code Enricher}) plug in here as soon
 * as they are on the classpath, and the label printed with the figure says which ones ran.
 *
 * @param label names the stages in the results, so a figure is never mistaken for another path
 */
record PipelineStages(String label, Extract extract, UnaryOperator<Recap> enrich) {

  /** Turns one file under a corpus root into a recap (the extract stage). */
  @FunctionalInterface
  interface Extract {
    Recap extract(Path root, Path file) throws IOException;
  }

  /**
   * The stages available on this branch: the bench's own front-matter Markdown reader and an
   * enrich step that applies the front-matter facets, as the production enricher does when a post
   * states them. Swap in {@code new PipelineStages("production", (root, file) ->
   * fileExtractor.extract(root, file).recap(), Enricher.withDefaults()::enrich)} when those land.
   */
  static PipelineStages interim() {
    return new PipelineStages("interim: bench Markdown reader + front-matter facets",
        BenchMarkdownReader::read, PipelineStages::frontMatterFacets);
  }

  /** Applies the user-stated facets of a recap (front matter or sidecar) as its enrichment. */
  static Recap frontMatterFacets(Recap recap) {
    Map<String, String> o = recap.overrides();
    Integer year = null;
    if (o.containsKey("year")) {
      try {
        year = Integer.valueOf(o.get("year").strip());
      } catch (NumberFormatException e) {
        year = null; // a non-numeric year states nothing; no year beats a wrong year
      }
    }
    Enrichment e = new Enrichment(o.get("conference"), null, year, list(o.get("speakers")),
        list(o.get("topics")), List.of(), Map.of());
    return recap.withEnrichment(e);
  }

  private static List<String> list(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
