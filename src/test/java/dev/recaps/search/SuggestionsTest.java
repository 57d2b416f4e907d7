package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.model.Suggestion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {
  @TempDir static Path dir;
  static RecapSearcher searcher;

  @BeforeAll
  static void index() throws Exception {
    searcher = TestRecaps.indexAndOpen(dir, List.of(
        TestRecaps.recap("s1", "서버리스 아키텍처 정리", "람다와 서버리스", "ko", LocalDate.of(2019, 12, 1),
            "AWS re:Invent", 2019, List.of("Werner Vogels"), List.of("serverless")),
        TestRecaps.recap("s2", "베르너 보겔스 키노트", "Werner Vogels 키노트", "ko", LocalDate.of(2024, 12, 5),
            "AWS re:Invent", 2024, List.of("Werner Vogels"), List.of("keynote")),
        TestRecaps.recap("s3", "KubeCon Europe 2023 recap", "kubernetes operators", "en", LocalDate.of(2023, 4, 25),
            "KubeCon + CloudNativeCon", 2023, List.of("Kelsey Hightower"), List.of("containers"))));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  private static List<String> texts(String typed) {
    return searcher.suggest(typed, 5).stream().map(Suggestion::text).toList();
  }

  @Test
  void prefixOfAnyWordCompletes() {
    assertEquals(List.of("KubeCon + CloudNativeCon", "KubeCon Europe 2023 recap", "kubernetes"), texts("kube"));
    assertEquals(List.of("Kelsey Hightower"), texts("hight"));
  }

  @Test
  void halfTypedLastSyllableCompletes() {
    assertEquals("서버리스 아키텍처 정리", texts("서버ㄹ").get(0));
    Suggestion s = searcher.suggest("서버ㄹ", 1).get(0);
    assertEquals("<mark>서버리</mark>스 아키텍처 정리", s.html());
  }

  @Test
  void initialConsonantsComplete() {
    assertEquals("서버리스 아키텍처 정리", texts("ㅅㅂㄹㅅ").get(0));
    assertEquals("베르너 보겔스 키노트", texts("ㅂㄹㄴ ㅂㄱㅅ").get(0));
  }

  @Test
  void wrongKeyboardLayoutCompletes() {
    assertEquals("서버리스 아키텍처 정리", texts("tjqjf").get(0));
  }

  @Test
  void speakerIsOfferedOnceNotAlsoItsFirstWord() {
    assertEquals(List.of("Werner Vogels"), texts("wern"));
  }

  @Test
  void completionsAreEscapedHtmlWithAMark() {
    Suggestion s = searcher.suggest("hight", 1).get(0);
    assertEquals("speaker", s.kind());
    assertEquals("Kelsey <mark>Hight</mark>ower", s.html());
  }

  @Test
  void blankOrHugeInputGivesNothing() {
    assertEquals(List.of(), texts("  "));
    assertEquals(List.of(), texts("x".repeat(10_000)));
  }

  private static dev.recaps.model.SearchResult search(String q, boolean fix) {
    return searcher.search(new dev.recaps.model.SearchRequest(q, java.util.Map.of(),
        dev.recaps.model.Sort.RELEVANCE, 1, 10, fix));
  }

  @Test
  void wrongLayoutQueryIsRewrittenWhenOriginalFindsNothing() {
    var r = search("zlshxm", true);
    assertEquals("키노트", r.rewrittenQuery());
    assertEquals(List.of("베르너 보겔스 키노트"), r.hits().stream().map(h -> h.title()).toList());
    assertEquals("<mark>키노트</mark>", r.hits().get(0).titleHtml().replace("베르너 보겔스 ", ""));
  }

  @Test
  void originalIsSearchedWhenAskedAndTheFixIsOffered() {
    var r = search("zlshxm", false);
    assertEquals(0, r.total());
    assertNull(r.rewrittenQuery());
    assertEquals("키노트", r.didYouMean());
  }

  @Test
  void hangulTypoIsFixedByJamoDistance() {
    var r = search("아키텍쳐", true);
    assertEquals("아키텍처", r.rewrittenQuery());
    assertEquals(1, r.total());
  }

  @Test
  void englishTypoIsFixedByEditDistance() {
    var r = search("kubernetis", true);
    assertEquals("kubernetes", r.rewrittenQuery());
    assertEquals(1, r.total());
  }

  @Test
  void shortUnknownWordsAreNotCorrected() {
    var r = search("kub", true);
    assertNull(r.rewrittenQuery());
    assertNull(r.didYouMean());
  }
}
