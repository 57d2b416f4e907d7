package dev.recaps.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * The human-facing files: the search page, the iframe page, the widget script and their assets.
 * Pages revalidate on every load (so an upgrade shows at once); assets are cached for an hour and
 * revalidated by ETag.
 */
final class PageRoutes {
  static final String PAGE_CACHE = "no-cache";
  static final String ASSET_CACHE = "public, max-age=3600";

  private final StaticAssets assets;

  PageRoutes(StaticAssets assets) {
    this.assets = assets;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::searchPage);
    routes.get("/embed", ctx -> assets.serve(ctx, "embed.html", PAGE_CACHE));
    routes.get("/embed.js", this::widget);
    routes.get("/favicon.ico", ctx -> assets.serve(ctx, "assets/icon.svg", ASSET_CACHE));
    routes.get("/assets/{name}", ctx -> assets.serve(ctx, "assets/" + ctx.pathParam("name"), ASSET_CACHE));
  }

  /**
   * Under a base path the page must be {@code /recaps/}, not {@code /recaps}: its links are relative,
   * and without the slash they would resolve against the parent path.
   */
  private void searchPage(Context ctx) {
    if (!ctx.path().endsWith("/")) {
      String query = ctx.queryString();
      ctx.redirect(ctx.path() + "/" + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    assets.serve(ctx, "index.html", PAGE_CACHE);
  }

  /** The widget is loaded by pages on other origins, so it says it may be used from anywhere. */
  private void widget(Context ctx) {
    ctx.header("Access-Control-Allow-Origin", "*");
    ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
    assets.serve(ctx, "embed.js", ASSET_CACHE);
  }
}
