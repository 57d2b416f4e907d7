package dev.recaps.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads the entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed with jsoup's XML parser. */
final class FeedReader {

  /** One feed entry: the linked page and the facts the feed states about it. */
  record Entry(String url, Map<String, String> hints) {}

  private FeedReader() {}

  /** Parses an XML document; {@code null} root name when it is not XML at all. */
  static Document parseXml(byte[] body, String url) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), null, url, Parser.xmlParser());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse in-memory XML of " + url, e);
    }
  }

  /** Entries with a usable link, in feed order. */
  static List<Entry> entries(Document feed, String feedUrl, UrlNormalizer normalizer) {
    List<Entry> out = new ArrayList<>();
    for (Element item : feed.select("item, entry")) {
      String link = linkOf(item);
      String url = link == null ? null : normalizer.resolve(feedUrl, link);
      if (url == null) {
        continue;
      }
      Map<String, String> hints = new HashMap<>();
      put(hints, PageHints.FEED_TITLE, text(item, "title"));
      put(hints, PageHints.FEED_DATE, isoDate(firstText(item, "pubDate", "published", "dc|date",
          "updated")));
      put(hints, PageHints.FEED_AUTHOR, firstText(item, "dc|creator", "author > name", "author"));
      List<String> categories = new ArrayList<>();
      for (Element c : item.select("category")) {
        String term = c.hasAttr("term") ? c.attr("term") : c.text();
        if (!term.isBlank()) {
          categories.add(term.strip());
        }
      }
      put(hints, PageHints.FEED_CATEGORIES, categories.isEmpty() ? null : String.join(", ", categories));
      out.add(new Entry(url, hints));
    }
    return out;
  }

  private static String linkOf(Element item) {
    Element alternate = item.selectFirst("link[rel=alternate][href], link:not([rel])[href]");
    if (alternate != null) {
      return alternate.attr("href");
    }
    Element link = item.selectFirst("link");
    if (link != null && !link.text().isBlank()) {
      return link.text().strip();
    }
    Element guid = item.selectFirst("guid[isPermaLink=true], guid:not([isPermaLink])");
    return guid != null && guid.text().startsWith("http") ? guid.text().strip() : null;
  }

  private static String firstText(Element item, String... selectors) {
    for (String selector : selectors) {
      String t = text(item, selector);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static String text(Element item, String selector) {
    Element e = item.selectFirst(selector);
    return e == null || e.text().isBlank() ? null : e.text().strip();
  }

  /** RFC 822 (RSS) or W3C (Atom) dates as ISO-8601; kept as given when neither parses. */
  static String isoDate(String raw) {
    if (raw == null) {
      return null;
    }
    ZonedDateTime parsed = AbstractSiteMap.parseRSSTimestamp(raw);
    if (parsed == null) {
      parsed = AbstractSiteMap.convertToZonedDateTime(raw);
    }
    return parsed == null ? raw : parsed.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static void put(Map<String, String> hints, String key, String value) {
    if (value != null && !value.isBlank()) {
      hints.put(key, value);
    }
  }
}
