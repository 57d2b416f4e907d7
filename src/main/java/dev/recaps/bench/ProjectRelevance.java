package dev.recaps.bench;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.cli.Engine;
import dev.recaps.cli.RecapsCommand;
import dev.recaps.enrich.Enricher;
import dev.recaps.model.Hit;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import dev.recaps.search.EvalReport;
import dev.recaps.search.JudgedQuery;
import dev.recaps.search.Judgments;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.RelevanceEvaluator;
import dev.recaps.search.RelevanceMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relevance on the project's own judged queries ({@code recaps eval}'s collection: corpus/ and the
 * eval corpus, graded by hand, docs/relevance.md): recaps as {@code serve} runs it against Groonga
 * loaded with the same extracted and enriched recaps. Unlike the generated judged set, these
 * queries are what users type: Korean, English, mixed, cross-lingual, names, session codes, typos,
 * the wrong keyboard layout.
 */
final class ProjectRelevance {
  static final Path JUDGMENTS = Path.of("src/test/resources/dev/recaps/eval/judgments.tsv");
  static final Path EVAL_CORPUS = Path.of("src/test/resources/dev/recaps/eval/eval-corpus");

  /** nDCG@10 per query of both engines, and the mean per query group. */
  record Scores(List<String> queryIds, List<Double> recaps, List<Double> groonga,
      Map<String, double[]> byGroup) {
    double recapsMean() {
      return GroongaFigures.mean(recaps);
    }

    double groongaMean() {
      return GroongaFigures.mean(groonga);
    }
  }

  private ProjectRelevance() {}

  /** Why the figure cannot run from here, if it cannot (the files live in the source tree). */
  static Optional<String> unavailable(Path corpus) {
    for (Path p : List.of(JUDGMENTS, EVAL_CORPUS, corpus)) {
      if (!Files.exists(p)) {
        return Optional.of("no " + p + " here (run the bench from the project folder)");
      }
    }
    return Optional.empty();
  }

  static Scores run(Path corpus, Path groongaScript, Path work) throws Exception {
    List<JudgedQuery> queries = Judgments.load(JUDGMENTS);
    Path data = work.resolve("judged-data");
    BenchRun.deleteTree(data);
    StringWriter log = new StringWriter();
    var cl = RecapsCommand.commandLine();
    cl.setOut(new PrintWriter(log));
    cl.setErr(new PrintWriter(log));
    int code = cl.execute("index", "--data", data.toString(), corpus.toString(), EVAL_CORPUS.toString());
    if (code != 0) {
      throw new IOException("indexing the judged collection failed: " + log);
    }
    try (RecapSearcher searcher = Engine.openSearcher(data.resolve("index"), data.resolve("dictionaries"),
        AnalyzerFactory.withDefaults(), Enricher.withDefaults().knowledge(), w -> { })) {
      EvalReport ours = new RelevanceEvaluator(searcher, RecapIds::of).evaluate(queries);
      if (!ours.unindexed().isEmpty()) {
        throw new IOException("judged recaps missing from the index: " + ours.unindexed());
      }
      List<Recap> recaps = allRecaps(searcher);
      Path groongaWork = work.resolve("groonga-judged");
      BenchRun.deleteTree(groongaWork);
      List<Double> theirs = new ArrayList<>();
      try (GroongaPeer groonga = GroongaPeer.start(groongaScript, groongaWork)) {
        groonga.load(recaps.size(), recaps::get, work);
        for (JudgedQuery q : queries) {
          List<Integer> grades = groonga.top10(q.query()).stream().map(q::gradeOf).toList();
          theirs.add(RelevanceMetrics.ndcg(RelevanceEvaluator.CUTOFF, grades, List.copyOf(q.grades().values())));
        }
      }
      List<Double> mine = ours.queries().stream().map(EvalReport.QueryScore::ndcg).toList();
      Map<String, double[]> byGroup = new LinkedHashMap<>();
      for (int i = 0; i < queries.size(); i++) {
        double[] sums = byGroup.computeIfAbsent(queries.get(i).group(), g -> new double[3]);
        sums[0] += mine.get(i);
        sums[1] += theirs.get(i);
        sums[2]++;
      }
      byGroup.values().forEach(s -> {
        s[0] /= s[2];
        s[1] /= s[2];
      });
      return new Scores(queries.stream().map(JudgedQuery::id).toList(), mine, theirs, byGroup);
    }
  }

  // The collection is small (tens of recaps): list them all, newest first, as `show` returns them.
  private static List<Recap> allRecaps(RecapSearcher searcher) {
    List<Recap> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResult r = searcher.search(new SearchRequest("", Map.of(), Sort.NEWEST, page, SearchRequest.MAX_SIZE, false));
      for (Hit h : r.hits()) {
        out.add(searcher.recap(h.id()).orElseThrow().recap());
      }
      if ((long) page * SearchRequest.MAX_SIZE >= r.total()) {
        return out;
      }
    }
  }
}
