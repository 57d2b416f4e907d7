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
import java.util.function.Consumer;

/** The search side wired for a data directory: analyzers, term equivalences and the searcher. */
public final class Engine implements AutoCloseable {
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
    return new Engine(openSearcher(data.index(), data.dictionaries(), analyzers, knowledge,
        w -> err.println("warning: " + w)));
  }

  /** Bundled + user term equivalences, plus the conference and speaker aliases of the enrich dictionaries. */
  static TermDictionary terms(DataDirOption data, PrintWriter err) throws IOException {
    return terms(data, err, Enricher.load(data.dictionaries(), w -> { }).knowledge());
  }

  static TermDictionary terms(DataDirOption data, PrintWriter err, Knowledge k) throws IOException {
    return terms(data.dictionaries(), k, w -> err.println("warning: " + w));
  }

  /**
   * The production searcher over {@code indexDir}: the analyzers and dictionaries given, the term
   * equivalences of {@code dictionaries} (bundled plus the user's terms.tsv there, if any). The
   * benchmark opens its searcher through here so it measures what {@code serve} runs.
   */
  public static RecapSearcher openSearcher(Path indexDir, Path dictionaries, AnalyzerFactory analyzers,
      Knowledge knowledge, Consumer<String> warnings) throws IOException {
    return RecapSearcher.open(indexDir, analyzers, FieldBoosts.defaults(),
        expander(terms(dictionaries, knowledge, warnings)));
  }

  private static TermDictionary terms(Path dictionaries, Knowledge k, Consumer<String> warnings)
      throws IOException {
    Path user = dictionaries.resolve("terms.tsv");
    TermDictionary terms = TermDictionary.load(Files.isRegularFile(user) ? user : null, warnings);
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
