package dev.recaps.enrich;

import static dev.recaps.enrich.CorpusRecaps.recap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.recaps.model.Recap;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @Test
  void koreanWithEnglishProductNamesIsKorean() {
    assertEquals("ko", detector.detect(recap("re:Invent 후기",
        "Amazon Aurora DSQL과 DynamoDB global table을 소개했다. Lambda SnapStart도 흥미로웠다.")).value());
  }

  @Test
  void englishIsEnglish() {
    assertEquals("en", detector.detect(recap("re:Invent recap",
        "Werner talked about simplexity. The keynote covered six lessons for builders.")).value());
  }

  @Test
  void halfKoreanHalfEnglishIsMixed() {
    assertEquals("mixed", detector.detect(recap("Recap 후기",
        "The keynote covered six lessons.\n\n키노트는 여섯 가지 교훈을 다뤘다.\n\nIt was long.\n\n꽤 길었다.")).value());
  }

  @Test
  void tooLittleTextGivesNoLanguageAndTheExtractedOneIsKept() {
    assertNull(detector.detect(recap("", "ok")).value());
    Recap r = recap("", "ok").withLang("ko");
    assertEquals("ko", Enricher.withDefaults().enrich(r).lang());
  }
}
