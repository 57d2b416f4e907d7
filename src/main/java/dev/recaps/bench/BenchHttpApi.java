package dev.recaps.bench;

import dev.recaps.search.SearchService;
import dev.recaps.web.ArchivedPages;
import dev.recaps.web.RateLimit;
import dev.recaps.web.WebConfig;
import dev.recaps.web.WebServer;
import io.javalin.Javalin;

/**
 * The HTTP server the benchmark drives: the production {@code dev.recaps.web.WebServer} (routes,
 * JSON, headers, gzip), with the per-client rate limit off because every load client shares one
 * loopback address.
 */
final class BenchHttpApi {
  /** Completions per keystroke, as the search box shows them. */
  static final int SUGGESTIONS = 8;

  private BenchHttpApi() {}

  /** Starts the API on {@code 127.0.0.1:port} (0 picks a free port). */
  static Javalin start(SearchService search, int port) {
    return WebServer.create(search, ArchivedPages.NONE, WebConfig.defaults(), RateLimit.OFF)
        .start("127.0.0.1", port);
  }
}
