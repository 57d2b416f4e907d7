package dev.recaps.bench;

import dev.recaps.model.Hit;
import dev.recaps.model.Recap;
import dev.recaps.model.SearchRequest;
import dev.recaps.search.RecapSearcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every figure of the benchmark once, in order: corpus, indexing, in-process search,
 * relevance, HTTP search and suggestions (separate server and client JVMs), heap, the Groonga peer,
 * cold start. Each figure is a ratio to a baseline measured in this same run.
 */
final class BenchRun {
  /** Recaps indexed once by each path before the timed runs (at most a tenth), so JIT warm-up is not timed. */
  static final int WARMUP_DOCS = 200;

  private final BenchSettings s;
  private final PrintStream log;
  private final PipelineStages stages = PipelineStages.production();
  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, Object> measurements = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final QueryLog queries;
  private BenchCorpus corpus;
  private Latencies httpSearch;
  private double oursIndexSeconds;
  private final long started = System.nanoTime();
  private final Map<String, Double> loadAverages = new LinkedHashMap<>();
  private LoadGenerator loadGenerator;
  /** "load generator: wrk 4.1.0, 1 thread, 8 connections, ...", said next to the HTTP figures. */
  private String loadGeneratorLabel;

  BenchRun(BenchSettings settings, PrintStream log) {
    this.s = settings;
    this.log = log;
    this.queries = QueryLog.load(w -> log.println("warning: " + w));
  }

  BenchReport run() throws Exception {
    Files.createDirectories(s.workDir());
    step("choosing the load generator (--load-client " + s.loadClient().name().toLowerCase(Locale.ROOT) + ")");
    loadGenerator = LoadGenerator.resolve(s.loadClient(), s.wrkScript(), !s.smoke(), notes::add);
    loadGeneratorLabel = "load generator: " + loadGeneratorDescription();
    log.println(loadGeneratorLabel);
    step("generating " + s.docs() + " recaps");
    Vocabulary vocabulary = Vocabulary.load(w -> log.println("warning: " + w));
    RecapGenerator generator = new RecapGenerator(vocabulary, CorpusSentences.read(s.corpusDir()), s.seed());
    corpus = BenchCorpus.write(generator, s.docs(), s.workDir().resolve("corpus"));
    Path index = indexing();
    HttpBench http = new HttpBench(s.workDir(), loadGenerator);
    Latencies inProcess;
    List<Double> oursNdcg;
    try (RecapSearcher searcher = SearchStack.open(index)) {
      inProcess = inProcessSearch(searcher, index);
      oursNdcg = relevanceOfOurs(searcher);
      httpFigures(http, index, inProcess, searcher);
    }
    groongaFigures(http, oursNdcg);
    coldStart(http, index);
    measurements.put("loadAverageAtEachStep", loadAverages);
    notes.add("Server and load-generator processes share the same " + Runtime.getRuntime().availableProcessors()
        + " cores; absolute numbers are noisy, the ratios are measured in the same run.");
    notes.add("HTTP figures (search, suggestions, Groonga): " + loadGeneratorLabel + ".");
    notes.add("Pipeline stages: " + stages.label() + ".");
    return new BenchReport(java.time.LocalDate.now().toString(), Machine.describe(), settings(),
        corpusInfo(), List.copyOf(figures), measurements, List.copyOf(notes));
  }

  private Path indexing() throws Exception {
    step("indexing warm-up");
    int warmDocs = Math.min(WARMUP_DOCS, corpus.size() / 10);
    BenchCorpus warm = new BenchCorpus(corpus.root(), corpus.files().subList(0, warmDocs),
        0, corpus.truths(), corpus.langs());
    IndexingBench.raw(warm, s.threads(), fresh("warm-raw"));
    IndexingBench.pipeline(warm, s.threads(), fresh("warm-ours"), stages, SearchStack.analyzers());
    step("indexing: raw Lucene, " + s.threads() + " threads");
    IndexingBench.Run raw = IndexingBench.raw(corpus, s.threads(), fresh("raw"));
    step("indexing: recaps pipeline, " + s.threads() + " threads");
    Path index = fresh("index");
    IndexingBench.Run ours = IndexingBench.pipeline(corpus, s.threads(), index, stages, SearchStack.analyzers());
    IndexingBench.Run one = s.threads() == 1 ? ours : pipelineRun(1);
    IndexingBench.Run two = s.threads() == 2 ? ours : pipelineRun(2);
    measurements.put("indexing", List.of(raw, ours, one, two));
    oursIndexSeconds = ours.seconds();
    if (ours.failed() > 0) {
      notes.add(ours.failed() + " recaps failed extract/enrich and were skipped.");
    }
    double ratio = ours.charsPerSecond() / raw.charsPerSecond();
    figures.add(new Figure("indexing throughput, extract → enrich → index (" + s.threads() + " threads)",
        Format.charsPerSecond(ours), "raw: " + Format.charsPerSecond(raw), ratio, "≥ 0.85×",
        Figure.verdict(ratio >= 0.85)));
    notes.add(String.format(Locale.ROOT, "Indexing per CPU-second (robust to other load on the "
        + "machine): pipeline %.2f M chars, raw %.2f M chars, ratio %.2f×.", ours.charsPerCpuSecond() / 1e6,
        raw.charsPerCpuSecond() / 1e6, ours.charsPerCpuSecond() / raw.charsPerCpuSecond()));
    double scaling = two.charsPerSecond() / one.charsPerSecond();
    figures.add(new Figure("indexing with 2 threads vs 1 (pipeline)", "2 thr: " + Format.charsPerSecond(two),
        "1 thr: " + Format.charsPerSecond(one), scaling, "≥ 1.8×", Figure.verdict(scaling >= 1.8)));
    double perK = 1000.0 / corpus.size();
    figures.add(new Figure("index size on disk per 1 k recaps", Format.mb((long) (ours.indexBytes() * perK)),
        "raw: " + Format.mb((long) (raw.indexBytes() * perK)), (double) ours.indexBytes() / raw.indexBytes(),
        "report", "reported"));
    return index;
  }

