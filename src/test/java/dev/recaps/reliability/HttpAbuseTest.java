package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import dev.recaps.web.ArchivedPages;
import dev.recaps.web.RateLimit;
import dev.recaps.web.WebConfig;
import dev.recaps.web.WebServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand and more hostile requests against a running server (huge queries, broken
 * encodings, thousands of parameters, deep paging, traversal ids, wrong methods, oversized headers,
 * garbage request lines) while slow clients hold connections: every answer is a 4xx or a normal
 * 200, none is a 5xx, and the server keeps answering; one client beyond its rate gets 429s.
 */
class HttpAbuseTest {
  static final int REQUESTS = Integer.getInteger("recaps.reliability.badRequests", 10_000);
  private static final int THREADS = 4;
  private static final int SLOW_CLIENTS = 50;

  @TempDir static Path dir;
  private static RecapSearcher searcher;
  private static InetAddress localhost;

  @BeforeAll
  static void index() throws Exception {
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    SampleRecaps.index(dir, analyzers);
    searcher = RecapSearcher.open(dir, analyzers, FieldBoosts.defaults(), TermExpander.NONE);
    localhost = InetAddress.getByName("127.0.0.1");
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static WebServer start(RateLimit limit) {
    return WebServer.start(searcher, ArchivedPages.NONE, WebConfig.defaults().withPort(0), limit);
  }

  @Test
  void badRequestsGetA4xxOrA200AndNever5xx() throws Exception {
    try (WebServer server = start(RateLimit.OFF)) {
      RawHttp http = new RawHttp(server.port(), localhost);
      List<Socket> slow = openSlowClients(server.port());
      long seed = System.nanoTime();
      Map<String, Map<Integer, Long>> statusByKind = new ConcurrentHashMap<>();
      List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
      AtomicLong sent = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(pool.submit(() -> {
          BadRequests generator = new BadRequests(seed + thread);
          for (int i = thread; i < REQUESTS; i += THREADS) {
            BadRequests.Bad request = generator.next(i);
            RawHttp.Answer answer = http.send(request.bytes());
            sent.incrementAndGet();
            statusByKind.computeIfAbsent(request.kind(), k -> new ConcurrentHashMap<>())
                .merge(answer.status(), 1L, Long::sum);
            String line = new String(request.bytes(), StandardCharsets.ISO_8859_1).lines()
                .findFirst().orElse("");
            if (!acceptable(request.kind(), line, answer.status())) {
              bad.add(request.kind() + " → " + answer.status() + ": "
                  + line.substring(0, Math.min(200, line.length())) + " | " + answer.body());
            }
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
      pool.shutdown();
      Map<String, Map<Integer, Long>> sorted = new TreeMap<>();
      statusByKind.forEach((k, v) -> sorted.put(k, new TreeMap<>(v)));
      System.out.printf("http abuse: %d requests (seed %d), statuses by kind %s%n", sent.get(), seed, sorted);
      assertEquals(List.of(), bad.subList(0, Math.min(20, bad.size())), bad.size() + " bad answers");
      assertTrue(sent.get() >= REQUESTS);
      assertStillServing(http);
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  /**
   * Only a request that is not HTTP at all, or one the server refuses before reading all of it
   * (its 431/414 can be lost to the connection reset that follows), may go without an answer; and
   * only a request for an HTTP version that does not exist gets Jetty's 505, which RFC 9110
   * (15.6.6) prescribes.
   */
  private static boolean acceptable(String kind, String requestLine, int status) {
    if (status == RawHttp.NO_ANSWER) {
      return List.of("bad-request-line", "big-headers", "huge-q", "many-params").contains(kind);
    }
    if (status == 505) {
      return requestLine.endsWith(" HTTP/9.9");
    }
    return status == 200 || (status >= 400 && status < 500);
  }

  /** Slowloris: connections that send half a request line and then a byte now and then. */
  private static List<Socket> openSlowClients(int port) throws Exception {
    List<Socket> sockets = new ArrayList<>();
    for (int i = 0; i < SLOW_CLIENTS; i++) {
      Socket s = new Socket();
      s.connect(new InetSocketAddress(localhost, port), 5_000);
      OutputStream out = s.getOutputStream();
      out.write("GET /api/search?q=slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      sockets.add(s);
    }
    return sockets;
  }

  private static void assertStillServing(RawHttp http) throws Exception {
    long start = System.nanoTime();
    RawHttp.Answer health = http.send(RawHttp.get("/health"));
    RawHttp.Answer search = http.send(RawHttp.get("/api/search?q=serverless"));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(200, health.status(), health.body());
    assertEquals(200, search.status(), search.body());
    assertTrue(search.body().contains("\"total\":2"), search.body());
    assertTrue(millis < 2_000, "answers took " + millis + " ms after the flood");
  }

  @Test
  void aClientBeyondItsRateGets429WhileOthersAreServed() throws Exception {
    try (WebServer server = start(new RateLimit(5, 10))) {
      RawHttp greedy = new RawHttp(server.port(), localhost);
      RawHttp other = new RawHttp(server.port(), InetAddress.getByName("127.0.0.2"));
      List<Integer> statuses = new ArrayList<>();
      RawHttp.Answer refused = null;
      for (int i = 0; i < 30; i++) {
        RawHttp.Answer a = greedy.send(RawHttp.get("/api/search?q=aws"));
        statuses.add(a.status());
        if (a.status() == 429) {
          refused = a;
        }
      }
      assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
          statuses.subList(0, 10), "the burst passes");
      assertTrue(statuses.subList(10, 30).stream().filter(s -> s == 429).count() >= 15, statuses.toString());
      assertTrue(refused.head().toLowerCase().contains("retry-after: 1"), refused.head());
      assertTrue(refused.body().contains("\"error\":\"too many requests\""), refused.body());
      assertTrue(refused.body().contains("more than 5 requests per second from 127.0.0.1"), refused.body());
      assertEquals(200, other.send(RawHttp.get("/api/search?q=aws")).status(), "another client is not limited");
      Thread.sleep(1_100);
      assertEquals(200, greedy.send(RawHttp.get("/api/search?q=aws")).status(), "tokens come back");
    }
  }
}
