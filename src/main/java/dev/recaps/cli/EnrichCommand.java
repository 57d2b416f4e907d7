package dev.recaps.cli;

import dev.recaps.extract.Extraction;
import dev.recaps.model.Recap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recaps enrich --explain FILE}: shows how conference, year, speakers, topics and language were decided. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = "Extract and enrich one file without indexing it, and explain each decision.")
final class EnrichCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A recap file (.md, .txt, .html).")
  Path file;

  @Option(names = "--explain", description = "Print every decision with its evidence and the rejected candidates (always on; accepted for clarity).")
  boolean explain;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Components c = Components.load(data, spec.commandLine().getErr());
    Path abs = file.toAbsolutePath().normalize();
    Path base = abs.getParent().getParent() == null ? abs.getParent() : abs.getParent().getParent();
    Extraction ex = c.files.extract(base, abs);
    Recap r = c.enricher.enrich(ex.recap());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("title", r.title());
      m.put("published", r.published());
      m.put("lang", r.lang());
      m.put("conference", r.enrichment().conference());
      m.put("year", r.enrichment().year());
      m.put("speakers", r.enrichment().speakers());
      m.put("topics", r.enrichment().topics());
      m.put("mentions", r.enrichment().mentions());
      m.put("evidence", r.enrichment().evidence());
      m.put("warnings", ex.warnings());
      out.println(Json.write(m));
      return 0;
    }
    ex.warnings().forEach(w -> out.println("warning: " + w));
    out.println(r.title() + "  (" + r.source() + ", id " + r.id() + ")");
    out.println("  published  " + (r.published() == null ? "-" : r.published()));
    out.print(c.enricher.explain(ex.recap()).toText());
    return 0;
  }

}
