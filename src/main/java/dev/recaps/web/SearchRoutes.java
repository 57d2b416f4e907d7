package dev.recaps.web;

import dev.recaps.model.FacetValue;
import dev.recaps.model.IndexStats;
import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.Suggestion;
import dev.recaps.search.SearchService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON search API: search, suggestions, facet counts and health. */
final class SearchRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(SearchRoutes.class);

  static final int DEFAULT_SUGGESTIONS = 8;
  static final int MAX_SUGGESTIONS = 20;
  static final int MAX_SUGGEST_CHARS = 100;

  private final SearchService search;
  private final Clock clock;

  SearchRoutes(SearchService search, Clock clock) {
    this.search = search;
    this.clock = clock;
  }

  /** The suggestions answer: the prefix as received and the completions, best first. */
  record Suggestions(String query, List<Suggestion> suggestions) {}

  /** Facet counts over the whole index. */
  record Facets(Map<String, List<FacetValue>> facets) {}

  /** {@code /health}: whether searches can be answered, how many recaps, how old the index is. */
  record Health(String status, long docs, long indexSizeBytes, Instant lastCommit, Long indexAgeSeconds,
      String detail) {}

  void register(RoutesConfig routes) {
    routes.get("/api/search", this::search);
    routes.get("/api/suggest", this::suggest);
    routes.get("/api/facets", this::facets);
    routes.get("/health", this::health);
  }

  private void search(Context ctx) {
    SearchRequest request = SearchParams.from(ctx.queryParamMap());
    ctx.header("Cache-Control", "no-cache");
    JsonAnswer.send(ctx, search.search(request), "tookMs");
  }

  private void suggest(Context ctx) {
    String q = ctx.queryParam("q");
    String prefix = q == null ? "" : q;
    if (prefix.length() > MAX_SUGGEST_CHARS) {
      throw new InvalidRequestException("q must be at most " + MAX_SUGGEST_CHARS + " characters for suggestions");
    }
    int limit = limit(ctx.queryParam("limit"));
    List<Suggestion> found = prefix.isBlank() ? List.of() : search.suggest(prefix, limit);
    List<Suggestion> top = found.size() > limit ? found.subList(0, limit) : found;
    ctx.header("Cache-Control", "no-cache");
    if ("opensearch".equals(ctx.queryParam("format"))) {
      // The OpenSearch suggestions format browsers read: [query, [completion, ...]].
      ctx.json(List.of(prefix, top.stream().map(Suggestion::text).toList()));
      ctx.contentType("application/x-suggestions+json; charset=utf-8");
      return;
    }
    JsonAnswer.send(ctx, new Suggestions(prefix, top));
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_SUGGESTIONS;
    }
    String v = value.strip();
    if (!v.matches("\\d{1,9}")) {
      throw new InvalidRequestException("limit must be a whole number, not '" + SearchParams.shorten(v) + "'");
    }
    int n = Integer.parseInt(v);
    if (n < 1 || n > MAX_SUGGESTIONS) {
      throw new InvalidRequestException("limit must be between 1 and " + MAX_SUGGESTIONS + ", not " + n);
    }
    return n;
  }

  private void facets(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    ctx.json(new Facets(search.facets()));
  }

  private void health(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    try {
      IndexStats stats = search.stats();
      Long age = stats.lastCommit() == null ? null
          : Math.max(0, Duration.between(stats.lastCommit(), clock.instant()).toSeconds());
      ctx.json(new Health("ok", stats.docs(), stats.sizeBytes(), stats.lastCommit(), age, null));
    } catch (RuntimeException e) {
      // A monitor needs a clear "down" with the reason, not a generic 500.
      LOG.warn("health check failed", e);
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      ctx.json(new Health("unavailable", 0, 0, null, null, e.getMessage()));
    }
  }
}
