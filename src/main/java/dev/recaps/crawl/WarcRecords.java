package dev.recaps.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Converts between our fetches and jwarc records. The payload is stored as jsoup delivered it
 * (content-decoded), so transfer headers that would no longer be true are dropped and the length
 * is restated.
 */
final class WarcRecords {
  /** Extension WARC fields (WARC 1.1 allows them) carrying what a reindex needs besides HTTP. */
  static final String REQUESTED_URI = "Recaps-Requested-URI";
  static final String DEPTH = "Recaps-Depth";
  static final String HINT = "Recaps-Hint";

  private static final Set<String> DROPPED =
      Set.of("content-encoding", "transfer-encoding", "content-length");

  private WarcRecords() {}

  static WarcResponse response(HttpResult r, String requestedUrl, Map<String, String> hints,
      int depth) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(r.status(), reason(r));
    r.headers().forEach((name, values) -> {
      if (!DROPPED.contains(name)) {
        values.forEach(v -> http.addHeader(name, v));
      }
    });
    http.body(null, r.body());
    WarcResponse.Builder warc = new WarcResponse.Builder(URI.create(r.url()))
        .date(r.fetchedAt())
        .body(http.build())
        .addHeader(REQUESTED_URI, requestedUrl)
        .addHeader(DEPTH, Integer.toString(depth));
    hints.forEach((k, v) -> warc.addHeader(HINT, k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return warc.build();
  }

  static WarcRequest request(HttpResult r, URI responseId) throws IOException {
    HttpRequest.Builder http = new HttpRequest.Builder("GET", URI.create(r.url()));
    r.requestHeaders().forEach(http::addHeader);
    return new WarcRequest.Builder(URI.create(r.url()))
        .date(r.fetchedAt())
        .concurrentTo(responseId)
        .body(http.build())
        .build();
  }

  static FetchedPage toPage(WarcResponse record, String warcRef) throws IOException {
    HttpResponse http = record.http();
    Map<String, String> headers = new HashMap<>();
    http.headers().map().forEach((name, values) -> {
      if (!values.isEmpty()) {
        headers.putIfAbsent(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    byte[] body;
    try (InputStream in = http.body().stream()) {
      body = in.readAllBytes();
    }
    String requested = record.headers().first(REQUESTED_URI).orElse(record.target());
    int depth = record.headers().first(DEPTH).map(Integer::parseInt).orElse(0);
    return new FetchedPage(requested, record.target(), http.status(),
        headers.getOrDefault("content-type", ""), body, headers, record.date(), warcRef,
        hints(record.headers().all(HINT)), depth, false);
  }

  private static Map<String, String> hints(List<String> values) {
    Map<String, String> hints = new HashMap<>();
    for (String v : values) {
      int eq = v.indexOf('=');
      if (eq > 0) {
        hints.put(v.substring(0, eq), URLDecoder.decode(v.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return hints;
  }

  private static String reason(HttpResult r) {
    // HTTP/2 has no reason phrase; a status line still needs one for WARC tools.
    if (r.reason() != null && !r.reason().isBlank()) {
      return r.reason();
    }
    return switch (r.status()) {
      case 200 -> "OK";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      default -> "Status " + r.status();
    };
  }
}
