package dev.recaps.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads XML, text and gzipped sitemaps and sitemap indexes with crawler-commons. */
final class SitemapReader {

  /** A parsed sitemap: child sitemaps (of an index) or page entries with their hints. */
  record Result(List<String> sitemaps, List<FeedReader.Entry> pages) {}

  // Not strict: a sitemap may list URLs outside its own directory; our scope filters them instead.
  private final SiteMapParser parser = new SiteMapParser(false);

  /** Parses a sitemap body; throws {@link IOException} with the reason when it is not one. */
  Result read(byte[] body, String contentType, String url, UrlNormalizer normalizer)
      throws IOException {
    AbstractSiteMap parsed;
    try {
      URL location = URI.create(url).toURL();
      parsed = parser.parseSiteMap(contentType.isEmpty() ? "text/xml" : contentType, body,
          location);
    } catch (UnknownFormatException e) {
      throw new IOException("not a sitemap: " + e.getMessage(), e);
    }
    List<String> children = new ArrayList<>();
    List<FeedReader.Entry> pages = new ArrayList<>();
    if (parsed instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        String childUrl = normalizer.normalize(child.getUrl().toString());
        if (childUrl != null) {
          children.add(childUrl);
        }
      }
    } else if (parsed instanceof SiteMap map) {
      for (SiteMapURL entry : map.getSiteMapUrls()) {
        String pageUrl = normalizer.normalize(entry.getUrl().toString());
        if (pageUrl == null) {
          continue;
        }
        Map<String, String> hints = entry.getLastModified() == null ? Map.of()
            : Map.of(PageHints.SITEMAP_LASTMOD, entry.getLastModified().toInstant()
                .atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        pages.add(new FeedReader.Entry(pageUrl, hints));
      }
    }
    return new Result(children, pages);
  }
}
