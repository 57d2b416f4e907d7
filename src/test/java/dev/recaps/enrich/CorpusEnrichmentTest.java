package dev.recaps.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Enrichment;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The expectations of issue 3 on the five bundled recaps (the floor, not the goal). */
class CorpusEnrichmentTest {
  private static final Enricher ENRICHER = Enricher.withDefaults();
  private static final List<String> NEVER_SPEAKERS =
      List.of("Brian", "Liang", "Brad", "Matt", "윤석찬", "Netflix", "JP Morgan", "Goldman Sachs");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      reinvent-2019-keynotes-hackathon.md;         2019; Peter DeSantis|Andy Jassy|Werner Vogels; keynote|hackathon|serverless|devops|testing
      lendit-reinvent-2019-day1.txt;               2019; ;                                         finance|governance
      reinvent-2024-part3-werner-vogels-keynote.txt; 2024; Werner Vogels;                         keynote|architecture|distributed-systems
      banksalad-reinvent-2019-report.txt;          2019; ;                                         career
      las-vegas-reinvent-2021-part4.md;            2021; ;                                         reliability|travel
      """)
  void bundledRecapIsEnrichedAsTheIssueExpects(String file, int year, String speakers, String topics)
      throws IOException {
    Enrichment e = ENRICHER.enrich(CorpusRecaps.read(file)).enrichment();

    assertEquals("AWS re:Invent", e.conference());
    assertEquals(year, e.year());
    List<String> expectedSpeakers = speakers == null ? List.of() : List.of(speakers.split("\\|"));
    if (expectedSpeakers.isEmpty()) {
      assertEquals(List.of(), e.speakers());
    }
    assertTrue(e.speakers().containsAll(expectedSpeakers), () -> "speakers " + e.speakers());
    assertTrue(e.topics().containsAll(List.of(topics.split("\\|"))), () -> "topics " + e.topics());
    NEVER_SPEAKERS.forEach(n -> assertFalse(e.speakers().contains(n), () -> n + " is not a speaker"));
    assertTrue(e.topics().size() <= TopicDetector.MAX_TOPICS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      reinvent-2019-keynotes-hackathon.md; title
      lendit-reinvent-2019-day1.txt; path
      reinvent-2024-part3-werner-vogels-keynote.txt; title
      las-vegas-reinvent-2021-part4.md; title
      """)
  void yearEvidenceNamesWhereTheYearCameFrom(String file, String from) throws IOException {
    Enrichment e = ENRICHER.enrich(CorpusRecaps.read(file)).enrichment();

    assertEquals(from, e.evidence().get("year").from());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "reinvent-2019-keynotes-hackathon.md", "lendit-reinvent-2019-day1.txt",
      "reinvent-2024-part3-werner-vogels-keynote.txt", "banksalad-reinvent-2019-report.txt",
      "las-vegas-reinvent-2021-part4.md"})
  void koreanRecapsWithEnglishQuotesAreKorean(String file) throws IOException {
    assertEquals("ko", ENRICHER.enrich(CorpusRecaps.read(file)).lang());
  }
}
