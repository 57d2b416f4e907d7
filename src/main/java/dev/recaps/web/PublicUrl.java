package dev.recaps.web;

import io.javalin.http.Context;

/**
 * The absolute URL of the server as readers reach it, for the few answers that must contain
 * absolute links (Atom feed, OpenSearch description): the configured public URL, else the scheme
 * and Host of the request plus the base path.
 */
final class PublicUrl {
  private final String configured;

  PublicUrl(String configured) {
    this.configured = configured;
  }

  /** Absolute base URL without a trailing slash, e.g. {@code https://wiki.example.com/recaps}. */
  String of(Context ctx) {
    if (configured != null) {
      return configured;
    }
    String host = ctx.host();
    if (host == null || host.isBlank()) {
      host = "localhost";
    }
    return ctx.scheme() + "://" + host + RecapRoutes.basePath(ctx);
  }
}
