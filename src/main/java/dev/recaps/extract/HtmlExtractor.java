package dev.recaps.extract;

import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one HTML extractor (crawled pages and local .html files): decodes, finds the post body,
 * reads metadata, classifies the page and returns plain text only, never page markup.
 */
public final class HtmlExtractor {
  /** Hint: the date a feed entry gave for this page, used when the page states none. */
  public static final String HINT_FEED_DATE = "feedDate";

  /** Hint: the title a feed entry gave, preferred over {@code <title>}. */
  public static final String HINT_FEED_TITLE = "feedTitle";

  /** Hint: the author a feed entry gave, the last author fallback. */
  public static final String HINT_FEED_AUTHOR = "feedAuthor";

  /** Something in the first 1 KiB must look like markup for text without a content type. */
  private static final Pattern MARKUP =
      Pattern.compile("(?i)<(?:!doctype|html|head|body|meta|title|div|p|article|main)[\\s>/]");

  private final HtmlRules rules;
  private final MainContentFinder finder;

  private HtmlExtractor(HtmlRules rules) {
    this.rules = rules;
    this.finder = new MainContentFinder(rules);
  }

  /** With the bundled platform selectors and boilerplate list. */
  public static HtmlExtractor withDefaults() {
    try {
      return load(null);
    } catch (IOException e) {
      throw new IllegalStateException("bundled HTML rules unreadable", e);
    }
  }

  /**
   * With the bundled rules plus {@code platforms.tsv} and {@code boilerplate.txt} from {@code
   * userDir} (nullable); malformed user lines are skipped and listed in {@link #loadWarnings()}.
   */
  public static HtmlExtractor load(Path userDir) throws IOException {
    return new HtmlExtractor(HtmlRules.load(userDir));
  }

  /** Malformed data-file lines skipped while loading, each naming file and line. */
  public List<String> loadWarnings() {
    return rules.warnings();
  }

  /**
   * Reads a fetched response body.
   *
   * @param contentTypeHeader the response's Content-Type, or {@code null}
   * @param url the URL the body was fetched from
   * @param hints what a feed said about the page ({@link #HINT_FEED_DATE}, {@link
   *     #HINT_FEED_TITLE}, {@link #HINT_FEED_AUTHOR}); may be empty
   */
  public HtmlPage extract(byte[] body, String contentTypeHeader, String url, Map<String, String> hints) {
    if (body == null || body.length == 0) {
      return new HtmlPage(PageType.EMPTY, null, url, "empty body", null);
    }
    if (contentTypeHeader != null && !isHtmlType(contentTypeHeader)) {
      return new HtmlPage(PageType.NOT_HTML, null, url, "content type " + contentTypeHeader.strip(), null);
    }
    String binary = BinarySniffer.binaryReason(body);
    if (binary != null) {
      return new HtmlPage(PageType.NOT_HTML, null, url, "binary content (" + binary + ")", null);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(body, contentTypeHeader);
    String head = decoded.text().substring(0, Math.min(1024, decoded.text().length()));
    if (contentTypeHeader == null && !decoded.text().isBlank() && !MARKUP.matcher(head).find()) {
      return new HtmlPage(PageType.NOT_HTML, null, url, "no HTML markup", decoded.charset());
    }
    return read(decoded.text(), url, hints == null ? Map.of() : hints, decoded.charset());
  }

  /**
   * Reads already-decoded HTML (a local .html file); {@code url} may be {@code null}, and then the
   * recap's source is empty for the caller to set (as {@link FileExtractor} does).
   */
  public HtmlPage extract(String html, String url) {
    return read(html, url, Map.of(), null);
  }

  private HtmlPage read(String html, String url, Map<String, String> hints, String charset) {
    if (html.isBlank()) {
      return new HtmlPage(PageType.EMPTY, null, url, "empty body", charset);
    }
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String canonical = canonical(doc, url);
    URI uri = PageClassifier.parse(url);
    String host = uri == null ? null : uri.getHost();
    Platform platform = finder.platformOf(host, doc);
    JsonLd jsonLd = JsonLd.find(doc);
    HtmlMetadata meta = new HtmlMetadata(doc, jsonLd, platform, hints);
    MainContentFinder.Found found = finder.find(doc, platform);
    PageClassifier.Verdict verdict =
        PageClassifier.classify(
            new PageClassifier.Signals(url, meta.ogType(), jsonLd != null, found.element(), doc));
    if (verdict.type() != PageType.ARTICLE) {
      return new HtmlPage(verdict.type(), null, canonical, verdict.reason(), charset);
    }
    TextBuilder rendered = HtmlTextRenderer.render(found.element());
    String text = rendered.build();
    List<String> headings = rendered.headings().stream()
        .filter(h -> h.level() <= HtmlTextRenderer.MAX_RECORDED_HEADING)
        .map(TextBuilder.Heading::text)
        .toList();
    String title = title(meta, rendered, doc, canonical, text);
    String source = canonical != null ? canonical : "";
    Recap recap =
        new Recap(
            RecapIds.of(source), source, canonical, site(canonical), title, text, headings,
            meta.author(), meta.published(canonical != null ? canonical : url, text), meta.tags(),
            LanguageDetector.detect(title + "\n" + text, meta.htmlLang()), Map.of(), null, null,
            false);
    return new HtmlPage(PageType.ARTICLE, recap, canonical, null, charset);
  }

  private static String title(HtmlMetadata meta, TextBuilder rendered, Document doc, String url, String text) {
    String h1 = rendered.headings().stream()
        .filter(h -> h.level() == 1)
        .map(TextBuilder.Heading::text)
        .findFirst()
        .orElseGet(() -> {
          Element first = doc.selectFirst("h1");
          return first == null ? null : first.text();
        });
    String title = meta.title(h1);
    if (title != null) {
      return title;
    }
    String slug = url == null ? "" : url.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
    String last = slug.substring(slug.lastIndexOf('/') + 1);
    return TitleDeriver.derive(last.isEmpty() ? "untitled" : last, text.lines().findFirst().orElse(null));
  }

  /** The same-site canonical link resolved to an absolute URL, else {@code url} without fragment. */
  private static String canonical(Document doc, String url) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    URI page = PageClassifier.parse(url);
    if (link != null) {
      URI c = PageClassifier.parse(link.attr("href"));
      if (c != null && page != null && page.getHost() != null) {
        c = page.resolve(c);
      }
      if (c != null && c.isAbsolute() && c.getHost() != null
          && (page == null || page.getHost() == null || PageClassifier.sameSite(page.getHost(), c.getHost()))) {
        return withoutFragment(c);
      }
    }
    return page == null ? url : withoutFragment(page);
  }

  private static String withoutFragment(URI u) {
    String s = u.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }

  private static String site(String url) {
    URI u = PageClassifier.parse(url);
    if (u == null || u.getHost() == null) {
      return null;
    }
    return u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
  }

  private static boolean isHtmlType(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    return t.isEmpty() || t.equals("text/html") || t.equals("application/xhtml+xml");
  }
}
