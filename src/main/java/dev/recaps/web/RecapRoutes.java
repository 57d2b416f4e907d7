package dev.recaps.web;

import dev.recaps.model.RecapDetail;
import dev.recaps.model.RecapIds;
import dev.recaps.search.SearchService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** One recap: its full metadata as JSON, and the text-only view of its archived copy. */
final class RecapRoutes {
  private final SearchService search;
  private final ArchivedPages archived;

  RecapRoutes(SearchService search, ArchivedPages archived) {
    this.search = search;
    this.archived = archived;
  }

  void register(RoutesConfig routes) {
    routes.get("/api/recaps/{id}", this::recap);
    routes.get("/api/recaps/{id}/archived", this::archivedCopy);
  }

  private void recap(Context ctx) {
    RecapDetail detail = find(ctx.pathParam("id"));
    ctx.header("Cache-Control", "no-cache");
    ctx.json(RecapView.of(detail, basePath(ctx)));
  }

  private void archivedCopy(Context ctx) {
    RecapDetail detail = find(ctx.pathParam("id"));
    Optional<String> original = archived.cleanedText(detail.recap().id());
    String text = original.orElse(detail.recap().text());
    ctx.header("Cache-Control", "no-cache");
    ctx.html(ArchivedPageHtml.render(detail.recap(), text, original.isPresent(), "../../../assets/"));
  }

  private RecapDetail find(String id) {
    String hint = RecapIds.isWellFormed(id) ? "" : " (ids are 16 hex characters, as in search results)";
    return search.recap(id).orElseThrow(() ->
        new NotFoundException("no recap has the id '" + SearchParams.shorten(id) + "'" + hint));
  }

  static String basePath(Context ctx) {
    String base = ctx.contextPath();
    return base.equals("/") ? "" : base;
  }
}