  private IndexingBench.Run pipelineRun(int threads) throws Exception {
    step("indexing: recaps pipeline, " + threads + " thread(s)");
    Path dir = fresh("index-" + threads);
    IndexingBench.Run run = IndexingBench.pipeline(corpus, threads, dir, stages, SearchStack.analyzers());
    deleteTree(dir);
    return run;
  }

  private Latencies inProcessSearch(RecapSearcher searcher, Path index) throws Exception {
    step("search in process: recaps vs raw IndexSearcher");
    Latencies ours = SearchBench.ours(searcher, queries.queries(), s.threads(), s.warmup(), s.duration());
    Latencies raw = SearchBench.raw(index, queries.queries(), s.threads(), s.warmup(), s.duration());
    measurements.put("searchInProcess", ours);
    measurements.put("searchRawLucene", raw);
    double ratio = ours.qps() / raw.qps();
    figures.add(new Figure("search in process, facets + snippets (" + s.threads() + " threads)", Format.load(ours),
        "raw BM25 top-10: " + Format.load(raw), ratio, "report; ≥ 0.5× QPS (≤ 2× slower)",
        Figure.verdict(ratio >= 0.5)));
    return ours;
  }

  private void httpFigures(HttpBench http, Path index, Latencies inProcess, RecapSearcher searcher) throws Exception {
    step("in-process suggestions");
    long answered = queries.allPrefixes().stream()
        .filter(p -> !searcher.suggest(p, BenchHttpApi.SUGGESTIONS).isEmpty()).count();
    if (answered == 0) {
      notes.add("suggest() returned no completion for any of the " + queries.allPrefixes().size()
          + " keystrokes: the suggestion figures measure routing, parameter handling and JSON only.");
    }
    Latencies suggestIn = SearchBench.suggest(searcher, queries.allPrefixes(), s.threads(), s.warmup(), s.duration());
    step("HTTP: server process + " + loadGeneratorLabel);
    try (HttpBench.Server server = http.startServer(index)) {
      Latencies search = http.load(server.base(), HttpBench.searchPaths(queries.queries()), s.clients(),
          s.warmup(), s.duration(), "{");
      Latencies suggest = http.load(server.base(), HttpBench.suggestPaths(queries.allPrefixes()), s.clients(),
          s.warmup(), s.duration(), "{\"query\"");
      long heap = HttpBench.heapAfterFullGcBytes(server.process().pid());
      measurements.put("searchHttp", search);
      measurements.put("suggestInProcess", suggestIn);
      measurements.put("suggestHttp", suggest);
      measurements.put("heapAfterFullGcBytes", heap);
      double ratio = search.qps() / inProcess.qps();
      figures.add(new Figure("search over HTTP (" + loadGeneratorLabel + ")",
          Format.load(search), "in process: " + Format.load(inProcess), ratio, "≥ 0.85× QPS; p99 ≤ 10 ms",
          Figure.verdict(ratio >= 0.85 && search.p99Ms() <= 10)));
      figures.add(new Figure("suggestions over HTTP, keystroke by keystroke", Format.load(suggest),
          "in process: " + Format.load(suggestIn), null, "p99 ≤ 5 ms", Figure.verdict(suggest.p99Ms() <= 5 && suggest.errors() == 0)));
      figures.add(new Figure("heap after full GC, index open and serving", Format.mb(heap), "-", null,
          "≤ 512 MB", Figure.verdict(heap <= 512L * 1024 * 1024)));
      httpSearch = search;
    }
  }

