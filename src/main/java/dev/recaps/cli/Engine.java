package dev.recaps.cli;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.analysis.TermDictionary;
import dev.recaps.enrich.Enricher;
import dev.recaps.enrich.Knowledge;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.SearchService;
import dev.recaps.search.TermExpander;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The search side wired for a data directory: analyzers, term equivalences and the searcher. */
final class Engine implements AutoCloseable {
  private final RecapSearcher searcher;

  private Engine(RecapSearcher searcher) {
    this.searcher = searcher;
  }

  static Engine open(DataDirOption data, PrintWriter err) throws IOException {
    AnalyzerFactory analyzers = AnalyzerFactory.load(data.dictionaries());
    Knowledge knowledge = Enricher.load(data.dictionaries(), w -> { }).knowledge();
    return open(data, err, analyzers, knowledge);
  }

  /** The searcher over analyzers and dictionaries the caller already loaded (serve loads them once). */
  static Engine open(DataDirOption data, PrintWriter err, AnalyzerFactory analyzers, Knowledge knowledge)
      throws IOException {
    TermDictionary terms = terms(data, err, knowledge);
    return new Engine(RecapSearcher.open(data.index(), analyzers, FieldBoosts.defaults(), expander(terms)));
  }

  /** Bundled + user term equivalences, plus the conference and speaker aliases of the enrich dictionaries. */
  static TermDictionary terms(DataDirOption data, PrintWriter err) throws IOException {
    return terms(data, err, Enricher.load(data.dictionaries(), w -> { }).knowledge());
  }

  static TermDictionary terms(DataDirOption data, PrintWriter err, Knowledge k) throws IOException {
    Path user = data.dictionaries().resolve("terms.tsv");
    TermDictionary terms = TermDictionary.load(
        Files.isRegularFile(user) ? user : null, w -> err.println("warning: " + w));
    k.conferences().forEach(c -> terms.add(c.name(), c.aliases()));
    k.speakers().forEach(s -> terms.add(s.name(), s.aliases()));
    return terms.freeze();
  }

  static TermExpander expander(TermDictionary terms) {
    return word -> {
      Set<String> all = new HashSet<>(terms.equivalents(word));
      all.removeIf(w -> w.equalsIgnoreCase(word));
      return all;
    };
  }

  RecapSearcher searcher() {
    return searcher;
  }

  SearchService search() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
