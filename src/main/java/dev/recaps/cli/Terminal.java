package dev.recaps.cli;

/** Turns the API's HTML-safe snippets into terminal text: marks as [brackets], entities decoded. */
final class Terminal {
  private Terminal() {}

  static String plain(String html) {
    return html.replace("<mark>", "[").replace("</mark>", "]")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
