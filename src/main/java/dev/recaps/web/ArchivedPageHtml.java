package dev.recaps.web;

import dev.recaps.model.Recap;

/**
 * Renders the archived copy of a recap as a minimal HTML page built only from escaped text:
 * paragraphs from blank-line-separated blocks and a header that links to the original. The
 * original markup never reaches the reader, so no script or tracker from the crawled page can run.
 */
final class ArchivedPageHtml {
  private ArchivedPageHtml() {}

  /**
   * @param fromArchive true when {@code text} is the archived original, false when it is the
   *     indexed text shown because no archive copy exists
   */
  static String render(Recap recap, String text, boolean fromArchive, String assetsPrefix) {
    String lang = recap.lang() == null || recap.lang().equals("mixed") ? "ko" : recap.lang();
    StringBuilder html = new StringBuilder(text.length() + 1024);
    html.append("<!doctype html>\n<html lang=\"").append(Escape.xml(lang)).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"robots\" content=\"noindex\">\n")
        .append("<title>").append(Escape.xml(recap.title())).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(Escape.xml(assetsPrefix)).append("archived.css\">\n")
        .append("</head>\n<body>\n<header>\n<p class=\"note\">")
        .append(fromArchive
            ? "Archived copy, text only · 보관된 사본 (텍스트만)"
            : "Indexed text, no archived copy · 색인된 본문 (보관 사본 없음)")
        .append("</p>\n<h1>").append(Escape.xml(recap.title())).append("</h1>\n<p class=\"meta\">");
    appendMeta(html, recap);
    html.append("</p>\n</header>\n<main>\n");
    for (String block : text.strip().split("\\n\\s*\\n")) {
      if (!block.isBlank()) {
        html.append("<p>").append(Escape.xml(block.strip()).replace("\n", "<br>\n")).append("</p>\n");
      }
    }
    return html.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void appendMeta(StringBuilder html, Recap recap) {
    if (recap.author() != null) {
      html.append(Escape.xml(recap.author())).append(" · ");
    }
    if (recap.published() != null) {
      html.append(recap.published()).append(" · ");
    }
    String url = recap.url();
    if (url != null && url.matches("(?i)https?://.+")) {
      html.append("<a rel=\"noopener noreferrer\" href=\"").append(Escape.xml(url)).append("\">")
          .append(Escape.xml(url)).append("</a>");
    } else {
      html.append(Escape.xml(recap.source()));
    }
  }
}
