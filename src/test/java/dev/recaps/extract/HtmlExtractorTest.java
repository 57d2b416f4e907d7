package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = HtmlExtractor.withDefaults();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("html/" + name)) {
      return in.readAllBytes();
    }
  }

  private HtmlPage page(String fixture, String url) throws IOException {
    return extractor.extract(fixture(fixture), "text/html; charset=utf-8", url, Map.of());
  }

  @Test
  void bundledRulesLoadWithoutWarnings() {
    assertEquals(List.of(), extractor.loadWarnings());
  }

  @Test
  void tistoryPostKeepsArticleBodyAndDropsNavCommentsAndScripts() throws IOException {
    HtmlPage page = page("tistory-post.html", "https://cloudnote.tistory.com/87");
    assertEquals(PageType.ARTICLE, page.type());
    Recap r = page.recap();
    assertEquals("AWS re:Invent 2023 첫째 날 후기", r.title());
    assertEquals(LocalDate.of(2023, 11, 28), r.published());
    assertEquals(List.of("AWS", "reInvent", "re:Invent"), r.tags());
    assertNull(r.author());
    assertEquals(List.of("Monday Night Live", "느낀 점"), r.headings());
    assertEquals("cloudnote.tistory.com", r.site());
    assertEquals("https://cloudnote.tistory.com/87", r.url());
    assertEquals(RecapIds.of("https://cloudnote.tistory.com/87"), r.id());
    assertEquals("ko", r.lang());
    assertTrue(r.text().startsWith("라스베가스에 도착한 첫날"), r.text());
    assertTrue(r.text().contains("\n\naws rds describe-db-clusters --region us-east-1\n\n"), r.text());
    for (String absent : List.of("do not index me", "카테고리 메뉴", "다른 글", "공유하기", "댓글 영역", "Copyright", "<p>")) {
      assertFalse(r.text().contains(absent), absent);
    }
  }

  @Test
  void naverSmartEditorPostUsesPlatformAuthorAndDateAndDropsHiddenText() throws IOException {
    HtmlPage page =
        page("naver-smarteditor.html", "https://blog.naver.com/PostView.naver?blogId=kuber&logNo=223390000000");
    assertEquals(PageType.ARTICLE, page.type());
    Recap r = page.recap();
    assertEquals("KubeCon 2024 참관기", r.title());
    assertEquals("쿠버장인", r.author());
    assertEquals(LocalDate.of(2024, 3, 22), r.published());
    assertEquals(List.of("기억에 남는 세션"), r.headings());
    assertEquals("blog.naver.com", r.site());
    assertTrue(r.text().startsWith("파리에서 열린 KubeCon"), r.text());
    for (String absent : List.of("사진 설명을 입력하세요", "블로그 홈", "script text", "공감", "\u200B")) {
      assertFalse(r.text().contains(absent), absent);
    }
  }

  @Test
  void velogPostReadsAuthorAndKoreanDateFromItsInformationLine() throws IOException {
    HtmlPage page = page("velog-post.html", "https://velog.io/@devkim/deview-2023-day2");
    assertEquals(PageType.ARTICLE, page.type(), page.reason());
    Recap r = page.recap();
    assertEquals("DEVIEW 2023 Day 2 정리", r.title());
    assertEquals("devkim", r.author());
    assertEquals(LocalDate.of(2023, 3, 1), r.published());
    assertEquals(List.of("검색 랭킹 모델", "HyperCLOVA 서빙"), r.headings());
    assertEquals("velog.io", r.site());
    assertFalse(r.text().contains("잘 읽었습니다"));
    assertFalse(r.text().contains("트렌딩"));
  }

  @Test
  void hugoPostOnCustomDomainIsRecognizedByGeneratorMeta() throws IOException {
    HtmlPage page = page("hugo-post.html", "https://ops.example.dev/posts/kubecon-na-2022/");
    assertEquals(PageType.ARTICLE, page.type(), page.reason());
    Recap r = page.recap();
    assertEquals("KubeCon NA 2022 Recap", r.title());
    assertEquals("Jane Doe", r.author());
    assertEquals(LocalDate.of(2022, 10, 30), r.published());
    assertEquals(List.of("kubecon", "kubernetes", "recap"), r.tags());
    assertEquals(List.of("Keynotes", "Highlights"), r.headings());
    assertEquals("en", r.lang());
    assertTrue(r.text().contains("Gateway API adoption"), r.text());
    assertTrue(r.text().contains("kubectl get gateways -A"), r.text());
    for (String absent : List.of("Table of Contents", "Powered by Hugo", "analytics", "https://example.org")) {
      assertFalse(r.text().contains(absent), absent);
    }
  }

  @Test
  void jsonLdGraphGivesHeadlineDateKeywordsAndAuthorResolvedById() throws IOException {
    HtmlPage page = page("wordpress-graph.html", "https://notes.example.com/reinvent-2022/?utm_source=feed");
    assertEquals(PageType.ARTICLE, page.type(), page.reason());
    Recap r = page.recap();
    assertEquals("re:Invent 2022 – What we learned", r.title());
    assertEquals(LocalDate.of(2022, 12, 5), r.published());
    assertEquals("Alex Kim", r.author());
    assertEquals(List.of("re:Invent", "Serverless", "EventBridge"), r.tags());
    assertEquals("https://notes.example.com/reinvent-2022/", page.canonicalUrl());
    assertEquals("https://notes.example.com/reinvent-2022/", r.source());
    assertEquals("notes.example.com", r.site());
    for (String absent : List.of("Share this", "Twitter", "Related", "Recent posts", "Home")) {
      assertFalse(r.text().contains(absent), absent);
    }
  }

  @Test
  void pagedListingUrlIsAListing() throws IOException {
    HtmlPage page = page("listing-home.html", "https://devblog.example.com/page/2/");
    assertEquals(PageType.LISTING, page.type());
    assertNull(page.recap());
    assertEquals("URL path /page/2/ is a listing", page.reason());
  }

  @Test
  void pageThatIsMostlyLinksToPostsIsAListingWhateverItsUrl() throws IOException {
    HtmlPage page = page("listing-home.html", "https://devblog.example.com/recent");
    assertEquals(PageType.LISTING, page.type());
    assertEquals("main content is a list of 6 links to posts", page.reason());
  }

  @Test
  void tagCategoryAndHomeUrlsAreListings() throws IOException {
    for (String url :
        List.of(
            "https://cloudnote.tistory.com/",
            "https://cloudnote.tistory.com/category/AWS",
            "https://velog.io/tags/reinvent",
            "https://blog.example.com/archives/2021/12/",
            "https://cloudnote.tistory.com/?page=3")) {
      assertEquals(PageType.LISTING, page("tistory-post.html", url).type(), url);
    }
  }

  @Test
  void wordpressArchivesPermalinkIsStillAnArticle() throws IOException {
    assertEquals(PageType.ARTICLE, page("tistory-post.html", "https://blog.example.com/archives/123").type());
  }

  @Test
  void eucKrPageDeclaredOnlyByMetaHttpEquivDecodesToHangul() {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"
            + "<title>데브시스터즈 re:Invent 후기</title>"
            + "<meta property=\"og:type\" content=\"article\"></head><body><article>"
            + "<p>라스베가스에서 열린 리인벤트에 다녀왔습니다. 게임 서버를 쿠버네티스로 옮긴 경험을 나눈 세션이 가장 좋았습니다.</p>"
            + "<p>둘째 날에는 데이터베이스 세션을 연달아 들었고, 저녁에는 한국 참가자 모임에 갔습니다.</p>"
            + "</article></body></html>";
    HtmlPage page =
        extractor.extract(html.getBytes(Charset.forName("EUC-KR")), "text/html", "http://old.example.co.kr/board/1", Map.of());
    assertEquals(PageType.ARTICLE, page.type(), page.reason());
    assertEquals("x-windows-949", page.charset());
    assertEquals("데브시스터즈 re:Invent 후기", page.recap().title());
    assertTrue(page.recap().text().startsWith("라스베가스에서 열린 리인벤트에 다녀왔습니다."));
  }

  @Test
  void undeclaredEucKrPageIsDetectedAsKorean() {
    String html =
        "<html><head><title>제목 없는 옛날 블로그 글</title></head><body><div id=\"content\">"
            + "<p>".repeat(1)
            + "클라우드 컨퍼런스에 처음 참석했다. 세션마다 사람이 가득했고 발표 자료는 나중에 공개된다고 한다. ".repeat(6)
            + "</p></div></body></html>";
    HtmlPage page =
        extractor.extract(html.getBytes(Charset.forName("x-windows-949")), null, "http://old.example.co.kr/view?no=7", Map.of());
    assertEquals(PageType.ARTICLE, page.type(), page.reason());
    assertEquals("x-windows-949", page.charset());
    assertEquals("제목 없는 옛날 블로그 글", page.recap().title());
    assertTrue(page.recap().text().startsWith("클라우드 컨퍼런스에 처음 참석했다."));
  }

  @Test
  void feedHintsFillDateAndTitleThePageLacks() {
    String html =
        "<html><head><title>Home | My Blog</title><meta property=\"og:site_name\" content=\"My Blog\"></head>"
            + "<body><article><p>"
            + "A long enough body about the summit. ".repeat(12)
            + "</p></article></body></html>";
    HtmlPage page =
        extractor.extract(
            html.getBytes(StandardCharsets.UTF_8),
            "text/html",
            "https://blog.example.com/summit-notes",
            Map.of(HtmlExtractor.HINT_FEED_DATE, "Fri, 31 Dec 2021 09:00:00 GMT", HtmlExtractor.HINT_FEED_TITLE, "Summit notes"));
    assertEquals(LocalDate.of(2021, 12, 31), page.recap().published());
    assertEquals("Summit notes", page.recap().title());
  }

  @Test
  void dateInUrlIsUsedWhenNoMetadataStatesOne() {
    String html = "<html><body><article><p>" + "Notes from the conference floor. ".repeat(12) + "</p></article></body></html>";
    HtmlPage page = extractor.extract(html, "https://blog.example.com/2019/12/05/reinvent-notes/");
    assertEquals(LocalDate.of(2019, 12, 5), page.recap().published());
    assertEquals("reinvent notes", page.recap().title());
  }

  @Test
  void titleSiteNameSuffixIsStripped() {
    assertEquals("Recap", HtmlMetadata.stripSiteName("Recap | Ops Notes", "Ops Notes"));
    assertEquals("Recap", HtmlMetadata.stripSiteName("Ops Notes - Recap", "Ops Notes"));
    assertEquals("글 제목", HtmlMetadata.stripSiteName("글 제목 :: 클라우드 노트", "클라우드 노트"));
    assertEquals("A - B", HtmlMetadata.stripSiteName("A - B", "Other"));
  }

  @Test
  void crossSiteCanonicalIsIgnored() {
    String html =
        "<html><head><link rel=canonical href=\"https://aggregator.example.net/copy/1\"><meta property=og:type content=article></head>"
            + "<body><article><p>" + "Original post text here. ".repeat(10) + "</p></article></body></html>";
    HtmlPage page = extractor.extract(html, "https://author.example.com/post/1#top");
    assertEquals("https://author.example.com/post/1", page.canonicalUrl());
  }

  @Test
  void commentsBlockInsideTheArticleIsRemovedByItsIdSelector() {
    String html =
        "<html><head><meta property=og:type content=article></head><body><article><p>"
            + "The expo hall was huge this year. ".repeat(8)
            + "</p><div id=disqus_thread><p>First! Great post.</p></div></article></body></html>";
    Recap r = extractor.extract(html, "https://blog.example.com/expo").recap();
    assertFalse(r.text().contains("Great post"), r.text());
  }

  @Test
  void nonHtmlContentTypeAndBinaryBodiesAreNotHtml() {
    HtmlPage pdf = extractor.extract("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "application/pdf", "https://x.example/a.pdf", Map.of());
    assertEquals(PageType.NOT_HTML, pdf.type());
    assertEquals("content type application/pdf", pdf.reason());
    HtmlPage binary = extractor.extract(new byte[] {'G', 'I', 'F', 0, 1, 2}, null, "https://x.example/a", Map.of());
    assertEquals(PageType.NOT_HTML, binary.type());
    HtmlPage plain = extractor.extract("just words".getBytes(StandardCharsets.UTF_8), null, "https://x.example/b", Map.of());
    assertEquals(PageType.NOT_HTML, plain.type());
  }

  @Test
  void emptyBodyAndEmptyPageAreEmpty() {
    assertEquals(PageType.EMPTY, extractor.extract(new byte[0], "text/html", "https://x.example/", Map.of()).type());
    HtmlPage shell = extractor.extract("<html><body><div id=app></div><script>render()</script></body></html>", "https://x.example/post/1");
    assertEquals(PageType.EMPTY, shell.type());
    assertEquals("main text has only 0 letter units (an article needs 300)", shell.reason());
  }

  @Test
  void userPlatformFileAddsSelectorsAndReportsMalformedLines(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("platforms.tsv"),
        "# my company blog\n"
            + "acme\t^tech\\.acme\\.example$\t-\t.acme-body\t.acme-title\t.acme-date\t.acme-by\n"
            + "broken\tonly three\tcolumns\n",
        StandardCharsets.UTF_8);
    HtmlExtractor custom = HtmlExtractor.load(dir);
    assertEquals(
        List.of(dir.resolve("platforms.tsv") + " line 3: expected 7 tab-separated columns, found 3; line skipped"),
        custom.loadWarnings());
    String html =
        "<html><body><h2 class=acme-title>ACME at re:Invent</h2><span class=acme-date>2020-12-01</span>"
            + "<span class=acme-by>Dana</span><div class=acme-body><p>" + "We shipped a lot this year. ".repeat(15)
            + "</p></div><div class=sidebar>" + "sidebar words ".repeat(80) + "</div></body></html>";
    Recap r = custom.extract(html, "https://tech.acme.example/p/1").recap();
    assertEquals("ACME at re:Invent", r.title());
    assertEquals("Dana", r.author());
    assertEquals(LocalDate.of(2020, 12, 1), r.published());
    assertFalse(r.text().contains("sidebar"));
  }
}
