package dev.recaps.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Derives the stable, URL-safe id of a recap from its canonical source (normalized URL or path). */
public final class RecapIds {
  private RecapIds() {}

  /**
   * Returns 16 hex characters of the SHA-256 of the canonical source; the same source always gets
   * the same id, so re-indexing updates instead of duplicating.
   */
  public static String of(String canonicalSource) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalSource.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether a string has the shape of an id, so lookups can reject junk before touching the index. */
  public static boolean isWellFormed(String id) {
    return id != null && id.matches("[0-9a-f]{16}");
  }
}
