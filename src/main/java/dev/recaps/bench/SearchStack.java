package dev.recaps.bench;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.cli.Engine;
import dev.recaps.enrich.Enricher;
import dev.recaps.search.RecapSearcher;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens the search engine the way the server wires it, in one place, so the in-process figures,
 * the HTTP server process and the relevance figure always measure the same configuration.
 */
final class SearchStack {
  private SearchStack() {}

  static AnalyzerFactory analyzers() {
    return AnalyzerFactory.withDefaults();
  }

  /**
   * The searcher {@code serve} opens (Korean-English term equivalences, conference and speaker
   * aliases), over the bundled dictionaries only: {@code work} is the bench's scratch folder, which
   * has no user dictionaries.
   */
  static RecapSearcher open(Path indexDir) throws IOException {
    return Engine.openSearcher(indexDir, indexDir.resolveSibling("dictionaries"), analyzers(),
        Enricher.withDefaults().knowledge(), w -> System.err.println("warning: " + w));
  }
}
