package dev.recaps.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
  private final UrlNormalizer normalizer = UrlNormalizer.load(null);

  @Test
  void trackingParametersFragmentsAndDefaultPortsGo() {
    assertEquals("https://blog.example.com/posts/a/?page=2",
        normalizer.normalize("HTTPS://Blog.Example.com:443/posts/a/?utm_source=x&page=2"
            + "&fbclid=abc&gclid=1#comments"));
  }

  @Test
  void trailingIndexHtmlIsTheDirectory() {
    assertEquals("http://x.test/page/2/", normalizer.normalize("http://x.test/page/2/index.html"));
  }

  @Test
  void naverFeedTrackingIsDroppedButPostIdentityKept() {
    assertEquals("https://blog.naver.com/devnote/223012345678",
        normalizer.normalize("https://blog.naver.com/devnote/223012345678?fromRss=true&trackingCode=rss"));
  }

  @Test
  void dotSegmentsAreResolvedAndQueryParametersSorted() {
    assertEquals("http://x.test/b/c?a=1&z=2", normalizer.resolve("http://x.test/a/", "../b/./c?z=2&a=1"));
  }

  @Test
  void nonHttpLinksAreRejected() {
    assertNull(normalizer.normalize("mailto:someone@example.com"));
    assertNull(normalizer.resolve("http://x.test/", "javascript:void(0)"));
    assertNull(normalizer.normalize("ftp://x.test/file"));
  }
}
