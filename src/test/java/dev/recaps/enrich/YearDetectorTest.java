package dev.recaps.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YearDetectorTest {
  private static final Enricher ENRICHER = Enricher.withDefaults();

  private static Enrichment enrich(String source, String title, String text, LocalDate published) {
    Recap r = CorpusRecaps.recap(source, title, text, List.of(), published, List.of(), Map.of());
    return ENRICHER.enrich(r).enrichment();
  }

  @Test
  void postDatedJanuaryIsAboutLastDecembersEvent() {
    Enrichment e = enrich("a.md", "re:Invent 후기", "키노트 정리", LocalDate.of(2020, 1, 8));

    assertEquals(2019, e.year());
    assertEquals("published", e.evidence().get("year").from());
  }

  @Test
  void postDatedLastDayOfDecemberIsAboutThatYearsEvent() {
    assertEquals(2021, enrich("a.md", "re:Invent 후기", "", LocalDate.of(2021, 12, 31)).year());
  }

  @Test
  void yearNextToTheNameInTheTitleWinsOverThePublicationDate() {
    Enrichment e = enrich("a.md", "AWS re:Invent 2019 견문록", "", LocalDate.of(2021, 3, 1));

    assertEquals(2019, e.year());
    assertEquals("title", e.evidence().get("year").from());
  }

  @Test
  void dateInTheUrlPathStandsInForAMissingPublicationDate() {
    Enrichment e = enrich("2022/01/03/las-vegas-aws-reinvent-04/", "라스베가스 4편", "", null);

    assertEquals(2021, e.year());
  }

  @Test
  void yearNearTheConferenceNameInTheBodyIsTheLastResort() {
    Enrichment e = enrich("a.txt", "들어가며",
        "AWS re:Invent 에 다녀왔습니다. 저는 2019년 12월 1일부터 6일까지 라스베가스에 있었습니다.\n"
            + "AWS re:Invent 는 매년 열립니다.", null);

    assertEquals(2019, e.year());
    assertEquals("body", e.evidence().get("year").from());
  }

  @Test
  void otherEditionMentionedInTheBodyDoesNotOverrideTheTitle() {
    Enrichment e = enrich("a.md", "Re:Invent 2019",
        "[re:invent 2018 AWS Lambda Under Hood](https://youtu.be/x)에서 Firecracker가 소개되었다. re:Invent 2018", null);

    assertEquals(2019, e.year());
  }

  @Test
  void noYearRatherThanAGuessWhenNothingDatesThePost() {
    Enrichment e = enrich("a.md", "KubeCon 참관기", "KubeCon 은 재미있었다. KubeCon 최고.", null);

    assertEquals("KubeCon + CloudNativeCon", e.conference());
    assertNull(e.year());
  }

  @Test
  void twoYearsEquallyNearTheNameGiveNoYear() {
    Enrichment e = enrich("a.md", "참관기", "DEVIEW 2019 와 DEVIEW 2020 비교", null);

    assertNull(e.year());
  }

  @Test
  void yearInTheTitleOfAPostAboutNoEventIsNotAnEdition() {
    assertNull(enrich("books.md", "How I Read 38 Books in 2025", "Reading habits.", null).year());
  }

  @Test
  void yearInTheTitleOfAnUnknownEventStillCounts() {
    assertEquals(2019, enrich("x.md", "사내 기술 컨퍼런스 2019 후기", "발표 정리", null).year());
  }
}
