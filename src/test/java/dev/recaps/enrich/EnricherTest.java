package dev.recaps.enrich;

import static dev.recaps.enrich.CorpusRecaps.recap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Evidence;
import dev.recaps.model.Recap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private static final Enricher ENRICHER = Enricher.withDefaults();

  @Test
  void frontMatterOverridesWinAndSayWhereTheyCameFrom() {
    Recap r = CorpusRecaps.recap("post.md", "AWS re:Invent 2019 후기", "Andy Jassy의 키노트", List.of(), null, List.of(),
        Map.of("conference", "kubecon eu", "year", "2023", "speakers", "버너 보겔스, Jane Doe", "topics", "서버리스, ops"));

    Enrichment e = ENRICHER.enrich(r).enrichment();

    assertEquals("KubeCon + CloudNativeCon", e.conference());
    assertEquals("Europe", e.edition());
    assertEquals(2023, e.year());
    assertEquals(List.of("Werner Vogels", "Jane Doe"), e.speakers());
    assertEquals(List.of("serverless", "ops"), e.topics());
    assertEquals(new Evidence("2023", "front-matter", "year: 2023"), e.evidence().get("year"));
    assertEquals("front-matter", e.evidence().get("conference").from());
    assertEquals(List.of("AWS re:Invent"), e.mentions());
  }

  @Test
  void overriddenConferenceStillGetsItsYearFromTheTitle() {
    Recap r = CorpusRecaps.recap("post.md", "2019 참관기 (reinvent)", "", List.of(), null, List.of(),
        Map.of("conference", "AWS re:Invent"));

    assertEquals(2019, ENRICHER.enrich(r).enrichment().year());
  }

  @Test
  void frontMatterYearThatIsNotAYearIsIgnoredWithANote() {
    Recap r = CorpusRecaps.recap("post.md", "AWS re:Invent 2019", "", List.of(), null, List.of(),
        Map.of("year", "last year"));

    Explanation x = ENRICHER.explain(r);

    assertEquals(2019, x.recap().enrichment().year());
    assertTrue(x.notes().get("year").contains("front-matter year 'last year' ignored: not a four-digit year"));
  }

  @Test
  void emptyRecapGetsNoFacets() {
    Recap r = ENRICHER.enrich(recap("", ""));

    assertEquals(new Enrichment(null, null, null, List.of(), List.of(), List.of(), Map.of()), r.enrichment());
    assertNull(r.lang());
  }

  @Test
  void oneLineRecapGetsNoFacetsAndNoCrash() {
    Enrichment e = ENRICHER.enrich(recap("안녕하세요", "안녕하세요")).enrichment();

    assertNull(e.conference());
    assertNull(e.year());
    assertEquals(List.of(), e.speakers());
    assertEquals(List.of(), e.topics());
  }

  @Test
  void anyTextIsAccepted() {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 300; j++) {
        sb.appendCodePoint(random.nextInt(4) == 0 ? 0xAC00 + random.nextInt(11172) : random.nextInt(0x3000));
      }
      String text = sb.toString();
      Recap r = CorpusRecaps.recap(text.substring(0, 20), text.substring(0, 40), text, List.of(text.substring(0, 10)),
          LocalDate.of(2020, 1, 1), List.of(text.substring(5, 15)), Map.of("year", text.substring(0, 4)));
      ENRICHER.enrich(r);
    }
  }

  @Test
  void explanationPrintsEveryFieldWithItsSource() {
    Recap r = CorpusRecaps.recap("post.md", "AWS re:Invent 2019", "Keynote with Andy Jassy", List.of(), null,
        List.of(), Map.of());

    String text = ENRICHER.explain(r).toText();

    assertTrue(text.contains("conference: AWS re:Invent  [from title]"), text);
    assertTrue(text.contains("year: 2019  [from title] next to 'AWS re:Invent' in title"), text);
    assertTrue(text.contains("speakers: Andy Jassy  [from body]"), text);
    assertTrue(text.contains("lang: en  [from text]"), text);
  }
}
