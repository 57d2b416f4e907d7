package dev.recaps.web;

import dev.recaps.search.SearchService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.time.Clock;

/**
 * The Recaps HTTP server: the JSON API, the search page, the embeddable widget and iframe page,
 * feeds and badges, with CORS, security headers, gzip and base-path support configured here.
 */
public final class WebServer implements AutoCloseable {
  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Builds the application without starting it (tests start it on a random port). */
  public static Javalin create(SearchService search, ArchivedPages archived, WebConfig config) {
    Cors cors = new Cors(config.corsOrigins());
    SecurityHeaders headers = new SecurityHeaders(config.frameAncestors());
    return Javalin.create(c -> {
      configure(c, config);
      c.routes.before(headers::apply);
      c.routes.before("/api/*", cors::allow);
      c.routes.before("/health", cors::allow);
      c.routes.before("/search.atom", cors::allow);
      c.routes.options("/api/*", cors::preflight);
      c.routes.options("/health", cors::preflight);
      c.routes.options("/search.atom", cors::preflight);
      new SearchRoutes(search, Clock.systemUTC()).register(c.routes);
      new RecapRoutes(search, archived).register(c.routes);
      new FeedRoutes(search, new PublicUrl(config.publicUrl())).register(c.routes);
      new PageRoutes(new StaticAssets()).register(c.routes);
      ErrorMapper.register(c.routes);
    });
  }

  private static void configure(JavalinConfig c, WebConfig config) {
    c.jsonMapper(new JavalinJackson(JsonMapper.create(), false));
    c.router.contextPath = config.basePath().isEmpty() ? "/" : config.basePath();
    c.http.generateEtags = true; // JSON answers revalidate cheaply with If-None-Match
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.jetty.host = config.host();
    c.jetty.port = config.port();
  }

  /**
   * Creates and starts the server on the configured host and port.
   *
   * @throws IllegalStateException with a message a user can act on when the port is taken
   */
  public static WebServer start(SearchService search, ArchivedPages archived, WebConfig config) {
    Javalin app = create(search, archived, config);
    try {
      app.start(config.host(), config.port());
    } catch (JavalinBindException e) {
      app.stop();
      throw new IllegalStateException(bindMessage(config, e), e);
    }
    return new WebServer(app);
  }

  static String bindMessage(WebConfig config, JavalinBindException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("elevated privileges")) {
      return "port " + config.port() + " needs administrator rights on " + config.host()
          + ": use a port above 1023 with --port N";
    }
    return "port " + config.port() + " is in use on " + config.host()
        + ": stop the other program or use --port N";
  }

  /** The port actually bound (useful when the configuration asked for port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
