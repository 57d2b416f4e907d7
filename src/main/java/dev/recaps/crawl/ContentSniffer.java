package dev.recaps.crawl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells what a response body is (HTML page, feed, sitemap, other) from its type and first bytes. */
final class ContentSniffer {

  /** What a fetched body holds, as far as the crawler cares. */
  enum Kind { HTML, FEED, SITEMAP, OTHER }

  private ContentSniffer() {}

  static boolean isHtmlType(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT);
    return t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
  }

  /**
   * Classifies a body. The declared type decides for HTML and for clearly foreign types (PDF,
   * images); XML, text and missing types are decided by the root element, because servers label
   * feeds and sitemaps inconsistently ({@code text/xml}, {@code application/octet-stream}, ...).
   */
  static Kind classify(String contentType, byte[] body) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (isHtmlType(type)) {
      return Kind.HTML;
    }
    boolean sniffable = type.isEmpty() || type.contains("xml") || type.startsWith("text/plain")
        || type.startsWith("application/octet-stream");
    if (!sniffable) {
      return type.contains("gzip") ? Kind.SITEMAP : Kind.OTHER;
    }
    String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.UTF_8)
        .toLowerCase(Locale.ROOT);
    if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) {
      return Kind.FEED;
    }
    if (head.contains("<urlset") || head.contains("<sitemapindex")) {
      return Kind.SITEMAP;
    }
    if (head.contains("<!doctype html") || head.contains("<html")) {
      return Kind.HTML;
    }
    return Kind.OTHER;
  }
}
