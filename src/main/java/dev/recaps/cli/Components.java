package dev.recaps.cli;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.enrich.Enricher;
import dev.recaps.extract.FileExtractor;
import dev.recaps.extract.HtmlExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Builds the pipeline's long-lived objects once per command from the bundled data plus the user's
 * dictionary folder ({@code DATA/dictionaries}), printing loader warnings.
 */
final class Components {
  final AnalyzerFactory analyzers;
  final Enricher enricher;
  final HtmlExtractor html;
  final FileExtractor files;

  private Components(AnalyzerFactory analyzers, Enricher enricher, HtmlExtractor html) {
    this.analyzers = analyzers;
    this.enricher = enricher;
    this.html = html;
    this.files = new FileExtractor(html, FileExtractor.DEFAULT_MAX_BYTES);
  }

  static Components load(DataDirOption data, PrintWriter err) throws IOException {
    Path dict = data.dictionaries();
    return new Components(
        AnalyzerFactory.load(dict),
        Enricher.load(dict, w -> err.println("warning: " + w)),
        HtmlExtractor.load(dict));
  }
}
