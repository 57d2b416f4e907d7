package dev.recaps.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recaps.cli.RecapsCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures that need separate processes: a search server JVM, load-generator processes against
 * it (or against Groonga; wrk or a JVM, see {@link LoadGenerator}), its heap after a full GC, and
 * cold start against a hello-world baseline.
 */
final class HttpBench {
  /** Heap limit of server processes (the heap goal is 512 MB used after GC, well under it). */
  static final String SERVER_HEAP = "1g";
  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
  static final String FIRST_KOREAN_QUERY = "서버리스";
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

  private final Path logDir;
  private final LoadGenerator loadGenerator;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();
  private int runs;

  HttpBench(Path logDir, LoadGenerator loadGenerator) {
    this.logDir = logDir;
    this.loadGenerator = loadGenerator;
  }

  /** A running search server process. */
  record Server(ChildProcess process, int port) implements AutoCloseable {
    String base() {
      return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
      process.close();
    }
  }

  /** Cold-start times, median over repetitions, in milliseconds. */
  /**
   * Cold-start times, median over repetitions, in milliseconds: {@code serve} with the class-data
   * archive a deployment keeps (see README), {@code serve} without it, the hello-world baseline.
   */
  record ColdStart(double oursMs, double oursWithoutArchiveMs, double baselineMs, int repetitions) {}

  Server startServer(Path indexDir) throws IOException, InterruptedException {
    Path log = logDir.resolve("server.log");
    ChildProcess p = ChildProcess.java(BenchServer.class, SERVER_HEAP, List.of(indexDir.toString(), "0"), log);
    try {
      Server server = new Server(p, Integer.parseInt(p.awaitLine("READY ", STARTUP_TIMEOUT, log)));
      // One answered search before any load: loads the Nori dictionary in the server and opens
      // this process's HTTP client, so neither start-up lands in a measured window.
      ask(server.base() + "/api/search?q=" + QueryLog.encode(FIRST_KOREAN_QUERY), "\"hits\":[{");
      // And one suggestion, as `serve` builds its completion list right after it opens the port:
      // built inside a measured window, that scan (seconds at 100 k, blocking typo fixes too)
      // was the whole p99 of the first 100 k HTTP run.
      ask(server.base() + "/api/suggest?q=" + QueryLog.encode("ㅅ"), "\"suggestions\":[");
      return server;
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
  }

  /** Runs a load-generator process with {@code clients} keep-alive connections against {@code base}. */
  Latencies load(String base, List<String> paths, int clients, Duration warmup, Duration measure,
      String okPrefix) throws IOException, InterruptedException {
    int run = ++runs;
    Path pathsFile = logDir.resolve("paths-" + run + ".txt");
    Files.write(pathsFile, paths, StandardCharsets.UTF_8);
    Path log = logDir.resolve("client-" + run + ".log");
    try (ChildProcess client = loadGenerator.start(base, pathsFile, clients, warmup, measure, okPrefix, log)) {
      // wrk rounds both up to whole seconds: at most 2 s more than asked, well within the start-up allowance.
      Duration limit = warmup.plus(measure).plus(STARTUP_TIMEOUT);
      return json.readValue(client.awaitLine("RESULT ", limit, log), Latencies.class);
    }
  }

  /** Heap used right after a full GC of a running JVM, via {@code jcmd GC.run} and {@code GC.heap_info}. */
  static long heapAfterFullGcBytes(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    Matcher m = HEAP_USED.matcher(info);
    if (!m.find()) {
      throw new IOException("cannot read heap use from jcmd GC.heap_info output: " + info);
    }
    return Long.parseLong(m.group(1)) * 1024;
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
    }
    return out;
  }

  /**
   * JVM start to the first Korean search answer over HTTP on the index, with {@code recaps serve}
   * exactly as users start it (its data folder is the index's parent; the index must be named
   * {@code index}), against a hello-world Javalin that tokenizes Korean on its first request; the
   * two alternate. Run after {@link #startServer} so this process's HTTP client is already warm.
   */
  ColdStart coldStart(Path indexDir, int repetitions) throws IOException, InterruptedException {
    if (!indexDir.getFileName().toString().equals("index")) {
      throw new IllegalArgumentException("serve reads DATA/index; the bench index is " + indexDir);
    }
    List<String> serve = List.of("serve", "--data", indexDir.getParent().toString(), "--port", "0",
        "--corpus", indexDir.resolveSibling("no-corpus").toString());
    // The archive of the classes serve loads, as a deployment runs it (README): created by an
    // unmeasured first start, then mapped by every start. Each process also runs once unmeasured,
    // so every measured start finds the same warm file cache.
    List<String> archive = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:+AutoCreateSharedArchive",
        "-XX:SharedArchiveFile=" + logDir.resolve("recaps-serve.jsa"));
    String hello = "/hello?q=" + QueryLog.encode(FIRST_KOREAN_QUERY);
    String search = "/api/search?q=" + QueryLog.encode(FIRST_KOREAN_QUERY);
    startAndAsk(HelloServer.class, List.of(), List.of("0"), "READY ", hello, "");
    startAndAsk(RecapsCommand.class, List.of(), serve, "Recaps is serving ", search, "\"hits\":[{");
    startAndAsk(RecapsCommand.class, archive, serve, "Recaps is serving ", search, "\"hits\":[{");
    double[] ours = new double[repetitions];
    double[] plain = new double[repetitions];
    double[] baseline = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      baseline[i] = startAndAsk(HelloServer.class, List.of(), List.of("0"), "READY ", hello, "");
      plain[i] = startAndAsk(RecapsCommand.class, List.of(), serve, "Recaps is serving ", search, "\"hits\":[{");
      ours[i] = startAndAsk(RecapsCommand.class, archive, serve, "Recaps is serving ", search, "\"hits\":[{");
    }
    return new ColdStart(median(ours), median(plain), median(baseline), repetitions);
  }

  private static final Pattern PORT = Pattern.compile("(?:^|:)(\\d+)/?$");

  private double startAndAsk(Class<?> main, List<String> jvmOptions, List<String> args, String readyPrefix,
      String path, String mustContain) throws IOException, InterruptedException {
    Path log = logDir.resolve("coldstart.log");
    long t0 = System.nanoTime();
    try (ChildProcess p = ChildProcess.java(main, SERVER_HEAP, jvmOptions, args, log)) {
      // "READY 4242" or "Recaps is serving … on http://127.0.0.1:4242/"
      String ready = p.awaitLine(readyPrefix, STARTUP_TIMEOUT, log);
      Matcher m = PORT.matcher(ready);
      if (!m.find()) {
        throw new IOException(main.getSimpleName() + " said it was ready without a port: " + ready);
      }
      ask("http://127.0.0.1:" + m.group(1) + path, mustContain);
      return (System.nanoTime() - t0) / 1e6;
    }
  }

  private void ask(String url, String mustContain) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200 || !r.body().contains(mustContain)) {
      throw new IOException(url + " answered " + r.statusCode() + " without '" + mustContain + "': "
          + r.body().substring(0, Math.min(200, r.body().length())));
    }
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Request paths of {@code /api/search} for the query log. */
  static List<String> searchPaths(List<QueryLog.Query> queries) {
    List<String> paths = new ArrayList<>();
    queries.forEach(q -> paths.add("/api/search?" + q.urlQuery()));
    return paths;
  }

  /** Request paths of {@code /api/suggest}, keystroke by keystroke. */
  static List<String> suggestPaths(List<String> prefixes) {
    return prefixes.stream().map(p -> "/api/suggest?q=" + QueryLog.encode(p)).toList();
  }
}
