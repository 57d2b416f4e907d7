package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void koreanProseWithEnglishProductNamesIsKorean() {
    assertEquals("ko", LanguageDetector.detect("AWS Lambda와 Amazon EventBridge로 서버리스 아키텍처를 구성한 경험을 공유했다."));
  }

  @Test
  void englishWithAKoreanNameIsEnglish() {
    assertEquals("en", LanguageDetector.detect("The keynote by Werner Vogels covered simplexity; our team lead 김철수 attended it."));
  }

  @Test
  void alternatingKoreanAndEnglishParagraphsAreMixed() {
    assertEquals("mixed", LanguageDetector.detect("키노트 정리\n\nThe keynote covered distributed systems and cell-based architecture."));
  }

  @Test
  void textWithoutLettersFallsBackToTheDeclaredLanguage() {
    assertEquals("ko", LanguageDetector.detect("2024 / 12 / 16", "ko"));
    assertEquals("mixed", LanguageDetector.detect("2024 / 12 / 16", "ja"));
  }
}
