package dev.recaps.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One HTTP exchange as the fetcher saw it: the request headers we sent (for the WARC request
 * record) and the response, with the body cut at the size limit and flagged when it was.
 *
 * @param headers response headers, names lower case, every value in order
 * @param tooLarge the body exceeded the limit; {@code body} is then incomplete and must not be kept
 */
record HttpResult(
    String url,
    Map<String, String> requestHeaders,
    int status,
    String reason,
    Map<String, List<String>> headers,
    byte[] body,
    boolean tooLarge,
    Instant fetchedAt) {

  HttpResult {
    requestHeaders = Map.copyOf(requestHeaders);
    headers = Map.copyOf(headers);
  }

  /** First value of a response header (name in any case), or {@code null}. */
  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  String contentType() {
    String type = header("content-type");
    return type == null ? "" : type;
  }

  /** First value of each header, for {@link FetchedPage#headers()}. */
  Map<String, String> firstHeaderValues() {
    Map<String, String> first = new java.util.HashMap<>();
    headers.forEach((k, v) -> {
      if (!v.isEmpty()) {
        first.put(k, v.get(0));
      }
    });
    return first;
  }
}
