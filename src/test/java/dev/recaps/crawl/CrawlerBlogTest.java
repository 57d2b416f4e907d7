package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls of small local blogs shaped like Hexo, Tistory, Naver Blog and velog. */
class CrawlerBlogTest {
  @TempDir Path data;
  private TestSite site;
  private final RecordingSink sink = new RecordingSink();
  private final CrawlConfig config = CrawlConfig.defaults().toBuilder().delayMs(20).build();

  @BeforeEach
  void startSite() throws IOException {
    site = TestSite.start();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private void serveHexo() {
    site.fixture("/robots.txt", "hexo/robots.txt")
        .fixture("/", "hexo/index.html")
        .fixture("/page/2/", "hexo/page/2/index.html")
        .fixture("/tags/aws/", "hexo/tags/aws/index.html")
        .fixture("/archives/", "hexo/archives/index.html")
        .fixture("/posts/reinvent-2024-recap/", "hexo/posts/reinvent-2024-recap/index.html")
        .fixture("/amp/reinvent-2024-recap/", "hexo/amp/reinvent-2024-recap/index.html")
        .fixture("/posts/kubecon-2023/", "hexo/posts/kubecon-2023/index.html")
        .fixture("/mirror/kubecon-2023/", "hexo/posts/kubecon-2023/index.html")
        .fixture("/posts/deview-2023/", "hexo/posts/deview-2023/index.html")
        .fixture("/atom.xml", "hexo/atom.xml")
        .fixture("/sitemap.xml", "hexo/sitemap.xml");
  }

  private CrawlReport crawl(CrawlConfig c, String... seeds) throws IOException {
    return new Crawler(c, data, sink, CrawlProgress.NONE).crawl(List.of(seeds));
  }

  @Test
  void hexoBlogHandsEveryPageOnceAndSkipsWithReasons() throws IOException {
    serveHexo();
    CrawlReport report = crawl(config, site.base() + "/");

    assertEquals(new TreeMap<>(Map.of(
        "/", "listing",
        "/archives/", "listing",
        "/page/2/", "listing",
        "/tags/aws/", "listing",
        "/posts/reinvent-2024-recap/", "article",
        "/posts/kubecon-2023/", "article",
        "/posts/deview-2023/", "article")), sink.outcomes(site.base()));
    assertEquals(Map.of("not an article", 4, "robots", 1, "duplicate", 2, "off-site", 1),
        report.skipped());
    assertEquals(3, report.indexed());
    assertEquals(Map.of(), report.errors());
    assertEquals(List.of(), site.hits("/private/drafts/"));
    assertEquals(new HashSet<>(site.targets()).size(), site.targets().size(),
        "no URL requested twice: " + site.targets());
    assertTrue(site.hits().stream().allMatch(
        h -> CrawlConfig.DEFAULT_USER_AGENT.equals(h.header("User-Agent"))));
  }

  @Test
  void discoveryAsksRobotsThenSitemapsAndFeedsBeforePages() throws IOException {
    serveHexo();
    crawl(config, site.base() + "/");

    assertEquals(List.of("/robots.txt", "/sitemap.xml", "/rss", "/feed", "/atom.xml",
        "/index.xml", "/"), site.targets().subList(0, 7));
  }

  @Test
  void feedAndSitemapFactsTravelWithThePageAsHints() throws IOException {
    serveHexo();
    crawl(config, site.base() + "/");

    FetchedPage reinvent = sink.page(site.base() + "/posts/reinvent-2024-recap/");
    assertEquals(Map.of(
        PageHints.FEED_TITLE, "AWS re:Invent 2024 참관기",
        PageHints.FEED_DATE, "2024-12-16T00:00:00Z",
        PageHints.FEED_AUTHOR, "김지은",
        PageHints.FEED_CATEGORIES, "aws, reinvent",
        PageHints.SITEMAP_LASTMOD, "2024-12-17T00:00:00Z"), reinvent.hints());
    assertEquals(1, reinvent.depth());
    assertEquals(200, reinvent.status());
  }

  @Test
  void trackingParametersAndFragmentsAreNormalizedAway() throws IOException {
    serveHexo();
    crawl(config, site.base() + "/");

    assertEquals(1, site.hits("/posts/kubecon-2023/").size());
    assertTrue(site.targets().stream().noneMatch(t -> t.contains("utm_")));
    assertEquals(1, site.hits("/page/2/").size(), "index.html is the directory");
  }

  @Test
  void feedGivenAsSeedHandsItsEntriesWithoutWanderingTheSite() throws IOException {
    serveHexo();
    CrawlReport report = crawl(config, site.base() + "/atom.xml");

    assertEquals(Map.of("/posts/kubecon-2023/", "article", "/posts/reinvent-2024-recap/",
        "article"), sink.outcomes(site.base()));
    assertEquals(2, report.indexed());
    assertEquals(List.of(), site.hits("/"));
  }

  @Test
  void sitemapIndexGivenAsSeedIsFollowedToItsSitemaps() throws IOException {
    serveHexo();
    site.text("/sitemap-index.xml", "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>{{base}}/sitemap.xml</loc></sitemap>
        </sitemapindex>""");
    crawl(config, site.base() + "/sitemap-index.xml");

    assertEquals(Map.of(
        "/", "listing",
        "/posts/deview-2023/", "article",
        "/posts/kubecon-2023/", "article",
        "/posts/reinvent-2024-recap/", "article"), sink.outcomes(site.base()));
  }

  @Test
  void archiveReadBackYieldsExactlyThePagesAndBytesTheSinkGot() throws IOException {
    serveHexo();
    crawl(config, site.base() + "/");

    Map<String, byte[]> archived = new HashMap<>();
    Map<String, Map<String, String>> archivedHints = new HashMap<>();
    WarcArchive.ReadSummary summary = new WarcArchive(Crawler.archiveDir(data)).forEachPage(p -> {
      archived.put(p.finalUrl(), p.body());
      archivedHints.put(p.finalUrl(), p.hints());
    });
    assertEquals(sink.pages.size(), summary.pages());
    assertEquals(List.of(), summary.problems());
    for (FetchedPage handed : sink.pages) {
      assertArrayEquals(handed.body(), archived.get(handed.finalUrl()), handed.finalUrl());
      assertEquals(handed.hints(), archivedHints.get(handed.finalUrl()), handed.finalUrl());
    }
    FetchedPage byRef = new WarcArchive(Crawler.archiveDir(data))
        .read(sink.pages.get(1).warcRef());
    assertEquals(sink.pages.get(1).finalUrl(), byRef.finalUrl());
    assertEquals(sink.pages.get(1).contentType(), byRef.contentType());
  }

  @Test
  void eucKrPageWithoutDeclaredCharsetIsHandedAndArchivedByteExact() throws IOException {
    byte[] eucKr = ("<html><head><title>리인벤트 2019 후기</title></head><body>"
        + "<p>AWS re:Invent 2019 참관 후기입니다.</p></body></html>")
        .getBytes(Charset.forName("EUC-KR"));
    site.page("/posts/legacy/", "text/html", eucKr);
    crawl(config, site.base() + "/posts/legacy/");

    assertEquals(1, sink.pages.size());
    assertArrayEquals(eucKr, sink.pages.get(0).body());
    assertEquals("text/html", sink.pages.get(0).contentType());
    FetchedPage archived = new WarcArchive(Crawler.archiveDir(data))
        .read(sink.pages.get(0).warcRef());
    assertArrayEquals(eucKr, archived.body());
  }

  @Test
  void tistoryRssProbeFindsPostsAndCarriesTheirFeedFacts() throws IOException {
    site.fixture("/", "tistory/index.html")
        .fixture("/12", "tistory/12.html")
        .fixture("/rss", "tistory/rss.xml");
    crawl(config.toBuilder().maxDepth(1).build(), site.base() + "/");

    FetchedPage post = sink.page(site.base() + "/12");
    assertEquals("2023-12-04T21:30:00+09:00", post.hint(PageHints.FEED_DATE));
    assertEquals("홍길동", post.hint(PageHints.FEED_AUTHOR));
    assertEquals("컨퍼런스", post.hint(PageHints.FEED_CATEGORIES));
    assertEquals(1, site.hits("/12").size());
  }

  @Test
  void naverOuterPageLeadsToItsPostViewWhichCarriesTheOuterHints() throws IOException {
    site.fixture("/devnote/223012345678", "naver/outer.html")
        .fixture("/PostView.naver?blogId=devnote&directAccess=false&logNo=223012345678"
            + "&redirect=Dlog&widgetTypeCall=true", "naver/postview.html");
    CrawlReport report = crawl(config.toBuilder().maxDepth(0).build(),
        site.base() + "/devnote/223012345678");

    String postView = site.base() + "/PostView.naver?blogId=devnote&directAccess=false"
        + "&logNo=223012345678&redirect=Dlog&widgetTypeCall=true";
    FetchedPage outer = sink.page(site.base() + "/devnote/223012345678");
    assertEquals(postView, outer.hint(PageHints.NAVER_POST_VIEW));
    FetchedPage inner = sink.page(postView);
    assertEquals(site.base() + "/devnote/223012345678", inner.hint(PageHints.FRAME_OF));
    assertNull(inner.hint(PageHints.NAVER_POST_VIEW));
    assertEquals(1, report.indexed());
    assertEquals(1, report.skipped("not an article"));
  }

  @Test
  void velogCrawlStaysOnTheSeedAuthorsPagesOfASharedHost() throws IOException {
    Path tenants = CrawlDataFile.userFile(data, Scope.TENANTS_FILE);
    Files.createDirectories(tenants.getParent());
    Files.writeString(tenants, "# test host shared like velog.io\n127.0.0.1 segment\nbroken line here\n");
    site.fixture("/@alice/ifkakao-2022", "velog/alice-post.html")
        .fixture("/@alice/posts", "velog/alice-list.html");
    CrawlReport report = crawl(config, site.base() + "/@alice/ifkakao-2022");

    assertEquals(Map.of("/@alice/ifkakao-2022", "listing", "/@alice/posts", "listing"),
        sink.outcomes(site.base()));
    assertEquals(3, report.skipped("off-site")); // /@bob/ifkakao-2022, /@bob, /trending
    assertEquals(List.of(), site.hits("/@bob/ifkakao-2022"));
  }
}
