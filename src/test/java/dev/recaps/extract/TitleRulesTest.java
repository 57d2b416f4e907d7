package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleRulesTest {
  private final GenericHeadings generic = GenericHeadings.withDefaults();
  private final PlainTextReader reader = new PlainTextReader(generic);

  @Test
  void genericHeadingsMatchIgnoringNumberingCaseAndColon() {
    for (String h : List.of("들어가며", "0. 들어가며", "1) 개요", "## Introduction", "TL;DR", "table of contents:", "I. Overview")) {
      assertTrue(generic.isGeneric(h), h);
    }
    for (String h : List.of("AWS re:Invent 2019 견문록", "Introduction to Lambda", "들어가며 느낀 점")) {
      assertFalse(generic.isGeneric(h), h);
    }
  }

  @Test
  void firstGenericHeadingIsNotTheTitle() {
    PlainTextReader.Result r = reader.read("들어가며\n\n본문이 시작된다.\n");
    assertNull(r.title());
    assertEquals(List.of("들어가며"), r.headings());
    assertEquals("본문이 시작된다.", r.firstParagraph());
  }

  @Test
  void firstLineThatIsAWholeParagraphIsNotTheTitle() {
    String paragraph = "올해 re:Invent는 ".repeat(20);
    assertNull(reader.read(paragraph + "\n\n다음 문단.").title());
  }

  @Test
  void titleLineGluedToTheFirstParagraphIsStillTheTitle() {
    PlainTextReader.Result r = reader.read("KubeCon 후기\n첫 문장이다.\n둘째 문장.\n");
    assertEquals("KubeCon 후기", r.title());
    assertEquals("첫 문장이다.", r.firstParagraph());
  }

  @Test
  void shortStandaloneLinesAreHeadingsButSentencesBylinesAndListsAreNot() {
    assertTrue(PlainTextReader.isHeading("세션 선택 요령"));
    assertTrue(PlainTextReader.isHeading("AWS re:Invent란?"));
    assertFalse(PlainTextReader.isHeading("오늘도 사람이 많았다"));
    assertFalse(PlainTextReader.isHeading("정말 좋았습니다."));
    assertFalse(PlainTextReader.isHeading("Simon Kim·2024년 12월 16일"));
    assertFalse(PlainTextReader.isHeading("- 첫째 항목"));
    assertFalse(PlainTextReader.isHeading("첫 줄\n둘째 줄"));
  }

  @Test
  void humanizedFileNamesDropExtensionDatePrefixAndSeparators() {
    assertEquals("lendit reinvent 2019 day1", TitleDeriver.humanize("lendit-reinvent-2019-day1.txt"));
    assertEquals("reinvent day 3", TitleDeriver.humanize("2023-11-30-reinvent_day_3.md"));
  }

  @Test
  void hashAndNumberNamesAreNotMeaningful() {
    assertFalse(TitleDeriver.isMeaningful(TitleDeriver.humanize("001_33b442c71569e712.txt")));
    assertFalse(TitleDeriver.isMeaningful(TitleDeriver.humanize("20191203.md")));
    assertFalse(TitleDeriver.isMeaningful(TitleDeriver.humanize("post.md")));
    assertTrue(TitleDeriver.isMeaningful(TitleDeriver.humanize("kubecon-eu-2024.md")));
  }

  @Test
  void firstSentenceStopsAtTheEndOfTheSentenceButNotAtAbbreviations() {
    assertEquals("Dr. Vogels spoke first.", TitleDeriver.firstSentence("Dr. Vogels spoke first. Then came the rest."));
    assertEquals("첫날 키노트를 들었다.", TitleDeriver.firstSentence("첫날 키노트를 들었다. 사람이 많았다."));
  }

  @Test
  void longFirstSentenceIsCutOnAWordBoundary() {
    String s = "This sentence keeps going with many words about serverless computing and event driven design at scale forever";
    assertEquals("This sentence keeps going with many words about serverless computing and event…", TitleDeriver.firstSentence(s));
  }
}
