package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final UrlNormalizer normalizer = UrlNormalizer.load(null);

  @Test
  void rssItemsGiveLinkTitleDateAndCreator() {
    byte[] rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <item><title>KubeCon EU 2024 후기</title>
        <link>https://blog.test/kubecon-eu-2024?utm_source=rss</link>
        <dc:creator>이서준</dc:creator><pubDate>Fri, 22 Mar 2024 10:00:00 +0100</pubDate></item>
        <item><title>no link here</title></item>
        </channel></rss>""".getBytes(StandardCharsets.UTF_8);
    List<FeedReader.Entry> entries = FeedReader.entries(
        FeedReader.parseXml(rss, "https://blog.test/rss"), "https://blog.test/rss", normalizer);
    assertEquals(List.of(new FeedReader.Entry("https://blog.test/kubecon-eu-2024", Map.of(
        PageHints.FEED_TITLE, "KubeCon EU 2024 후기",
        PageHints.FEED_AUTHOR, "이서준",
        PageHints.FEED_DATE, "2024-03-22T10:00:00+01:00"))), entries);
  }

  @Test
  void atomRelativeLinksResolveAgainstTheFeed() {
    byte[] atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>DEVIEW 2021</title>
        <link rel="alternate" type="text/html" href="/2021/11/deview/"/>
        <updated>2021-11-18T00:00:00Z</updated></entry></feed>"""
        .getBytes(StandardCharsets.UTF_8);
    List<FeedReader.Entry> entries = FeedReader.entries(
        FeedReader.parseXml(atom, "https://d2.test/atom"), "https://d2.test/atom", normalizer);
    assertEquals("https://d2.test/2021/11/deview/", entries.get(0).url());
    assertEquals("2021-11-18T00:00:00Z", entries.get(0).hints().get(PageHints.FEED_DATE));
  }
}
