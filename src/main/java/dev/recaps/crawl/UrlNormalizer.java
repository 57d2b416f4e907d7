package dev.recaps.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Brings URLs to one form so a post is fetched once: crawler-commons' {@link BasicURLNormalizer}
 * (case, default ports, dot segments, percent-encoding, sorted query, no fragment) plus removal of
 * tracking parameters and of a trailing {@code index.html}.
 */
final class UrlNormalizer {
  static final String TRACKING_PARAMS_FILE = "tracking-params.txt";

  private final BasicURLNormalizer basic = new BasicURLNormalizer();
  private final List<String> exactParams;
  private final List<String> paramPrefixes;

  UrlNormalizer(List<String> trackingParams) {
    this.exactParams = trackingParams.stream().filter(p -> !p.endsWith("*")).toList();
    this.paramPrefixes = trackingParams.stream()
        .filter(p -> p.endsWith("*")).map(p -> p.substring(0, p.length() - 1)).toList();
  }

  /** The bundled tracking parameters merged with the user's file under {@code dataDir}. */
  static UrlNormalizer load(Path dataDir) {
    return new UrlNormalizer(CrawlDataFile.lines(TRACKING_PARAMS_FILE, dataDir,
        line -> line.matches("[A-Za-z0-9_.\\-]+\\*?")));
  }

  /** The normal form of an absolute http(s) URL, or {@code null} when it is not one. */
  String normalize(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return null;
    }
    String basicForm;
    try {
      basicForm = basic.filter(url.strip());
    } catch (RuntimeException e) {
      return null; // the normalizer rejects some malformed hosts by throwing
    }
    if (basicForm == null) {
      return null;
    }
    try {
      URI uri = new URI(basicForm);
      if (uri.getHost() == null) {
        return null;
      }
      String path = stripIndexFile(uri.getRawPath() == null || uri.getRawPath().isEmpty()
          ? "/" : uri.getRawPath());
      String query = dropTracking(uri.getRawQuery());
      StringBuilder out = new StringBuilder()
          .append(uri.getScheme()).append("://").append(uri.getRawAuthority()).append(path);
      if (query != null) {
        out.append('?').append(query);
      }
      return out.toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Resolves {@code href} against {@code base} and normalizes; {@code null} when not http(s). */
  String resolve(String base, String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      return normalize(URI.create(base).resolve(href.strip().replace(" ", "%20")).toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String stripIndexFile(String path) {
    for (String index : List.of("index.html", "index.htm")) {
      if (path.endsWith("/" + index)) {
        return path.substring(0, path.length() - index.length());
      }
    }
    return path;
  }

  private String dropTracking(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return null;
    }
    StringJoiner kept = new StringJoiner("&");
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq >= 0 ? pair.substring(0, eq) : pair;
      if (!isTracking(name)) {
        kept.add(pair);
      }
    }
    return kept.length() == 0 ? null : kept.toString();
  }

  private boolean isTracking(String name) {
    if (exactParams.contains(name)) {
      return true;
    }
    return paramPrefixes.stream().anyMatch(name::startsWith);
  }
}
