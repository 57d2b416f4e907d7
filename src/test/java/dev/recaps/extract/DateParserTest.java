package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final LocalDate DEC_16 = LocalDate.of(2024, 12, 16);

  @Test
  void readsTheShapesBlogsUse() {
    assertEquals(DEC_16, DateParser.find("2024-12-16"));
    assertEquals(DEC_16, DateParser.find("2024-12-16 21:28:31"));
    assertEquals(DEC_16, DateParser.find("2024-12-16T23:30:00-08:00"));
    assertEquals(DEC_16, DateParser.find("2024/12/16"));
    assertEquals(DEC_16, DateParser.find("2024.12.16"));
    assertEquals(DEC_16, DateParser.find("2024년 12월 16일"));
    assertEquals(DEC_16, DateParser.find("2024. 12. 16. 18:04"));
    assertEquals(DEC_16, DateParser.find("Dec 16, 2024"));
    assertEquals(DEC_16, DateParser.find("December 16th 2024"));
    assertEquals(DEC_16, DateParser.find("16 December 2024"));
    assertEquals(DEC_16, DateParser.find("Mon, 16 Dec 2024 09:00:00 GMT"));
  }

  @Test
  void offsetTimestampKeepsTheAuthorsLocalDate() {
    assertEquals(LocalDate.of(2021, 12, 31), DateParser.find("2021-12-31T23:30:00+09:00"));
  }

  @Test
  void findsTheFirstDateInsideAByline() {
    assertEquals(DEC_16, DateParser.find("Simon Kim·2024년 12월 16일"));
    assertEquals(LocalDate.of(2023, 3, 1), DateParser.find("posted 2023-03-01, updated 2023-04-01"));
  }

  @Test
  void rejectsImpossibleDatesAndImplausibleYears() {
    assertNull(DateParser.find("2021-02-30"));
    assertNull(DateParser.find("1234-01-01"));
    assertNull(DateParser.find("version 10.2.3"));
    assertNull(DateParser.find("sometime in spring"));
    assertNull(DateParser.find(null));
  }
}
