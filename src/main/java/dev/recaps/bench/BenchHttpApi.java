package dev.recaps.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.Sort;
import dev.recaps.search.SearchService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP endpoints the benchmark drives ({@code /api/search}, {@code /api/suggest}, {@code
 * /health}) with the parameters and JSON of the public API, served by Javalin. It stands in for
 * {@code dev.recaps.web.WebServer} until that is on the classpath; {@link #start} is the one
 * place to switch.
 */
final class BenchHttpApi {
  private static final List<String> FILTERS = List.of("year", "conference", "speaker", "topic", "lang", "site");
  /** Completions per keystroke, as the search box shows them. */
  static final int SUGGESTIONS = 8;

  private final SearchService search;
  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private BenchHttpApi(SearchService search) {
    this.search = search;
  }

  /** Starts the API on {@code 127.0.0.1:port} (0 picks a free port). */
  static Javalin start(SearchService search, int port) {
    BenchHttpApi api = new BenchHttpApi(search);
    return Javalin.create(config -> {
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/suggest", api::suggest);
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
      config.routes.exception(InvalidRequestException.class, (e, ctx) ->
          ctx.status(400).json(Map.of("error", "invalid request", "detail", e.getMessage())));
    }).start("127.0.0.1", port);
  }

  private void search(Context ctx) throws Exception {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FILTERS) {
      List<String> values = ctx.queryParams(dim);
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    SearchRequest request = new SearchRequest(ctx.queryParam("q"), filters,
        ctx.queryParam("sort") == null ? Sort.RELEVANCE : Sort.parse(ctx.queryParam("sort")),
        intParam(ctx, "page", 1), intParam(ctx, "size", SearchRequest.DEFAULT_SIZE), true);
    ctx.contentType("application/json").result(json.writeValueAsBytes(search.search(request)));
  }

  private void suggest(Context ctx) throws Exception {
    String q = ctx.queryParam("q");
    ctx.contentType("application/json")
        .result(json.writeValueAsBytes(search.suggest(q == null ? "" : q, SUGGESTIONS)));
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be a whole number, not '" + v + "'");
    }
  }
}
