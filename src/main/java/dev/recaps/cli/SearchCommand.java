package dev.recaps.cli;

import dev.recaps.model.FacetValue;
import dev.recaps.model.Hit;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import dev.recaps.search.SearchService;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recaps search}: searches the index and prints hits and facet counts, or the API's JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search recaps. An empty query lists everything, newest first.")
final class SearchCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query words (see docs/search.md).")
  List<String> query = List.of();

  @Option(names = "--json", description = "Print the JSON the HTTP API returns for the same request.")
  boolean json;

  @Option(names = "--year", paramLabel = "Y", description = "Filter by year (repeat for either).")
  List<String> years = List.of();

  @Option(names = "--conference", paramLabel = "C") List<String> conferences = List.of();
  @Option(names = "--speaker", paramLabel = "S") List<String> speakers = List.of();
  @Option(names = "--topic", paramLabel = "T") List<String> topics = List.of();
  @Option(names = "--lang", paramLabel = "L", description = "ko, en or mixed") List<String> langs = List.of();
  @Option(names = "--site", paramLabel = "HOST") List<String> sites = List.of();

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or newest (default ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--page", defaultValue = "1", description = "Page number (default ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page, 1-100 (default ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--original", description = "Search the query exactly as typed (no keyboard-layout fix).")
  boolean original;

  @Override
  public Integer call() throws Exception {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    put(filters, "year", years);
    put(filters, "conference", conferences);
    put(filters, "speaker", speakers);
    put(filters, "topic", topics);
    put(filters, "lang", langs);
    put(filters, "site", sites);
    SearchRequest request = new SearchRequest(String.join(" ", query), filters, Sort.parse(sort),
        page, size, !original);
    try (Engine engine = Engine.open(data, spec.commandLine().getErr())) {
      SearchResult r = engine.search().search(request);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(r));
      } else {
        print(out, r);
      }
    }
    return 0;
  }

  private static void put(Map<String, List<String>> filters, String dim, List<String> values) {
    if (!values.isEmpty()) {
      filters.put(dim, values);
    }
  }

  static void print(PrintWriter out, SearchResult r) {
    r.notices().forEach(n -> out.println("note: " + n));
    if (r.rewrittenQuery() != null) {
      out.println("showing results for: " + r.rewrittenQuery() + " (search the original with --original)");
    }
    if (r.didYouMean() != null) {
      out.println("did you mean: " + r.didYouMean());
    }
    int first = (r.page() - 1) * r.size() + 1;
    out.printf("%d recaps (%d ms)%s%n", r.total(), r.tookMs(),
        r.hits().isEmpty() ? "" : String.format(", showing %d-%d", first, first + r.hits().size() - 1));
    int n = first;
    for (Hit h : r.hits()) {
      out.println();
      out.printf("%d. %s%n", n++, h.title());
      out.printf("   %s · %s · score %.2f%s%n", h.url() != null ? h.url() : h.source(),
          h.published() != null ? h.published() : "no date", h.score(), facetLine(h));
      if (!h.snippet().isBlank()) {
        out.println("   " + Terminal.plain(h.snippet()));
      }
      out.println("   id " + h.id());
    }
    out.println();
    r.facets().forEach((dim, values) -> {
      if (!values.isEmpty()) {
        out.println(dim + ": " + values.stream().map(SearchCommand::facet).collect(Collectors.joining(", ")));
      }
    });
  }

  private static String facetLine(Hit h) {
    StringBuilder b = new StringBuilder();
    if (h.conference() != null) {
      b.append(" · ").append(h.conference()).append(h.year() != null ? " " + h.year() : "");
    } else if (h.year() != null) {
      b.append(" · ").append(h.year());
    }
    if (!h.speakers().isEmpty()) {
      b.append(" · ").append(String.join(", ", h.speakers()));
    }
    if (!h.topics().isEmpty()) {
      b.append(" · #").append(String.join(" #", h.topics()));
    }
    return b.toString();
  }

  private static String facet(FacetValue v) {
    return (v.selected() ? "[x] " : "") + v.value() + " (" + v.count() + ")";
  }
}
