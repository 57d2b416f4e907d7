package dev.recaps.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peer figures: Groonga loaded with the same recaps, driven by the same load generator with
 * the same query log and client count as the recaps server, and ranked on the same judged queries.
 */
final class GroongaFigures {
  private final BenchSettings s;
  private final HttpBench http;
  private final QueryLog queries;
  private final Map<String, Object> measurements;

  GroongaFigures(BenchSettings s, HttpBench http, QueryLog queries, Map<String, Object> measurements) {
    this.s = s;
    this.http = http;
    this.queries = queries;
    this.measurements = measurements;
  }

  List<Figure> run(int docs, GroongaPeer.RecapSource recaps, BenchCorpus corpus, Latencies oursHttp,
      List<Double> oursNdcg, double oursIndexSeconds) throws Exception {
    Path work = s.workDir().resolve("groonga");
    BenchRun.deleteTree(work);
    List<Figure> figures = new ArrayList<>();
    try (GroongaPeer groonga = GroongaPeer.start(s.groongaScript(), work)) {
      double loadSeconds = groonga.load(docs, recaps, s.workDir());
      List<String> paths = queries.queries().stream().map(GroongaPeer::selectPath).toList();
      Latencies g = http.load(groonga.base(), paths, s.clients(), s.warmup(), s.duration(), "[[0,");
      List<Double> groongaNdcg = new ArrayList<>();
      for (QueryLog.JudgedQuery q : queries.judged()) {
        List<Integer> ranking = groonga.top10(q.text()).stream().map(BenchCorpus::indexOf).toList();
        groongaNdcg.add(Relevance.ndcg(ranking, Relevance.grades(q.need(), corpus)));
      }
      measurements.put("groongaVersion", groonga.version());
      measurements.put("searchHttpGroonga", g);
      measurements.put("groongaLoadSeconds", loadSeconds);
      measurements.put("groongaDatabaseBytes", groonga.databaseBytes());
      measurements.put("relevanceRecaps", oursNdcg);
      measurements.put("relevanceGroonga", groongaNdcg);
      double qps = oursHttp.qps() / g.qps();
      figures.add(new Figure("vs Groonga: search QPS over HTTP (" + s.clients() + " clients)",
          Format.num(oursHttp.qps()) + " QPS", groonga.version() + ": " + Format.num(g.qps()) + " QPS"
              + (g.errors() > 0 ? ", " + g.errors() + " errors" : ""), qps, "≥ 1.5×", Figure.verdict(qps >= 1.5)));
      double p99 = oursHttp.p99Ms() / g.p99Ms();
      figures.add(new Figure("vs Groonga: search p99 over HTTP", Format.num(oursHttp.p99Ms()) + " ms",
          "Groonga: " + Format.num(g.p99Ms()) + " ms", p99, "≤ 0.67×", Figure.verdict(p99 <= 0.67)));
      figures.add(new Figure("vs Groonga: index time", Format.num(oursIndexSeconds) + " s",
          "Groonga load: " + Format.num(loadSeconds) + " s", oursIndexSeconds / loadSeconds, "report", "reported"));
      double ours = mean(oursNdcg);
      double theirs = mean(groongaNdcg);
      figures.add(new Figure("relevance nDCG@10 vs Groonga, generated corpus (" + oursNdcg.size()
          + " judged needs)", Format.num(ours), "Groonga: " + Format.num(theirs),
          theirs == 0 ? null : ours / theirs, "report", "reported"));
    }
    figures.add(projectRelevance());
    return figures;
  }

  // The goal's figure: the project's hand-judged queries, what users actually type.
  private Figure projectRelevance() throws Exception {
    String name = "relevance nDCG@10 vs Groonga, the project's judged queries";
    Optional<String> why = ProjectRelevance.unavailable(s.corpusDir());
    if (why.isPresent()) {
      return Figure.skipped(name, "≥ 1.15×", why.get());
    }
    ProjectRelevance.Scores p = ProjectRelevance.run(s.corpusDir(), s.groongaScript(), s.workDir());
    measurements.put("relevanceProject", p);
    double ours = p.recapsMean();
    double theirs = p.groongaMean();
    StringBuilder groups = new StringBuilder();
    p.byGroup().forEach((g, v) -> groups.append(groups.isEmpty() ? "" : "; ").append(g).append(' ')
        .append(Format.num(v[0])).append(" vs ").append(Format.num(v[1])));
    return new Figure(name + " (" + p.queryIds().size() + " queries; by group, recaps vs Groonga: " + groups + ")",
        Format.num(ours), "Groonga: " + Format.num(theirs), theirs == 0 ? null : ours / theirs, "≥ 1.15×",
        Figure.verdict(theirs == 0 ? ours > 0 : ours / theirs >= 1.15));
  }

  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
