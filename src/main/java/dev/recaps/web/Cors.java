package dev.recaps.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-origin access to the read-only API, so the embed widget works from any wiki page: simple
 * GET requests get {@code Access-Control-Allow-Origin}, preflights are answered with 204. No
 * credentials are ever allowed, which is what makes the default "any origin" safe.
 */
final class Cors {
  private static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD");

  private final List<String> origins;

  Cors(List<String> origins) {
    this.origins = origins;
  }

  /** Adds the CORS answer headers for a request that carries an {@code Origin}. */
  void allow(Context ctx) {
    String origin = ctx.header("Origin");
    if (!anyOrigin()) {
      ctx.header("Vary", "Origin"); // caches must keep one answer per origin
    }
    if (origin == null) {
      return;
    }
    if (anyOrigin()) {
      ctx.header("Access-Control-Allow-Origin", "*");
    } else if (origins.contains(origin.toLowerCase(Locale.ROOT))) {
      ctx.header("Access-Control-Allow-Origin", origin);
    }
  }

  /** Answers an {@code OPTIONS} preflight; a disallowed origin or method simply gets no grant. */
  void preflight(Context ctx) {
    String method = ctx.header("Access-Control-Request-Method");
    if (method != null && ALLOWED_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
      allow(ctx);
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
      ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
      ctx.header("Access-Control-Max-Age", "86400");
    }
    ctx.header("Allow", "GET, HEAD, OPTIONS");
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private boolean anyOrigin() {
    return origins.isEmpty() || origins.contains("*");
  }
}
