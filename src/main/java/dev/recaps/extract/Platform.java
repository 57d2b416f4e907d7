package dev.recaps.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;

/**
 * Where one blogging platform keeps the post body and its title, date and author, and how to
 * recognize its pages (by host, or by a marker element for custom domains).
 *
 * @param name platform name, for diagnostics
 * @param host pattern matched against the page's host, or {@code null}
 * @param marker selector that only this platform's pages match, or {@code null}
 * @param content selectors for the post body, tried in order
 * @param title selector for the post title, or {@code null}
 * @param date selector for the element holding the publication date, or {@code null}
 * @param author selector for the author's name, or {@code null}
 */
record Platform(
    String name,
    Pattern host,
    Evaluator marker,
    List<Evaluator> content,
    Evaluator title,
    Evaluator date,
    Evaluator author) {

  /** Whether the page is on this platform; a platform with neither host nor marker matches all. */
  boolean matches(String pageHost, Document doc) {
    if (host == null && marker == null) {
      return true;
    }
    if (host != null && pageHost != null && host.matcher(pageHost).find()) {
      return true;
    }
    return marker != null && doc.selectFirst(marker) != null;
  }
}
