package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five bundled recaps, read from the project's corpus/ folder exactly as users ship them. */
class CorpusFilesTest {
  private static final Path CORPUS = Path.of("corpus");

  private final FileExtractor extractor =
      new FileExtractor(HtmlExtractor.withDefaults(), FileExtractor.DEFAULT_MAX_BYTES);

  private Extraction extract(String name) throws IOException, ExtractionException {
    return extractor.extract(CORPUS, CORPUS.resolve(name));
  }

  @Test
  void markdownLevelOneHeadingIsTheTitle() throws Exception {
    Recap r = extract("reinvent-2019-keynotes-hackathon.md").recap();
    assertEquals("Re:Invent 2019", r.title());
    assertEquals("Hackathon", r.headings().get(5));
    assertEquals("ko", r.lang()); // Korean prose that quotes whole English challenge briefs
    assertEquals(List.of(), extract("reinvent-2019-keynotes-hackathon.md").warnings());
  }

  @Test
  void plainTextFirstLineIsTheTitleAndBylineGivesTheDate() throws Exception {
    Recap r = extract("reinvent-2024-part3-werner-vogels-keynote.txt").recap();
    assertEquals("AWS re:Invent 2024 Part3", r.title());
    assertEquals(LocalDate.of(2024, 12, 16), r.published());
    assertEquals("Dr. Werner Vogels 키노트", r.headings().get(0));
    assertEquals("ko", r.lang());
  }

  @Test
  void plainTextTitleWithHangulIsKeptWhole() throws Exception {
    Recap r = extract("banksalad-reinvent-2019-report.txt").recap();
    assertEquals("AWS re:Invent 2019 견문록", r.title());
    assertNull(r.published()); // the dates in the opening paragraph are the trip's, not the post's
    assertTrue(r.headings().contains("세션 선택 요령"), r.headings().toString());
  }

  @Test
  void hexoFrontMatterGivesTitleDateAndTagsThenCategories() throws Exception {
    Extraction e = extract("las-vegas-reinvent-2021-part4.md");
    Recap r = e.recap();
    assertEquals("라스베가스를 다녀오고... 4편 (feat. AWS re:Invent 2021) - 세미나 넷째 날", r.title());
    assertEquals(LocalDate.of(2021, 12, 31), r.published());
    assertEquals(List.of("reinvent", "여행", "기타", "잡동사니"), r.tags());
    assertEquals(List.of(), e.warnings());
    assertTrue(r.text().startsWith("회사에서 좋은 기회가 생겨 AWS re:invent(2021/11/29 ~ 2021/12/03)에"), r.text());
    assertTrue(r.text().contains("\n1편 - 인천공항에서 세미나 첫 날까지 (11/28 ~ 11/29)\n2편 - 세미나 둘째 날 (11/30)\n"));
  }

  @Test
  void genericFirstLineIsAHeadingAndTheTitleComesFromTheFileName() throws Exception {
    Recap r = extract("lendit-reinvent-2019-day1.txt").recap();
    assertEquals("lendit reinvent 2019 day1", r.title());
    assertEquals("들어가며", r.headings().get(0));
    assertEquals("AWS re:Invent란?", r.headings().get(1));
  }

  @Test
  void localFilesAreIdentifiedByTheirCorpusRelativePath() throws Exception {
    Recap r = extract("lendit-reinvent-2019-day1.txt").recap();
    assertEquals("lendit-reinvent-2019-day1.txt", r.source());
    assertEquals(RecapIds.of("lendit-reinvent-2019-day1.txt"), r.id());
    assertEquals("local", r.site());
    assertNull(r.url());
    assertNull(r.archiveRef());
  }
}
