package dev.recaps.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the front end from {@code dev/recaps/web/} on the classpath with a content-hash ETag, so
 * a browser revalidates cheaply (304) and always sees a new version right after an upgrade.
 */
final class StaticAssets {
  static final String ROOT = "dev/recaps/web/";

  /** Only plain file names of known types are served; no path can climb out of the asset folder. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(js|css|svg|png|ico|html)");

  private static final Map<String, String> TYPES = Map.of(
      "js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "svg", "image/svg+xml",
      "png", "image/png",
      "ico", "image/x-icon",
      "html", "text/html; charset=utf-8");

  private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

  /** One loaded file. */
  record Asset(byte[] bytes, String contentType, String etag) {}

  /** Serves {@code assets/NAME} (or a top-level file such as {@code embed.js}) or answers 404. */
  void serve(Context ctx, String relativePath, String cacheControl) {
    Asset asset = find(relativePath).orElseThrow(
        () -> new NotFoundException("there is no file " + SearchParams.shorten(relativePath)));
    ctx.header("ETag", asset.etag());
    ctx.header("Cache-Control", cacheControl);
    if (matches(ctx.header("If-None-Match"), asset.etag())) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(asset.contentType());
    ctx.result(asset.bytes());
  }

  Optional<Asset> find(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    String dir = slash < 0 ? "" : relativePath.substring(0, slash + 1);
    String name = relativePath.substring(slash + 1);
    if (!(dir.isEmpty() || dir.equals("assets/")) || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return cache.computeIfAbsent(relativePath, StaticAssets::load);
  }

  private static Optional<Asset> load(String relativePath) {
    try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(ROOT + relativePath)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      String ext = relativePath.substring(relativePath.lastIndexOf('.') + 1);
      return Optional.of(new Asset(bytes, TYPES.get(ext), etag(bytes)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled file " + ROOT + relativePath, e);
    }
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** If-None-Match may list several tags, weak ones included (a proxy that gzips marks them W/). */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
