package dev.recaps.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * How the web server listens and whom it lets in; every default is chosen so that {@code recaps
 * serve} is safe on a laptop and the embed widget works on any wiki without configuration.
 *
 * @param host interface to bind; {@code 127.0.0.1} keeps the server private to this machine
 * @param port TCP port, {@code 0} for any free port
 * @param corsOrigins origins allowed to call the read-only GET API from a browser; empty means any
 *     origin, which is safe because the API only reads public recaps and takes no credentials
 * @param frameAncestors origins allowed to put {@code /embed} in an iframe (CSP {@code
 *     frame-ancestors}); empty means any host page, since embedding on wikis is the point of that
 *     page and it offers nothing but a read-only search; every other page may never be framed
 * @param basePath path prefix when served behind a reverse proxy ({@code ""} or e.g. {@code
 *     /recaps}), without a trailing slash
 * @param publicUrl absolute URL readers use to reach the server (for feeds and OpenSearch), or
 *     {@code null} to derive it from each request
 */
public record WebConfig(
    String host,
    int port,
    List<String> corsOrigins,
    List<String> frameAncestors,
    String basePath,
    String publicUrl) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public WebConfig {
    host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    corsOrigins = corsOrigins == null ? List.of() : corsOrigins.stream().map(WebConfig::origin).toList();
    frameAncestors =
        frameAncestors == null ? List.of() : frameAncestors.stream().map(WebConfig::origin).toList();
    basePath = normalizeBasePath(basePath);
    publicUrl = publicUrl == null || publicUrl.isBlank() ? null : stripTrailingSlash(publicUrl.strip());
    if (publicUrl != null && !publicUrl.matches("(?i)https?://[^\\s\"'<>]+")) {
      throw new IllegalArgumentException(
          "public URL must be an absolute http(s) URL such as https://recaps.example.com/recaps, not '"
              + publicUrl + "'");
    }
  }

  /** Local-only server on port 7070 at the root path, API open to any origin, /embed frameable. */
  public static WebConfig defaults() {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, List.of(), List.of(), "", null);
  }

  public WebConfig withPort(int newPort) {
    return new WebConfig(host, newPort, corsOrigins, frameAncestors, basePath, publicUrl);
  }

  static String normalizeBasePath(String path) {
    if (path == null || path.isBlank() || path.strip().equals("/")) {
      return "";
    }
    String p = stripTrailingSlash(path.strip());
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    if (!p.matches("(/[A-Za-z0-9._~-]+)+")) {
      throw new IllegalArgumentException(
          "base path must look like /recaps (letters, digits, . _ ~ - between slashes), not '" + path + "'");
    }
    return p;
  }

  /** An origin is scheme://host[:port]; a trailing slash or path a user pastes by habit is refused. */
  static String origin(String value) {
    String v = value == null ? "" : stripTrailingSlash(value.strip());
    if (v.equals("*")) {
      return v;
    }
    try {
      URI uri = URI.create(v);
      if (uri.getScheme() != null && uri.getHost() != null && (uri.getPath() == null || uri.getPath().isEmpty())
          && uri.getQuery() == null && uri.getFragment() == null) {
        return v.toLowerCase(Locale.ROOT);
      }
    } catch (IllegalArgumentException e) {
      // reported below with the value the user gave
    }
    throw new IllegalArgumentException(
        "an origin is scheme://host[:port] such as https://wiki.example.com, not '" + value + "'");
  }

  private static String stripTrailingSlash(String s) {
    String out = s;
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }
}
