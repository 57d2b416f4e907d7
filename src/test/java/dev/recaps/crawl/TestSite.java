package dev.recaps.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1, port 0, serving test fixtures and scripted answers, recording
 * every request with its headers and arrival time so tests can check politeness server-side.
 */
final class TestSite implements AutoCloseable {
  static final String LAST_MODIFIED = "Mon, 16 Dec 2024 09:00:00 GMT";

  /** One request as the server saw it. */
  record Hit(String target, Map<String, String> headers, long nanos) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** A scripted answer; {@code count} is how often this target was requested, this time included. */
  @FunctionalInterface
  interface Responder {
    void respond(HttpExchange exchange, int count) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();

  private TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::dispatch);
    server.setExecutor(executor);
    server.start();
  }

  static TestSite start() throws IOException {
    return new TestSite();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves a body with ETag and Last-Modified, answering 304 to matching validators. */
  TestSite page(String target, String contentType, byte[] body) {
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
    routes.put(target, (ex, n) -> {
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, Map.of("ETag", etag), new byte[0]);
      } else {
        send(ex, 200, Map.of("Content-Type", contentType, "ETag", etag,
            "Last-Modified", LAST_MODIFIED), body);
      }
    });
    return this;
  }

  /** Serves text with {@code {{base}}} replaced by this server's base URL. */
  TestSite text(String target, String contentType, String template) {
    return page(target, contentType,
        template.replace("{{base}}", base()).getBytes(StandardCharsets.UTF_8));
  }

  /** Serves a fixture file from {@code src/test/resources/dev/recaps/crawl/}, templated. */
  TestSite fixture(String target, String resource) {
    return text(target, typeOf(resource), new String(resource(resource), StandardCharsets.UTF_8));
  }

  TestSite handle(String target, Responder responder) {
    routes.put(target, responder);
    return this;
  }

  TestSite remove(String target) {
    routes.remove(target);
    return this;
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }

  List<Hit> hits(String target) {
    return hits.stream().filter(h -> h.target().equals(target)).toList();
  }

  List<String> targets() {
    return hits.stream().map(Hit::target).toList();
  }

  static byte[] resource(String name) {
    try (InputStream in = TestSite.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void send(HttpExchange ex, int status, Map<String, String> headers, byte[] body)
      throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    boolean noBody = body.length == 0 || status == 304;
    ex.sendResponseHeaders(status, noBody ? -1 : body.length);
    if (!noBody) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String target = ex.getRequestURI().getRawPath()
        + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    Map<String, String> headers = new HashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    hits.add(new Hit(target, headers, System.nanoTime()));
    int count = counts.merge(target, 1, Integer::sum);
    Responder responder = routes.get(target);
    try {
      if (responder == null) {
        send(ex, 404, Map.of("Content-Type", "text/html"), "<h1>not found</h1>".getBytes());
      } else {
        responder.respond(ex, count);
      }
    } catch (IOException e) {
      ex.close(); // the client gave up (size limit, timeout): nothing more to send
    }
  }

  private static String typeOf(String resource) {
    if (resource.endsWith(".xml")) {
      return resource.contains("atom") ? "application/atom+xml" : "application/xml";
    }
    if (resource.endsWith(".txt")) {
      return "text/plain";
    }
    return "text/html; charset=utf-8";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Server-side gaps in milliseconds between consecutive requests, in arrival order. */
  static List<Long> gapsMillis(List<Hit> hits) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < hits.size(); i++) {
      gaps.add((hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000L);
    }
    return gaps;
  }
}
