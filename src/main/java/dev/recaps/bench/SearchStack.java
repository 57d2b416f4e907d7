package dev.recaps.bench;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
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

  static RecapSearcher open(Path indexDir) throws IOException {
    return RecapSearcher.open(indexDir, analyzers(), FieldBoosts.defaults(), TermExpander.NONE);
  }
}
