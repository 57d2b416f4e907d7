package dev.recaps.cli;

import dev.recaps.model.FacetValue;
import dev.recaps.model.IndexStats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recaps stats}: document count, per-facet value counts, index size and age, mined terms. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts per facet, index size and age.")
final class StatsCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.open(data, spec.commandLine().getErr())) {
      IndexStats s = engine.search().stats();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(s));
        return 0;
      }
      out.printf("%d recaps, %.1f MB on disk, last commit %s (%s)%n", s.docs(),
          s.sizeBytes() / 1e6, s.lastCommit() == null ? "unknown" : s.lastCommit(), data.index());
      for (Map.Entry<String, List<FacetValue>> e : s.facets().entrySet()) {
        out.println(e.getKey() + " (" + e.getValue().size() + " values): " + e.getValue().stream()
            .map(v -> v.value() + " " + v.count()).collect(Collectors.joining(", ")));
      }
      if (!s.minedTerms().isEmpty()) {
        out.println("term pairs mined from the corpus (" + s.minedTerms().size() + "): "
            + s.minedTerms().entrySet().stream()
                .map(e -> e.getKey() + " ⇄ " + String.join("/", e.getValue()))
                .collect(Collectors.joining(", ")));
      }
    }
    return 0;
  }
}
