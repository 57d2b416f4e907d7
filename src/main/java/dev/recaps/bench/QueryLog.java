package dev.recaps.bench;

import dev.recaps.model.SearchRequest;
import dev.recaps.model.Sort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The bench's query log, keystroke sequences and judged queries, from the data files of this package. */
record QueryLog(List<Query> queries, List<List<String>> keystrokes, List<JudgedQuery> judged) {

  /** A logged query: its kind (ko, en, mixed, phrase, facet, cross, typo, layout, syntax), text and filters. */
  record Query(String kind, String text, Map<String, List<String>> filters) {
    SearchRequest request() {
      return new SearchRequest(text, filters, Sort.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE, true);
    }

    /** The request as the query string of {@code /api/search}. */
    String urlQuery() {
      StringBuilder sb = new StringBuilder("q=").append(encode(text));
      filters.forEach((dim, values) -> values.forEach(v -> sb.append('&').append(dim).append('=').append(encode(v))));
      return sb.toString();
    }
  }

  /** A query with an information need stated as facet conditions (see judged-queries.tsv). */
  record JudgedQuery(String text, Map<String, String> need) {}

  static QueryLog load(Consumer<String> warnings) {
    List<Query> queries = new ArrayList<>();
    for (String[] row : DataLines.read("queries.tsv", 3, warnings)) {
      Map<String, List<String>> filters = parseFilters(row[2], "queries.tsv", warnings);
      queries.add(new Query(row[0], row[1].equals("(all)") ? "" : row[1], filters));
    }
    List<List<String>> keystrokes = DataLines.lines("keystrokes.txt", warnings).stream()
        .map(line -> Arrays.asList(line.split("\\|"))).toList();
    List<JudgedQuery> judged = new ArrayList<>();
    for (String[] row : DataLines.read("judged-queries.tsv", 2, warnings)) {
      Map<String, String> need = new LinkedHashMap<>();
      parseFilters(row[1], "judged-queries.tsv", warnings).forEach((k, v) -> need.put(k, v.get(0)));
      judged.add(new JudgedQuery(row[0], need));
    }
    return new QueryLog(List.copyOf(queries), keystrokes, List.copyOf(judged));
  }

  static Map<String, List<String>> parseFilters(String spec, String file, Consumer<String> warnings) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (spec.equals("-")) {
      return filters;
    }
    for (String pair : spec.split(";")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        warnings.accept(file + ": filter '" + pair + "' is not dim=value, ignored");
        continue;
      }
      filters.computeIfAbsent(pair.substring(0, eq).strip(), k -> new ArrayList<>()).add(pair.substring(eq + 1).strip());
    }
    return filters;
  }

  /** Every keystroke prefix of every sequence, in typing order. */
  List<String> allPrefixes() {
    return keystrokes.stream().flatMap(List::stream).toList();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
