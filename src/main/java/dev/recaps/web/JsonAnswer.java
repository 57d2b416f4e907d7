package dev.recaps.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * Writes a JSON answer with an ETag hashed from the JSON text as it is serialized once: Javalin's
 * generic ETag re-read the finished body through a checksum stream, 7 % of a search's server CPU.
 * A client that sends the tag back in If-None-Match gets 304 without the body.
 */
final class JsonAnswer {
  private JsonAnswer() {}

  static void send(Context ctx, Object value) {
    send(ctx, value, null);
  }

  /**
   * Like {@link #send(Context, Object)}; the number of the first {@code "volatileField":} (a
   * search's {@code tookMs}) is left out of the tag, so the same answer revalidates however long
   * it took to compute.
   */
  static void send(Context ctx, Object value, String volatileField) {
    String json = ctx.jsonMapper().toJsonString(value, value.getClass());
    ctx.header(Header.ETAG, etag(json, volatileField));
    ctx.contentType(ContentType.APPLICATION_JSON).result(json);
  }

  // 64-bit FNV-1a over the UTF-16 text: a changed answer keeping its tag is a one-in-2^64 event,
  // and the loop costs microseconds for a 20 KB answer. Inside JSON strings quotes are escaped,
  // so `"name":` can only be a key.
  static String etag(String json, String volatileField) {
    int skipFrom = -1;
    int skipTo = -1;
    if (volatileField != null) {
      int at = json.indexOf("\"" + volatileField + "\":");
      if (at >= 0) {
        skipFrom = at + volatileField.length() + 3;
        skipTo = skipFrom;
        while (skipTo < json.length() && (Character.isDigit(json.charAt(skipTo)) || json.charAt(skipTo) == '-')) {
          skipTo++;
        }
      }
    }
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < json.length(); i++) {
      if (i == skipFrom) {
        i = skipTo - 1;
        continue;
      }
      h ^= json.charAt(i);
      h *= 0x100000001b3L;
    }
    return "\"" + Long.toHexString(h) + "\"";
  }
}
