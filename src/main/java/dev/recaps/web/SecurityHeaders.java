package dev.recaps.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * Security headers on every answer: a Content-Security-Policy that allows scripts and styles only
 * from this server (no inline script), framing only for {@code /embed}, and no MIME sniffing.
 */
final class SecurityHeaders {
  /** Pages run our own scripts and styles, call our own API, and show our own or data: images. */
  private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
      + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'";

  /** The archived copy is text and one style sheet: no script may run there at all. */
  private static final String ARCHIVED_POLICY =
      "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'";

  /** JSON, feeds and images need nothing. */
  private static final String DATA_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'";

  private final String embedAncestors;

  SecurityHeaders(List<String> frameAncestors) {
    this.embedAncestors = frameAncestors.isEmpty() ? "*" : String.join(" ", frameAncestors);
  }

  void apply(Context ctx) {
    String path = localPath(ctx);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    if (path.equals("/embed")) {
      ctx.header("Content-Security-Policy", PAGE_POLICY + "; frame-ancestors " + embedAncestors);
      return;
    }
    ctx.header("X-Frame-Options", "DENY");
    String policy = path.isEmpty() || path.equals("/") ? PAGE_POLICY
        : path.endsWith("/archived") ? ARCHIVED_POLICY
        : DATA_POLICY;
    ctx.header("Content-Security-Policy", policy + "; frame-ancestors 'none'");
  }

  /** The request path below the base path, e.g. {@code /embed} for {@code /recaps/embed}. */
  static String localPath(Context ctx) {
    String path = ctx.path();
    String base = ctx.contextPath();
    return base.length() > 1 && path.startsWith(base) ? path.substring(base.length()) : path;
  }
}
