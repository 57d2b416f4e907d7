package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue's own examples of the Korean typing aids, end to end through the searcher. */
class TypingAidsTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    searcher = TestRecaps.indexAndOpen(dir, List.of(
        TestRecaps.recap("t1", "서버리스 세션 정리", "람다로 만든 서버리스 애플리케이션", "ko", LocalDate.of(2019, 12, 3),
            "AWS re:Invent", 2019, List.of(), List.of("serverless")),
        TestRecaps.recap("t2", "쿠버네티스 운영기", "쿠버네티스 클러스터를 운영하며 배운 점", "ko", LocalDate.of(2023, 4, 20),
            "KubeCon + CloudNativeCon", 2023, List.of(), List.of("containers")),
        TestRecaps.recap("t3", "kube-proxy deep dive", "How kube-proxy programs iptables", "en", LocalDate.of(2022, 5, 18),
            "KubeCon + CloudNativeCon", 2022, List.of(), List.of("networking"))));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static SearchResult search(String q) {
    return searcher.search(new SearchRequest(q, Map.of(), Sort.RELEVANCE, 1, 10, true));
  }

  @Test
  void latinTypedOnTheWrongLayoutFindsServerless() {
    SearchResult r = search("tjqjfltm");
    assertEquals("서버리스", r.rewrittenQuery());
    assertEquals("서버리스 세션 정리", r.hits().get(0).title());
    assertEquals("<mark>서버리스</mark> 세션 정리", r.hits().get(0).titleHtml());
  }

  @Test
  void jamoTypedForAnEnglishWordFindsKube() {
    SearchResult r = search("ㅏㅕㅠㄷ");
    assertEquals("kube", r.rewrittenQuery());
    assertEquals(List.of("kube-proxy deep dive"), r.hits().stream().map(h -> h.title()).toList());
  }

  @Test
  void koreanTypoIsFixedOnJamo() {
    SearchResult r = search("쿠버네티승");
    assertEquals("쿠버네티스", r.rewrittenQuery());
    assertEquals(List.of("쿠버네티스 운영기"), r.hits().stream().map(h -> h.title()).toList());
  }

  @Test
  void correctQueriesAreLeftAlone() {
    SearchResult r = search("서버리스");
    assertNull(r.rewrittenQuery());
    assertNull(r.didYouMean());
    assertEquals(1, r.total());
  }
}
