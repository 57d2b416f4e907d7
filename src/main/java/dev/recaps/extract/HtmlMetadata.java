package dev.recaps.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a page's title, author, date and tags through cascades from the most to the least
 * reliable source (structured data, then Open Graph, then plain meta tags, then visible markup).
 */
final class HtmlMetadata {
  /** Meta keywords lists can run to hundreds of SEO terms; beyond this they are noise. */
  static final int MAX_TAGS = 30;

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/-]|$)");

  /** Separators sites put between a post title and their own name in {@code <title>}. */
  private static final String SEPARATORS = "\\s+(?:[-|–—·:»]|::)\\s+";

  private final Document doc;
  private final JsonLd jsonLd;
  private final Platform platform;
  private final Map<String, String> hints;

  HtmlMetadata(Document doc, JsonLd jsonLd, Platform platform, Map<String, String> hints) {
    this.doc = doc;
    this.jsonLd = jsonLd;
    this.platform = platform;
    this.hints = hints;
  }

  /** og:site_name, else application-name; used to strip the site name from titles. */
  String siteName() {
    String s = meta("og:site_name");
    return s != null ? s : meta("application-name");
  }

  String ogType() {
    String t = meta("og:type");
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  /**
   * og:title, JSON-LD headline, the platform's title element, the feed's title, {@code <title>},
   * then the first h1 in the post body ({@code contentH1}, nullable); site names stripped.
   */
  String title(String contentH1) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta("og:title"));
    candidates.add(jsonLd == null ? null : unescape(jsonLd.headline()));
    candidates.add(platform == null ? null : selected(platform.title()));
    candidates.add(hints.get(HtmlExtractor.HINT_FEED_TITLE));
    candidates.add(doc.title());
    candidates.add(contentH1);
    String site = siteName();
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        String t = stripSiteName(c.strip().replaceAll("\\s+", " "), site);
        if (!t.isBlank() && !t.equalsIgnoreCase(site)) {
          return t;
        }
      }
    }
    return null;
  }

  /** JSON-LD author, article:author, meta author, the platform's author element, the feed's. */
  String author() {
    if (jsonLd != null && !jsonLd.authors().isEmpty()) {
      return unescape(String.join(", ", jsonLd.authors()));
    }
    for (String a : List.of(metaAll("article:author"), metaAll("author"), metaAll("dc.creator"))) {
      if (!a.isBlank()) {
        return a;
      }
    }
    String fromPage = platform == null ? null : selected(platform.author());
    if (fromPage != null) {
      return fromPage;
    }
    return hints.get(HtmlExtractor.HINT_FEED_AUTHOR);
  }

  /** The publication date through the cascade documented in docs/extraction.md. */
  LocalDate published(String url, String mainText) {
    List<String> raw = new ArrayList<>();
    raw.add(jsonLd == null ? null : jsonLd.datePublished());
    raw.add(meta("article:published_time"));
    for (String name : List.of("date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date")) {
      raw.add(meta(name));
    }
    raw.add(timeDatetime());
    raw.add(platform == null ? null : selected(platform.date()));
    raw.add(hints.get(HtmlExtractor.HINT_FEED_DATE));
    for (String r : raw) {
      LocalDate d = DateParser.find(r);
      if (d != null) {
        return d;
      }
    }
    LocalDate fromUrl = urlDate(url);
    return fromUrl != null ? fromUrl : BylineDate.find(mainText);
  }

  /** article:tag, JSON-LD keywords, meta keywords and rel=tag links, without duplicates. */
  List<String> tags() {
    Map<String, String> tags = new LinkedHashMap<>();
    List<String> all = new ArrayList<>();
    for (Element m : metaElements("article:tag")) {
      all.add(m.attr("content"));
    }
    if (jsonLd != null) {
      jsonLd.keywords().forEach(k -> all.add(unescape(k)));
    }
    for (Element m : metaElements("keywords")) {
      all.addAll(List.of(m.attr("content").split("[,，]")));
    }
    for (Element a : doc.select("a[rel~=(?i)\\btag\\b]")) {
      all.add(a.text().replaceFirst("^#", ""));
    }
    for (String t : all) {
      String tag = t.strip();
      if (!tag.isEmpty() && tags.size() < MAX_TAGS) {
        tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
      }
    }
    return List.copyOf(tags.values());
  }

  /** The {@code lang} attribute of {@code <html>}, lower-cased primary subtag, or {@code null}. */
  String htmlLang() {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    return lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  static LocalDate urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? DateParser.find(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : null;
  }

  /** Removes {@code " - Site"} / {@code " | Site"} and {@code "Site - "} when Site is the site name. */
  static String stripSiteName(String title, String site) {
    if (site == null || site.isBlank()) {
      return title;
    }
    String quoted = Pattern.quote(site.strip());
    String t = title.replaceFirst("(?i)" + SEPARATORS + quoted + "$", "");
    return t.replaceFirst("(?i)^" + quoted + SEPARATORS, "").strip();
  }

  /**
   * The datetime of the post's {@code <time>}: one marked as published, else the first inside an
   * article or main element, else the only one on the page (several unmarked ones are a list).
   */
  private String timeDatetime() {
    Element marked =
        doc.selectFirst(
            "time[itemprop=datePublished][datetime], time.published[datetime], time.entry-date[datetime],"
                + " article time[datetime], main time[datetime]");
    if (marked != null) {
      return marked.attr("datetime");
    }
    Elements all = doc.select("time[datetime]");
    return all.size() == 1 ? all.first().attr("datetime") : null;
  }

  private String selected(org.jsoup.select.Evaluator selector) {
    if (selector == null) {
      return null;
    }
    Element el = doc.selectFirst(selector);
    if (el == null) {
      return null;
    }
    String s = el.hasAttr("datetime") ? el.attr("datetime") : el.text();
    return s.isBlank() ? null : s.strip();
  }

  /** A meta tag's content by {@code property} or {@code name}, ignoring case. */
  private String meta(String key) {
    Elements found = metaElements(key);
    for (Element m : found) {
      String c = m.attr("content").strip();
      if (!c.isEmpty()) {
        return c;
      }
    }
    return null;
  }

  /** All non-URL values of a meta key joined by ", " (article:author may be a profile URL). */
  private String metaAll(String key) {
    List<String> values = new ArrayList<>();
    for (Element m : metaElements(key)) {
      String c = m.attr("content").strip();
      if (!c.isEmpty() && !c.startsWith("http") && !values.contains(c)) {
        values.add(c);
      }
    }
    return String.join(", ", values);
  }

  private Elements metaElements(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    Elements out = new Elements();
    for (Element m : doc.select("meta[content]")) {
      String p = m.attr("property").toLowerCase(Locale.ROOT);
      String n = m.attr("name").toLowerCase(Locale.ROOT);
      if (p.equals(k) || n.equals(k)) {
        out.add(m);
      }
    }
    return out;
  }

  private static String unescape(String s) {
    return s == null ? null : Parser.unescapeEntities(s, false).strip();
  }
}
