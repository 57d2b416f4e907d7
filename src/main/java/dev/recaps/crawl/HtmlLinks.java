package dev.recaps.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the crawler reads from an HTML page, and nothing more: outgoing links, feed links, the
 * canonical URL, a Naver Blog main frame and robots meta directives.
 *
 * @param links normalized http(s) links of {@code <a href>}, in page order, without duplicates
 * @param feeds normalized {@code <link rel=alternate>} RSS/Atom URLs
 * @param canonical normalized {@code <link rel=canonical>}, or {@code null}
 * @param mainFrame normalized {@code src} of {@code iframe#mainFrame} (Naver Blog), or {@code null}
 */
record HtmlLinks(
    List<String> links, List<String> feeds, String canonical, String mainFrame, boolean noindex,
    boolean nofollow) {

  static HtmlLinks parse(byte[] body, String pageUrl, UrlNormalizer normalizer) {
    Document doc;
    try {
      // null charset: jsoup detects BOM / <meta charset>, falling back to UTF-8; links are ASCII
      // in practice, so a wrong guess on a legacy page does not lose them.
      doc = Jsoup.parse(new ByteArrayInputStream(body), null, pageUrl);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse in-memory HTML of " + pageUrl, e);
    }
    Set<String> links = new LinkedHashSet<>();
    for (Element a : doc.select("a[href]")) {
      String url = normalizer.normalize(a.absUrl("href"));
      if (url != null) {
        links.add(url);
      }
    }
    List<String> feeds = new ArrayList<>();
    for (Element link : doc.select(
        "link[rel~=(?i)alternate][type~=(?i)application/(rss|atom)\\+xml][href]")) {
      String url = normalizer.normalize(link.absUrl("href"));
      if (url != null && !feeds.contains(url)) {
        feeds.add(url);
      }
    }
    Element canonicalLink = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String canonical = canonicalLink == null ? null : normalizer.normalize(canonicalLink.absUrl("href"));
    Element frame = doc.selectFirst("iframe#mainFrame[src]");
    String mainFrame = frame == null ? null : normalizer.normalize(frame.absUrl("src"));
    String robots = doc.select("meta[name~=(?i)^robots$][content]").eachAttr("content")
        .toString().toLowerCase(Locale.ROOT);
    return new HtmlLinks(List.copyOf(links), List.copyOf(feeds), canonical, mainFrame,
        robots.contains("noindex") || robots.contains("none"),
        robots.contains("nofollow") || robots.contains("none"));
  }
}
