package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.model.FacetValue;
import dev.recaps.model.Hit;
import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapSearcherTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    searcher = TestRecaps.indexAndOpen(dir, TestRecaps.sample());
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static SearchResult search(String q, Map<String, List<String>> filters) {
    return searcher.search(new SearchRequest(q, filters, Sort.RELEVANCE, 1, 10, true));
  }

  private static List<String> titles(SearchResult r) {
    return r.hits().stream().map(Hit::title).toList();
  }

  private static Map<String, Integer> counts(SearchResult r, String dim) {
    return r.facets().get(dim).stream()
        .collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void emptyQueryListsEverythingNewestFirst() {
    SearchResult r = search("", Map.of());
    assertEquals(5, r.total());
    assertEquals(List.of("re:Invent 2021 keynotes", "KubeCon 2021 쿠버네티스 정리",
        "AWS re:Invent 2019 후기", "DEVIEW 2019 참관기", "Google I/O 2019 recap"), titles(r));
  }

  @Test
  void facetCountsCoverTheWholeResult() {
    SearchResult r = search("", Map.of());
    assertEquals(List.of(new FacetValue("2021", 2, false), new FacetValue("2019", 3, false)),
        r.facets().get("year"));
    assertEquals(Map.of("serverless", 2, "keynote", 2, "ai-ml", 2, "databases", 1,
        "containers", 1, "observability", 1), counts(r, "topic"));
  }

  @Test
  void drillDownOnYearKeepsOtherYearCounts() {
    SearchResult r = search("", Map.of("year", List.of("2019")));
    assertEquals(3, r.total());
    assertEquals(List.of(new FacetValue("2021", 2, false), new FacetValue("2019", 3, true)),
        r.facets().get("year"));
    assertEquals(Map.of("ko", 2, "en", 1), counts(r, "lang"));
  }

  @Test
  void twoValuesInOneDimensionAreOredAndDimensionsAnded() {
    SearchResult r = search("", Map.of("year", List.of("2019", "2021"), "topic", List.of("keynote")));
    assertEquals(2, r.total());
    assertEquals(List.of(new FacetValue("2021", 0, true), new FacetValue("2019", 2, true)),
        r.facets().get("year"));
    assertEquals(Map.of("serverless", 2, "keynote", 2, "ai-ml", 2, "databases", 1,
        "containers", 1, "observability", 1), counts(r, "topic"));
  }

  @Test
  void unknownFacetValueIsSelectedWithZeroCount() {
    SearchResult r = search("", Map.of("speaker", List.of("Nobody Here")));
    assertEquals(0, r.total());
    assertTrue(r.facets().get("speaker").contains(new FacetValue("Nobody Here", 0, true)));
  }

  @Test
  void englishKeywordFindsStemmedForms() {
    assertEquals(java.util.Set.of("re:Invent 2021 keynotes", "Google I/O 2019 recap", "AWS re:Invent 2019 후기"),
        java.util.Set.copyOf(titles(search("keynote", Map.of()))));
  }

  @Test
  void snippetMarksMatchAndEscapesText() {
    SearchResult r = search("databases", Map.of());
    assertEquals(1, r.total());
    assertEquals("The keynotes covered serverless services and <mark>databases</mark>.",
        r.hits().get(0).snippet());
  }

  @Test
  void prefixMarksTheWordsItExpandedTo() {
    SearchResult r = search("observ*", Map.of());
    assertEquals(1, r.total());
    assertEquals("Kubernetes 운영과 <mark>observability</mark> 이야기.", r.hits().get(0).snippet());
  }

  @Test
  void exclusionRemovesMatches() {
    assertEquals(List.of("Google I/O 2019 recap"), titles(search("keynote -serverless", Map.of())));
  }

  @Test
  void yearRangeFiltersByEdition() {
    assertEquals(2, search("year:2020..2021", Map.of()).total());
    assertEquals(3, search("year:2019", Map.of()).total());
  }

  @Test
  void topicFieldMatchesTheSlug() {
    assertEquals(List.of("KubeCon 2021 쿠버네티스 정리"), titles(search("topic:observability", Map.of())));
  }

  @Test
  void unparsableQueriesAreSearchedAsText() {
    for (String q : List.of("\"unbalanced", "title:", "((", "*", "\"\"", ")(", "-", "OR")) {
      SearchResult r = assertDoesNotThrow(() -> search(q, Map.of()), q);
      assertNotNull(r.hits(), q);
    }
  }

  @Test
  void pagingBeyondTheWindowIsACallerError() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> searcher.search(new SearchRequest("", Map.of(), Sort.RELEVANCE, 101, 100, true)));
    assertEquals("page × size must be at most 10000; narrow the search with words or filters"
        + " instead of paging this deep", e.getMessage());
    assertEquals("size must be between 1 and 100", assertThrows(InvalidRequestException.class,
        () -> searcher.search(new SearchRequest("", Map.of(), Sort.RELEVANCE, 1, 0, true))).getMessage());
    assertEquals("page must be 1 or more", assertThrows(InvalidRequestException.class,
        () -> searcher.search(new SearchRequest("", Map.of(), Sort.RELEVANCE, -1, 10, true))).getMessage());
  }

  @Test
  void secondPageContinuesTheFirst() {
    SearchResult p1 = searcher.search(new SearchRequest("", Map.of(), Sort.NEWEST, 1, 2, true));
    SearchResult p2 = searcher.search(new SearchRequest("", Map.of(), Sort.NEWEST, 2, 2, true));
    assertEquals(List.of("re:Invent 2021 keynotes", "KubeCon 2021 쿠버네티스 정리"), titles(p1));
    assertEquals(List.of("AWS re:Invent 2019 후기", "DEVIEW 2019 참관기"), titles(p2));
    assertEquals(5, p2.total());
  }

  @Test
  void recapByIdHasRelatedRecapsButNotItself() {
    String id = search("databases", Map.of()).hits().get(0).id();
    var detail = searcher.recap(id).orElseThrow();
    assertEquals("re:Invent 2021 keynotes", detail.recap().title());
    assertEquals("The keynotes covered serverless services and databases.", detail.recap().text());
    assertTrue(detail.related().stream().noneMatch(h -> h.id().equals(id)));
    assertTrue(searcher.recap("0123456789abcdef").isEmpty());
    assertTrue(searcher.recap("../etc/passwd").isEmpty());
  }

  @Test
  void statsCountDocumentsAndFacets() {
    var stats = searcher.stats();
    assertEquals(5, stats.docs());
    assertTrue(stats.sizeBytes() > 0);
    assertNotNull(stats.lastCommit());
    assertEquals(List.of(new FacetValue("2021", 2, false), new FacetValue("2019", 3, false)),
        stats.facets().get("year"));
  }

  @Test
  void koreanPhraseMatchesAcrossDroppedParticles() {
    assertEquals(List.of("AWS re:Invent 2019 후기"), titles(search("\"서버리스 세션 키노트\"", Map.of())));
  }

  @Test
  void koreanSnippetMarksMorphemesNotWholeEojeol() {
    SearchResult r = search("서비스", Map.of());
    assertEquals(List.of("AWS re:Invent 2019 후기"), titles(r));
    assertTrue(r.hits().get(0).snippet().contains("Lambda <mark>서비스</mark>들이"), r.hits().get(0).snippet());
  }
}
