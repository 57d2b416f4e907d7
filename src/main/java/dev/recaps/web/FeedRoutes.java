package dev.recaps.web;

import dev.recaps.model.IndexStats;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import dev.recaps.search.SearchService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers for other programs than our pages: the Atom feed, the OpenSearch description, the badge. */
final class FeedRoutes {
  /** Entries per feed unless {@code size} says otherwise. */
  static final int FEED_SIZE = 20;

  private final SearchService search;
  private final PublicUrl publicUrl;

  FeedRoutes(SearchService search, PublicUrl publicUrl) {
    this.search = search;
    this.publicUrl = publicUrl;
  }

  void register(RoutesConfig routes) {
    routes.get("/search.atom", this::atom);
    routes.get("/opensearch.xml", this::openSearch);
    routes.get("/badge.svg", this::badge);
  }

  private void atom(Context ctx) {
    Map<String, List<String>> params = new HashMap<>(ctx.queryParamMap());
    params.remove("sort"); // a feed is always newest first
    params.remove("page");
    params.putIfAbsent("size", List.of(Integer.toString(FEED_SIZE)));
    SearchRequest parsed = SearchParams.from(params);
    SearchRequest request = new SearchRequest(parsed.query(), parsed.filters(), Sort.NEWEST, 1,
        parsed.size(), parsed.fixLayout());
    SearchResult result = search.search(request);
    IndexStats stats = search.stats();
    Instant updated = stats.lastCommit() == null ? Instant.EPOCH : stats.lastCommit();
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType("application/atom+xml; charset=utf-8");
    ctx.result(AtomFeed.write(request, result, publicUrl.of(ctx), updated));
  }

  private void openSearch(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("application/opensearchdescription+xml; charset=utf-8");
    ctx.result(OpenSearchDescription.write(publicUrl.of(ctx)));
  }

  private void badge(Context ctx) {
    String svg = Badge.svg(ctx.queryParam("label"));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("image/svg+xml; charset=utf-8");
    ctx.result(svg);
  }
}
