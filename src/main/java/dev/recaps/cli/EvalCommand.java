package dev.recaps.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.recaps.index.IndexSchema;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.RecapIds;
import dev.recaps.search.EvalReport;
import dev.recaps.search.EvalTable;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.JudgedQuery;
import dev.recaps.search.Judgments;
import dev.recaps.search.JudgmentsException;
import dev.recaps.search.MatchPolicy;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.RelevanceEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code recaps eval}: indexes the judged collection into a temporary index with the production
 * pipeline, runs every judged query and prints nDCG@10, MRR and recall@10 per query group, so
 * ranking changes are decided by measurement (see docs/relevance.md).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure ranking quality on the judged queries: nDCG@10, MRR and recall@10 per group.")
final class EvalCommand implements Callable<Integer> {
  static final String DEFAULT_JUDGMENTS = "src/test/resources/dev/recaps/eval/judgments.tsv";
  static final String DEFAULT_CORPUS = "corpus,src/test/resources/dev/recaps/eval/eval-corpus";

  /** Keys of {@code --boosts} that are not field names. */
  static final String TIE_BREAKER = "tie-breaker";
  static final String SYNONYM_WEIGHT = "synonym-weight";

  @Mixin DataDirOption data;
  @Spec CommandSpec spec;

  @Option(names = "--judgments", paramLabel = "FILE", defaultValue = DEFAULT_JUDGMENTS,
      description = "Judged queries (default ${DEFAULT-VALUE}).")
  Path judgments;

  @Option(names = "--corpus", paramLabel = "DIR", split = ",", defaultValue = DEFAULT_CORPUS,
      description = "Folders of the judged collection (default ${DEFAULT-VALUE}).")
  List<Path> corpus;

  @Option(names = "--json", description = "Print the full report (every query) as JSON.")
  boolean json;

  @Option(names = "--per-query", description = "Also print each query's scores and top results.")
  boolean perQuery;

  @Option(names = "--boosts", paramLabel = "FIELD=W,...", split = ",",
      description = "Override field boosts, e.g. title=3,body=1; also " + TIE_BREAKER + "= and "
          + SYNONYM_WEIGHT + "=. Unnamed fields keep their defaults.")
  Map<String, String> boosts = new LinkedHashMap<>();

  @Option(names = "--all-required-up-to", paramLabel = "N",
      description = "Queries of at most N words require all of them (default: the engine's).")
  Integer allRequiredUpTo;

  @Option(names = "--min-should-match-share", paramLabel = "S",
      description = "Share of the words a longer query requires, above 0 and at most 1 (default: the engine's).")
  Float share;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FieldBoosts fieldBoosts = fieldBoosts();
    MatchPolicy policy = matchPolicy();
    List<JudgedQuery> queries;
    try {
      queries = Judgments.load(judgments);
    } catch (NoSuchFileException e) {
      err.println("error: no judgments file at " + judgments + " (use --judgments FILE)");
      return 1;
    } catch (JudgmentsException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    EvalReport report = run(queries, fieldBoosts, policy, err);
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
    } else {
      if (perQuery) {
        out.print(EvalTable.perQuery(report));
        out.println();
      }
      out.print(EvalTable.summary(report));
    }
    out.flush();
    if (!report.unindexed().isEmpty()) {
      err.println("error: judged files missing from the index (wrong --corpus, or they failed to index): "
          + String.join(", ", report.unindexed()));
      return 1;
    }
    return 0;
  }

  private EvalReport run(List<JudgedQuery> queries, FieldBoosts fieldBoosts, MatchPolicy policy,
      PrintWriter err) throws IOException {
    Path index = Files.createTempDirectory("recaps-eval-");
    try {
      Components c = Components.load(data, err);
      try (RecapIndexer indexer = RecapIndexer.open(index, c.analyzers)) {
        err.println(new CorpusIndexer(c.files, c.enricher, indexer, err).run(corpus, false).line());
      }
      try (RecapSearcher searcher = RecapSearcher.open(index, c.analyzers, fieldBoosts,
          Engine.expander(Engine.terms(data, err)), policy)) {
        return new RelevanceEvaluator(searcher, RecapIds::of).evaluate(queries);
      }
    } finally {
      deleteTree(index);
    }
  }

  private FieldBoosts fieldBoosts() {
    FieldBoosts d = FieldBoosts.defaults();
    Map<String, Float> fields = new LinkedHashMap<>(d.boosts());
    float tie = d.tieBreaker();
    float synonyms = d.synonymWeight();
    for (Map.Entry<String, String> e : boosts.entrySet()) {
      float w = weight(e.getKey(), e.getValue());
      switch (e.getKey()) {
        case TIE_BREAKER -> tie = w;
        case SYNONYM_WEIGHT -> synonyms = w;
        default -> {
          if (!IndexSchema.TEXT_FIELDS.contains(e.getKey())) {
            throw new ParameterException(spec.commandLine(), "--boosts: unknown field '" + e.getKey()
                + "'; use one of " + IndexSchema.TEXT_FIELDS + ", " + TIE_BREAKER + ", " + SYNONYM_WEIGHT);
          }
          fields.put(e.getKey(), w);
        }
      }
    }
    return new FieldBoosts(Map.copyOf(fields), tie, synonyms);
  }

  private float weight(String key, String value) {
    try {
      float w = Float.parseFloat(value.strip());
      if (w >= 0 && Float.isFinite(w)) {
        return w;
      }
    } catch (NumberFormatException ignored) {
      // reported below with the key it belongs to
    }
    throw new ParameterException(spec.commandLine(),
        "--boosts: " + key + " must be a number of 0 or more, not '" + value + "'");
  }

  private MatchPolicy matchPolicy() {
    MatchPolicy d = MatchPolicy.defaults();
    try {
      return new MatchPolicy(allRequiredUpTo == null ? d.allRequiredUpTo() : allRequiredUpTo,
          share == null ? d.longQueryShare() : share);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
