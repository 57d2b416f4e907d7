package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bench/wrk.sh} and {@code bench/wrk-paths.lua} the way the bench does (through {@link
 * HttpBench#load}) against a local HTTP server that counts what it answered, and checks the
 * request and error accounting of the {@code RESULT} line. Skipped with a message when wrk is not
 * installed; under {@code CI=true} a missing wrk fails instead.
 */
class WrkLoadTest {
  static final Path SCRIPT = Path.of("bench/wrk.sh");
  static final int CONNECTIONS = 2;

  @TempDir Path tmp;

  private HttpServer server;
  private ExecutorService executor;
  private final Map<String, AtomicLong> answered = new ConcurrentHashMap<>();
  private LoadGenerator wrk;

  @BeforeEach
  void startServer() throws Exception {
    wrk = assumeWrkInstalled(); // per test, so a skip shows as skipped tests in the reports
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  /** {@code /ok/*}: 200 {@code {"ok":…}}; {@code /html}: 200 without the prefix; {@code /broken}: 500. */
  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().toString();
    answered.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
    int status = path.equals("/broken") ? 500 : 200;
    String body = path.startsWith("/ok/") ? "{\"ok\":\"" + path + "\"}"
        : path.equals("/html") ? "<html>not json</html>" : "failing " + path + " on purpose";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private Latencies load(List<String> paths, Duration warmup) throws Exception {
    return new HttpBench(tmp, wrk).load(base(), paths, CONNECTIONS, warmup, Duration.ofSeconds(1), "{");
  }

  private long served(String path) {
    AtomicLong n = answered.get(path);
    return n == null ? 0 : n.get();
  }

  @Test
  void allAnsweredCountAsRequestsAndNoneAsErrors() throws Exception {
    List<String> paths = List.of("/ok/1", "/ok/2", "/ok/3");
    Latencies l = load(paths, Duration.ofSeconds(1));
    long total = paths.stream().mapToLong(this::served).sum();
    assertEquals(0, l.errors(), l.toString());
    assertNull(l.firstError());
    assertTrue(l.requests() > 0, l.toString());
    // The warm-up second was served but not recorded.
    assertTrue(total > l.requests() + CONNECTIONS, total + " served, " + l);
    assertEquals(l.requests() / l.seconds(), l.qps(), 1e-3);
    assertTrue(l.seconds() >= 1.0 && l.seconds() < 3.0, l.toString());
    assertTrue(l.p50Ms() > 0 && l.p50Ms() <= l.p99Ms() && l.p99Ms() <= l.maxMs(), l.toString());
  }

  @Test
  void aServerErrorIsAnErrorNotARequest() throws Exception {
    List<String> paths = List.of("/ok/1", "/broken", "/ok/2", "/ok/3");
    Latencies l = load(paths, Duration.ZERO);
    // No warm-up: the server saw the measured run only, plus the at most one request per
    // connection that was in flight when wrk stopped (sent, answered, never read).
    long ok = served("/ok/1") + served("/ok/2") + served("/ok/3");
    long broken = served("/broken");
    assertTrue(l.errors() > 0, l.toString());
    assertTrue(l.requests() > 0, l.toString());
    assertTrue(ok - l.requests() >= 0 && ok - l.requests() <= CONNECTIONS, ok + " ok served, " + l);
    assertTrue(broken - l.errors() >= 0 && broken - l.errors() <= CONNECTIONS, broken + " 500s served, " + l);
    // Paths are taken in turn: one in four is the broken one.
    assertEquals((l.requests() + l.errors()) / 4.0, l.errors(), CONNECTIONS + 1.0, l.toString());
    assertEquals("HTTP 500: failing /broken on purpose", l.firstError());
  }

  @Test
  void aBodyWithoutThePrefixIsAnErrorEvenWith200() throws Exception {
    Latencies l = load(List.of("/html"), Duration.ZERO);
    assertEquals(0, l.requests(), l.toString());
    assertEquals(0.0, l.qps());
    assertTrue(l.errors() > 0 && served("/html") - l.errors() <= CONNECTIONS, l.toString());
    assertEquals("HTTP 200: <html>not json</html>", l.firstError());
  }

  /** wrk through bench/wrk.sh, or a skip (a failure under CI=true) when wrk is not installed. */
  static LoadGenerator assumeWrkInstalled() throws Exception {
    if (BenchScript.unavailable(SCRIPT, "wrk", "--wrk-script", false).isEmpty()) {
      return LoadGenerator.resolve(LoadGenerator.Choice.WRK, SCRIPT, false, note -> fail(note));
    }
    String message = "wrk tests need wrk (apt-get install wrk)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message + "; under CI=true they must run");
    }
    System.err.println("SKIPPED wrk tests: " + message);
    Assumptions.abort(message);
    return null;
  }
}
