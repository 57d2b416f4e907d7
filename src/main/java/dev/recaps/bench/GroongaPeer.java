package dev.recaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Groonga peer: its HTTP server started by {@code bench/groonga.sh} on a loopback port with a
 * throw-away database (TokenBigram, NormalizerAuto), loaded with the same recaps the pipeline
 * indexed, queried with the same log, then stopped and deleted.
 */
final class GroongaPeer implements AutoCloseable {
  /** Field weights as close to {@code FieldBoosts.defaults()} as Groonga's integer weights allow. */
  static final String MATCH_COLUMNS =
      "title * 3 || headings * 2 || body || conference * 2 || tags * 2 || speakers * 2 || topics * 2";
  static final String DRILLDOWN = "year,conference,speakers,topics,lang";
  /** Documents per load request, so a 100 k corpus is not one huge request. */
  static final int LOAD_BATCH = 2_000;
  /** The count in the answer of {@code load}: {@code [[0,start,elapsed],COUNT]}. */
  private static final Pattern LOADED = Pattern.compile(",(\\d+)\\]\\s*$");

  private final Path script;
  private final Path workDir;
  private final int port;
  private final String version;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private GroongaPeer(Path script, Path workDir, int port, String version) {
    this.script = script;
    this.workDir = workDir;
    this.port = port;
    this.version = version;
  }

  /**
   * Why the peer cannot run, or empty when it can; with {@code installOk} a missing package counts
   * as available when the script may install it.
   */
  static Optional<String> unavailable(Path script, boolean installOk) throws IOException, InterruptedException {
    return BenchScript.unavailable(script, "groonga", "--groonga-script", installOk).map(why -> "skipped: " + why);
  }

  static GroongaPeer start(Path script, Path workDir) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    BenchScript.Result r = BenchScript.run(script, List.of("start", workDir.toString(), String.valueOf(port)));
    if (r.exitCode() != 0) {
      throw new IOException("groonga did not start: " + r.output());
    }
    return new GroongaPeer(script, workDir, port, r.lastLine().replaceAll("\\s*\\[.*", ""));
  }

  String version() {
    return version;
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** A recap by corpus index, already through extract and enrich. */
  @FunctionalInterface
  interface RecapSource {
    Recap recap(int index) throws IOException;
  }

  /**
   * Loads recaps 0..n-1 in batches and returns the seconds the loads took (Groonga indexes while
   * it loads); writing the batch files is not timed.
   */
  double load(int n, RecapSource recaps, Path scratch) throws IOException, InterruptedException {
    long nanos = 0;
    for (int from = 0; from < n; from += LOAD_BATCH) {
      int to = Math.min(n, from + LOAD_BATCH);
      ArrayNode docs = json.createArrayNode();
      for (int i = from; i < to; i++) {
        docs.add(toJson(recaps.recap(i)));
      }
      Path batch = scratch.resolve("groonga-load.json");
      json.writeValue(batch.toFile(), docs);
      long start = System.nanoTime();
      BenchScript.Result r = BenchScript.run(script, List.of("load", String.valueOf(port), batch.toString()));
      nanos += System.nanoTime() - start;
      Matcher loaded = LOADED.matcher(r.output());
      if (r.exitCode() != 0 || !loaded.find() || Integer.parseInt(loaded.group(1)) != to - from) {
        throw new IOException("groonga loaded fewer than the " + (to - from) + " recaps sent: " + r.output());
      }
    }
    return nanos / 1e9;
  }

  private ObjectNode toJson(Recap r) {
    ObjectNode d = json.createObjectNode();
    d.put("_key", r.source());
    d.put("title", r.title());
    d.put("headings", String.join("\n", r.headings()));
    d.put("body", r.text());
    d.set("tags", json.valueToTree(r.tags()));
    d.put("conference", r.enrichment().conference());
    if (r.enrichment().year() != null) {
      d.put("year", r.enrichment().year());
    }
    d.set("speakers", json.valueToTree(r.enrichment().speakers()));
    d.set("topics", json.valueToTree(r.enrichment().topics()));
    d.put("lang", r.lang());
    return d;
  }

  /** The {@code /d/select} request for a logged query: full text, filters, drilldown counts, snippets. */
  static String selectPath(QueryLog.Query q) {
    StringBuilder p = new StringBuilder("/d/select?table=Recaps&limit=10&query_flags=NONE")
        .append("&match_columns=").append(QueryLog.encode(MATCH_COLUMNS))
        .append("&drilldown=").append(QueryLog.encode(DRILLDOWN))
        .append("&output_columns=").append(QueryLog.encode("_key,_score,title,snippet_html(body)"))
        .append("&sort_keys=").append(QueryLog.encode("-_score"));
    if (!q.text().isBlank()) {
      p.append("&query=").append(QueryLog.encode(q.text()));
    }
    if (!q.filters().isEmpty()) {
      p.append("&filter=").append(QueryLog.encode(filter(q.filters())));
    }
    return p.toString();
  }

  static String filter(Map<String, List<String>> filters) {
    StringJoiner and = new StringJoiner(" && ");
    filters.forEach((dim, values) -> {
      StringJoiner or = new StringJoiner(" || ", "(", ")");
      values.forEach(v -> or.add(condition(dim, v)));
      and.add(or.toString());
    });
    return and.toString();
  }

  private static String condition(String dim, String value) {
    String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return switch (dim) {
      case "year" -> "year == " + Integer.parseInt(value);
      case "speaker" -> "speakers @ " + quoted;
      case "topic" -> "topics @ " + quoted;
      case "conference", "lang" -> dim + " == " + quoted;
      default -> throw new IllegalArgumentException("groonga peer has no column for filter '" + dim + "'");
    };
  }

  /** Keys (corpus-relative sources) of the top 10 for a query, best first. */
  List<String> top10(String query) throws IOException, InterruptedException {
    String path = selectPath(new QueryLog.Query("judged", query, Map.of()));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode root = json.readTree(r.body());
    if (r.statusCode() != 200 || root.path(0).path(0).asInt(-1) != 0) {
      throw new IOException("groonga select failed for '" + query + "': " + r.body());
    }
    JsonNode result = root.path(1).path(0);
    List<String> keys = new ArrayList<>();
    for (int i = 2; i < result.size(); i++) {
      keys.add(result.get(i).get(0).asText());
    }
    return keys;
  }

  long databaseBytes() throws IOException {
    return BenchCorpus.sizeOf(workDir.resolve("db"));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    BenchScript.Result r = BenchScript.run(script, List.of("stop", workDir.toString()));
    if (r.exitCode() != 0) {
      throw new IOException("groonga did not stop cleanly: " + r.output());
    }
  }
}
