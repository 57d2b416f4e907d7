package dev.recaps.crawl;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One kept HTTP response as the crawler hands it on (live or read back from the archive).
 *
 * @param url the normalized URL the crawl asked for (before redirects)
 * @param finalUrl the URL that answered, after redirects; the identity of the page
 * @param body the payload bytes exactly as received (content-decoded, never re-encoded), so the
 *     extractor does its own charset detection
 * @param headers response headers, names in lower case (first value of repeated headers)
 * @param warcRef where the archived copy lives: {@code file.warc.gz#offset}
 * @param hints facts the crawler learned around the page; keys in {@link PageHints}
 * @param depth link distance from the seed
 * @param gone true when the URL now answers 404/410 and this copy comes from the archive
 */
public record FetchedPage(
    String url,
    String finalUrl,
    int status,
    String contentType,
    byte[] body,
    Map<String, String> headers,
    Instant fetchedAt,
    String warcRef,
    Map<String, String> hints,
    int depth,
    boolean gone) {

  public FetchedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(body, "body");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    hints = hints == null ? Map.of() : Map.copyOf(hints);
    contentType = contentType == null ? "" : contentType;
  }

  /** The same page flagged as gone: the live URL vanished but the archived copy stays searchable. */
  public FetchedPage asGone() {
    return new FetchedPage(
        url, finalUrl, status, contentType, body, headers, fetchedAt, warcRef, hints, depth, true);
  }

  /** Value of a hint, or {@code null}. */
  public String hint(String key) {
    return hints.get(key);
  }
}
