package dev.recaps.web;

/**
 * Escapes text for HTML and XML at the boundary where it leaves the server, dropping the control
 * characters that XML 1.0 forbids (a crawled page can contain them and would break a feed reader).
 */
final class Escape {
  private Escape() {}

  /** Text safe inside HTML/XML element content and double- or single-quoted attribute values. */
  static String xml(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowedInXml(cp)) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }

  private static boolean allowedInXml(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
