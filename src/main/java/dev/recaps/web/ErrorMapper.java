package dev.recaps.web;

import dev.recaps.model.InvalidRequestException;
import dev.recaps.search.IndexNotFoundYetException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers, always as JSON {@link ApiError}: a caller's
 * mistake is a 4xx with a precise message, a missing index is a 503, and anything else is a 500
 * that is logged with its stack trace because it is a bug.
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void register(RoutesConfig routes) {
    routes.exception(InvalidRequestException.class,
        (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, "invalid request", e.getMessage()));
    routes.exception(NotFoundException.class,
        (e, ctx) -> answer(ctx, HttpStatus.NOT_FOUND, "not found", e.getMessage()));
    routes.exception(IndexNotFoundYetException.class,
        (e, ctx) -> answer(ctx, HttpStatus.SERVICE_UNAVAILABLE, "index not ready", e.getMessage()));
    routes.exception(HttpResponseException.class, ErrorMapper::javalinError);
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      answer(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error",
          "the server failed to answer this request; the log has the details");
    });
  }

  /** Javalin's own refusals: an unknown path (404), a wrong method (405), a bad request line. */
  private static void javalinError(HttpResponseException e, Context ctx) {
    HttpStatus status = HttpStatus.forStatus(e.getStatus());
    String method = ctx.method().name();
    if (status == HttpStatus.NOT_FOUND && !List.of("GET", "HEAD", "OPTIONS").contains(method)) {
      // Everything here is read-only, so a write method is wrong everywhere, whatever the path.
      ctx.header("Allow", "GET, HEAD, OPTIONS");
      status = HttpStatus.METHOD_NOT_ALLOWED;
    }
    String detail = switch (status) {
      case NOT_FOUND -> "there is nothing at " + ctx.method() + " " + ctx.path()
          + "; see docs/api.md for the endpoints";
      case METHOD_NOT_ALLOWED -> method + " is not allowed; Recaps is read-only (GET)";
      default -> e.getMessage();
    };
    String error = status == HttpStatus.UNKNOWN ? "error" : status.getMessage().toLowerCase(Locale.ROOT);
    answer(ctx, status == HttpStatus.UNKNOWN ? HttpStatus.BAD_REQUEST : status, error, detail);
  }

  static void answer(Context ctx, HttpStatus status, String error, String detail) {
    ctx.status(status);
    // An error must not be cached as if it were the resource, nor carry a static file's validator.
    ctx.removeHeader("ETag");
    ctx.header("Cache-Control", "no-store");
    ctx.json(new ApiError(error, detail));
  }
}
