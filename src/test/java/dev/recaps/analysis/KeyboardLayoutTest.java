package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyboardLayoutTest {

  /** English tech words and queries that must never be "fixed" into Hangul. */
  private static final List<String> ENGLISH = List.of(
      "kubernetes", "aws", "docker", "lambda", "serverless", "react", "python", "golang", "rust",
      "kafka", "redis", "postgres", "dynamodb", "terraform", "django", "work", "risk", "disk",
      "title", "with", "git", "the", "and", "roadmaps", "snapshot", "audit", "sagemaker",
      "graviton", "keynote", "tls", "dns", "event driven", "reinvent 2024", "Kubernetes",
      "GraphQL", "spark", "query", "social", "they", "when");

  /** Korean words typed while the keyboard was in English mode. */
  private static final List<String> KOREAN_ON_QWERTY = List.of(
      "tjqjfltm", // 서버리스
      "zlshxm", // 키노트
      "dkssud", // 안녕
      "dkssudgktpdy", // 안녕하세요
      "znqjspxltm", // 쿠버네티스
      "fkaek", // 람다
      "gozjxhs", // 해커톤
      "rjator", // 검색
      "qkfvy", // 발표
      "gnrl", // 후기
      "tptus", // 세션
      "vmfhwprxm", // 프로젝트
      "dlqpsxm", // 이벤트
      "tjqjfltm rjator"); // 서버리스 검색

  @Test
  void toHangulComposesWrongLayoutTyping() {
    assertEquals("서버리스", KeyboardLayout.toHangul("tjqjfltm"));
    assertEquals("키노트", KeyboardLayout.toHangul("zlshxm"));
    assertEquals("안녕하세요", KeyboardLayout.toHangul("dkssudgktpdy"));
  }

  @Test
  void toHangulUsesShiftedJamoForQwertop() {
    assertEquals("ㅃㅉㄸㄲㅆ", KeyboardLayout.toHangul("QWERT"));
    assertEquals("ㅒㅖ", KeyboardLayout.toHangul("OP"));
    assertEquals("썌", KeyboardLayout.toHangul("TO"));
    assertEquals("빠", KeyboardLayout.toHangul("Qk"));
    assertEquals("있다", KeyboardLayout.toHangul("dlTek"));
    assertEquals("얘기", KeyboardLayout.toHangul("dOrl"));
  }

  @Test
  void toHangulReadsOtherCapitalsAsLowerCase() {
    assertEquals("서버리스", KeyboardLayout.toHangul("tjqjFLtM"));
    assertEquals("키노트", KeyboardLayout.toHangul("ZLSHXM"));
  }

  @Test
  void toHangulConvertsEachWordAndKeepsNonLetters() {
    assertEquals("서버리스 검색", KeyboardLayout.toHangul("tjqjfltm rjator"));
    assertEquals("람다 2024!", KeyboardLayout.toHangul("fkaek 2024!"));
    assertEquals("😀람다", KeyboardLayout.toHangul("😀fkaek"));
    assertEquals("", KeyboardLayout.toHangul(""));
  }

  @Test
  void toLatinGivesTheKeysPressed() {
    assertEquals("kube", KeyboardLayout.toLatin("ㅏㅕㅠㄷ"));
    assertEquals("tjqjfltm", KeyboardLayout.toLatin("서버리스"));
    assertEquals("ios", KeyboardLayout.toLatin("ㅑㅐㄴ"));
    assertEquals("dhkTek", KeyboardLayout.toLatin("왔다"));
    assertEquals("AWS fkaek", KeyboardLayout.toLatin("AWS 람다"));
    assertEquals("", KeyboardLayout.toLatin(""));
  }

  @Test
  void toLatinAndToHangulAreInverse() {
    for (String word : List.of("쿠버네티스", "베르너 보겔스", "읽었다", "괜찮아요", "빨리 왔어")) {
      assertEquals(word, KeyboardLayout.toHangul(KeyboardLayout.toLatin(word)));
    }
  }

  @Test
  void everyModernSyllableCanBeTypedOnQwerty() {
    for (char c = '가'; c <= '힣'; c++) {
      String syllable = String.valueOf(c);
      assertEquals(syllable, KeyboardLayout.toHangul(KeyboardLayout.toLatin(syllable)));
    }
  }

  @Test
  void englishWordsDoNotLookLikeWrongLayout() {
    for (String word : ENGLISH) {
      assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin(word), word);
    }
  }

  @Test
  void koreanTypedOnQwertyLooksLikeWrongLayout() {
    for (String typed : KOREAN_ON_QWERTY) {
      assertTrue(KeyboardLayout.looksLikeWrongLayoutLatin(typed), typed);
    }
  }

  @Test
  void wrongLayoutLatinRejectsShortMixedAndEmptyInput() {
    assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin("rk")); // 가: too short to tell
    assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin(""));
    assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin("2024 !!"));
    assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin("tjqjfltm 람다"));
    assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin("tjqjfltm aws"));
    assertFalse(KeyboardLayout.looksLikeWrongLayoutLatin("ｔｊｑｊｆｌｔｍ"));
    assertTrue(KeyboardLayout.looksLikeWrongLayoutLatin("tjqjfltm 2023"));
    assertTrue(KeyboardLayout.looksLikeWrongLayoutLatin("😀 tjqjfltm"));
  }

  @Test
  void englishTypedOnTheKoreanLayoutIsDetected() {
    assertTrue(KeyboardLayout.looksLikeWrongLayoutHangul("ㅏㅕㅠㄷ")); // kube
    assertTrue(KeyboardLayout.looksLikeWrongLayoutHangul("ㅑㅐㄴ")); // ios
    for (String english : List.of("kubernetes", "python", "java", "serverless", "keynote")) {
      String typed = KeyboardLayout.toHangul(english);
      assertTrue(KeyboardLayout.looksLikeWrongLayoutHangul(typed), english + " typed as " + typed);
    }
  }

  @Test
  void englishEndingInOneLooseConsonantIsTakenForHalfTypedKorean() {
    // docker reads as 애찯 + ㄱ, which is what a Korean typist mid-syllable sees: not flagged
    assertEquals("애찯ㄱ", KeyboardLayout.toHangul("docker"));
    assertFalse(KeyboardLayout.looksLikeWrongLayoutHangul("애찯ㄱ"));
  }

  @Test
  void koreanTextIsNotWrongLayoutHangul() {
    for (String korean : List.of("서버리스", "서버ㄹ", "안녕ㅎ", "힘ㄷ", "ㅅㅂㄹㅅ", "ㅋㅋㅋ", "ㅠㅠ", "람다 2024", "")) {
      assertFalse(KeyboardLayout.looksLikeWrongLayoutHangul(korean), korean);
    }
  }

  @Test
  void wrongLayoutHangulNeedsOnlyHangul() {
    assertFalse(KeyboardLayout.looksLikeWrongLayoutHangul("ㅏㅕㅠㄷ aws"));
    assertFalse(KeyboardLayout.looksLikeWrongLayoutHangul("😀"));
    assertEquals("kube", KeyboardLayout.toLatin("ㅏㅕㅠㄷ"));
  }

  @Test
  void longInputIsHandled() {
    String typed = "tjqjfltm ".repeat(1_200);
    assertTrue(KeyboardLayout.looksLikeWrongLayoutLatin(typed));
    assertEquals("서버리스 ".repeat(1_200), KeyboardLayout.toHangul(typed));
  }
}
