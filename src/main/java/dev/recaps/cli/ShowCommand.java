package dev.recaps.cli;

import dev.recaps.model.Evidence;
import dev.recaps.model.Hit;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapDetail;
import dev.recaps.web.RecapView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recaps show ID}: one recap with all its metadata and the evidence for each facet. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one recap with all its metadata.")
final class ShowCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Recap id (16 hex characters, shown by `search`).")
  String id;

  @Option(names = "--json", description = "Print the JSON the HTTP API returns for /api/recaps/ID.")
  boolean json;

  @Option(names = "--text", description = "Also print the full text.")
  boolean text;

  @Override
  public Integer call() throws Exception {
    try (Engine engine = Engine.open(data, spec.commandLine().getErr())) {
      var found = engine.search().recap(id);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("recaps: no recap with id '" + id
            + "' (ids are 16 hex characters; `recaps search` shows them)");
        return 1;
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(RecapView.of(found.get(), "")));
      } else {
        print(out, found.get(), text);
      }
    }
    return 0;
  }

  static void print(PrintWriter out, RecapDetail d, boolean withText) {
    Recap r = d.recap();
    out.println(r.title());
    out.println("  id         " + r.id());
    out.println("  source     " + (r.url() != null ? r.url() : r.source()));
    out.println("  author     " + (r.author() == null ? "-" : r.author()));
    out.println("  published  " + (r.published() == null ? "-" : r.published()));
    out.println("  lang       " + r.lang());
    out.println("  tags       " + String.join(", ", r.tags()));
    var e = r.enrichment();
    out.println("  conference " + (e.conference() == null ? "-" : e.conference()) + why(e.evidence().get("conference")));
    out.println("  year       " + (e.year() == null ? "-" : e.year()) + why(e.evidence().get("year")));
    out.println("  speakers   " + String.join(", ", e.speakers()) + why(e.evidence().get("speakers")));
    out.println("  topics     " + String.join(", ", e.topics()) + why(e.evidence().get("topics")));
    if (!e.mentions().isEmpty()) {
      out.println("  mentions   " + String.join(", ", e.mentions()));
    }
    out.println("  headings   " + String.join(" / ", r.headings()));
    if (!d.related().isEmpty()) {
      out.println("  related:");
      for (Hit h : d.related()) {
        out.println("    " + h.id() + "  " + h.title());
      }
    }
    if (withText) {
      out.println();
      out.println(r.text());
    }
  }

  private static String why(Evidence ev) {
    return ev == null ? "" : "   (from " + ev.from() + (ev.detail() == null ? "" : ": " + ev.detail()) + ")";
  }
}