  private List<Double> relevanceOfOurs(RecapSearcher searcher) {
    step("relevance: recaps");
    List<Double> ndcg = new ArrayList<>();
    for (QueryLog.JudgedQuery q : queries.judged()) {
      List<Integer> ranking = new ArrayList<>();
      for (Hit h : searcher.search(SearchRequest.of(q.text())).hits()) {
        ranking.add(BenchCorpus.indexOf(h.source()));
      }
      ndcg.add(Relevance.ndcg(ranking, Relevance.grades(q.need(), corpus)));
    }
    return ndcg;
  }

  private void groongaFigures(HttpBench http, List<Double> oursNdcg) throws Exception {
    Optional<String> why = GroongaPeer.unavailable(s.groongaScript(), !s.smoke());
    if (why.isPresent()) {
      for (String f : List.of("vs Groonga: search QPS", "vs Groonga: search p99", "vs Groonga: index time")) {
        figures.add(Figure.skipped(f, "see issue", why.get()));
      }
      figures.add(Figure.skipped("relevance nDCG@10 vs Groonga, generated corpus", "report", why.get()));
      figures.add(Figure.skipped("relevance nDCG@10 vs Groonga, the project's judged queries", "≥ 1.15×", why.get()));
      measurements.put("relevanceRecaps", oursNdcg);
      return;
    }
    step("Groonga: start, load, query");
    figures.addAll(new GroongaFigures(s, http, queries, measurements)
        .run(corpus.size(), this::recap, corpus, httpSearch, oursNdcg, oursIndexSeconds));
  }

  private void coldStart(HttpBench http, Path index) throws Exception {
    step("cold start: recaps server vs hello-world Javalin + KoreanAnalyzer");
    HttpBench.ColdStart c = http.coldStart(index, s.coldStarts());
    measurements.put("coldStart", c);
    double ratio = c.oursMs() / c.baselineMs();
    figures.add(new Figure("cold start: JVM start → first Korean answer over HTTP (`recaps serve`)",
        Format.num(c.oursMs()) + " ms with its class-data archive; " + Format.num(c.oursWithoutArchiveMs())
            + " ms without (" + String.format(java.util.Locale.ROOT, "%.2f×", c.oursWithoutArchiveMs() / c.baselineMs()) + ")",
        "hello-world + Nori: " + Format.num(c.baselineMs()) + " ms", ratio, "≤ 1.25× and ≤ 2 s",
        Figure.verdict(ratio <= 1.25 && c.oursMs() <= 2000)));
  }

  /** Reads recap {@code i} through the same extract and enrich stages the pipeline figure ran. */
  Recap recap(int i) throws IOException {
    return stages.enrich().apply(stages.extract().extract(corpus.root(), corpus.files().get(i)));
  }

  private Map<String, Object> settings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs", s.docs());
    m.put("threads", s.threads());
    m.put("clients", s.clients());
    m.put("loadClient", loadGenerator.name());
    m.put("loadGenerator", loadGeneratorDescription());
    m.put("durationSeconds", s.duration().toMillis() / 1000.0);
    m.put("warmupSeconds", s.warmup().toMillis() / 1000.0);
    m.put("seed", s.seed());
    m.put("smoke", s.smoke());
    return m;
  }

  private String loadGeneratorDescription() {
    return loadGenerator.describe(s.clients(), Runtime.getRuntime().availableProcessors());
  }

  private Map<String, Object> corpusInfo() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs", corpus.size());
    m.put("chars", corpus.chars());
    m.put("meanChars", corpus.chars() / Math.max(1, corpus.size()));
    Map<String, Long> langs = new LinkedHashMap<>();
    corpus.langs().forEach(l -> langs.merge(l, 1L, Long::sum));
    m.put("langs", langs);
    m.put("queries", queries.queries().size());
    m.put("keystrokes", queries.allPrefixes().size());
    m.put("judgedQueries", queries.judged().size());
    m.put("generator", "RecapGenerator seed " + s.seed() + ": Korean sentences of corpus/ reshuffled and "
        + "retargeted, English/Korean templates, Zipf-drawn conferences/topics/terms (see docs/benchmarks.md)");
    return m;
  }

  private Path fresh(String name) throws IOException {
    Path dir = s.workDir().resolve(name);
    deleteTree(dir);
    Files.createDirectories(dir);
    return dir;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  // The load average shows how much else ran on the cores during each phase of a noisy run.
  private void step(String what) {
    double load = Machine.loadAverage();
    log.printf(Locale.ROOT, "[bench %5.1f s, load %.1f] %s%n", (System.nanoTime() - started) / 1e9, load,
        what);
    loadAverages.put(what, load);
  }
}
