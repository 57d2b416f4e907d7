package dev.recaps.crawl;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Makes single GET requests through one jsoup session with our user agent, timeouts and size
 * limit; redirects are not followed here, the crawler follows them to count, bound and scope them.
 */
final class HttpFetcher implements AutoCloseable {
  static final String ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,*/*;q=0.5";
  static final String ACCEPT_LANGUAGE = "ko,en;q=0.8";

  private final Connection session;
  private final String userAgent;
  private final int maxBodyBytes;
  private final long deadlineMillis;
  // jsoup's timeout does not bound a body that stalls mid-stream (its check runs between reads),
  // so every request runs on a worker that is abandoned and interrupted at the deadline.
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

  HttpFetcher(CrawlConfig config) {
    this.userAgent = config.userAgent();
    this.maxBodyBytes = config.maxBodyBytes();
    // jsoup has one per-request budget covering connect and read; give it both.
    this.deadlineMillis = config.connectTimeout().toMillis() + config.readTimeout().toMillis();
    int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, deadlineMillis);
    this.session = Jsoup.newSession()
        .userAgent(userAgent)
        .timeout(timeoutMillis)
        // one byte more than allowed, so an oversized body is detected instead of cut silently
        .maxBodySize(maxBodyBytes + 1)
        .ignoreHttpErrors(true)
        .ignoreContentType(true)
        .followRedirects(false);
  }

  /** GETs {@code url} with the given extra request headers (validators); throws on I/O failure. */
  HttpResult get(String url, Map<String, String> extraHeaders) throws IOException {
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("User-Agent", userAgent);
    sent.put("Accept", ACCEPT);
    sent.put("Accept-Language", ACCEPT_LANGUAGE);
    sent.putAll(extraHeaders);
    Future<HttpResult> exchange = workers.submit(() -> execute(url, sent));
    try {
      return exchange.get(deadlineMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new SocketTimeoutException("no complete response within " + deadlineMillis + " ms");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while fetching " + url);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException("fetching " + url + " failed: " + cause, cause);
    }
  }

  private HttpResult execute(String url, Map<String, String> sent) throws IOException {
    Connection request = session.newRequest(url);
    sent.forEach(request::header);
    Connection.Response response = request.execute();
    byte[] body = response.bodyAsBytes();
    boolean tooLarge = body.length > maxBodyBytes;
    return new HttpResult(url, sent, response.statusCode(), response.statusMessage(),
        lowerCaseHeaders(response.multiHeaders()), body, tooLarge, Instant.now());
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static Map<String, List<String>> lowerCaseHeaders(Map<String, List<String>> multi) {
    Map<String, List<String>> out = new TreeMap<>();
    multi.forEach((name, values) -> {
      if (name != null) {
        out.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values);
      }
    });
    return out;
  }
}
