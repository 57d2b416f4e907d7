package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class HangulTest {

  @Test
  void decomposeGivesTheDubeolsikKeystrokes() {
    assertEquals("ㅅㅓㅂㅓㄹㅣㅅㅡ", Hangul.decompose("서버리스"));
    assertEquals("ㄱㅏㄴ", Hangul.decompose("간"));
  }

  @Test
  void decomposeSplitsCompoundVowelsAndDoubleFinals() {
    assertEquals("ㅇㅗㅏㅆ", Hangul.decompose("왔"));
    assertEquals("ㄷㅏㄹㄱ", Hangul.decompose("닭"));
    assertEquals("ㄱㅏㅂㅅ", Hangul.decompose("값"));
    assertEquals("ㅇㅡㅣ", Hangul.decompose("의"));
    assertEquals("ㄱㅅㅗㅏ", Hangul.decompose("ㄳㅘ"));
  }

  @Test
  void decomposeKeepsShiftedDoubleConsonantsAsOneKeystroke() {
    assertEquals("ㄲㅏㄲ", Hangul.decompose("깎"));
  }

  @Test
  void decomposeLeavesOtherTextAndCaseAlone() {
    assertEquals("AWS ㄹㅏㅁㄷㅏ 2024!", Hangul.decompose("AWS 람다 2024!"));
    assertEquals("", Hangul.decompose(""));
    assertEquals("😀ㄱㅏ𝄞", Hangul.decompose("😀가𝄞"));
  }

  @Test
  void decomposeHandlesNfdAndConjoiningJamo() {
    String nfd = Normalizer.normalize("쿠버네티스", Normalizer.Form.NFD);
    assertEquals(Hangul.decompose("쿠버네티스"), Hangul.decompose(nfd));
    // a lone conjoining initial and final (U+1100, U+11AF) become compatibility jamo
    assertEquals("ㄱㄹ", Hangul.decompose("\u1100\u11AF"));
  }

  @Test
  void normalizeComposesNfdAndDropsFillers() {
    assertEquals("한글", Hangul.normalize(Normalizer.normalize("한글", Normalizer.Form.NFD)));
    assertEquals("ㄱ", Hangul.normalize("\u1100\u1160"));
  }

  @Test
  void composeBuildsSyllablesFromKeystrokes() {
    assertEquals("서버리스", Hangul.compose("ㅅㅓㅂㅓㄹㅣㅅㅡ"));
    assertEquals("안녕하세요", Hangul.compose("ㅇㅏㄴㄴㅕㅇㅎㅏㅅㅔㅇㅛ"));
  }

  @Test
  void composeMovesTheFinalConsonantToTheNextSyllable() {
    assertEquals("서버리", Hangul.compose("서버ㄹㅣ"));
    assertEquals("서버리", Hangul.compose("서벌ㅣ"));
    assertEquals("달기", Hangul.compose("ㄷㅏㄹㄱㅣ"));
  }

  @Test
  void composeCombinesCompoundVowelsAndDoubleFinals() {
    assertEquals("왔", Hangul.compose("ㅇㅗㅏㅆ"));
    assertEquals("닭", Hangul.compose("ㄷㅏㄹㄱ"));
    assertEquals("의자", Hangul.compose("ㅇㅡㅣㅈㅏ"));
  }

  @Test
  void composeLeavesIncompleteJamoAsJamo() {
    assertEquals("서버 ㄹ", Hangul.compose("ㅅㅓㅂㅓ ㄹ"));
    assertEquals("ㅅㅂㄹㅅ", Hangul.compose("ㅅㅂㄹㅅ"));
    assertEquals("ㅏㅕㅠㄷ", Hangul.compose("ㅏㅕㅠㄷ"));
    assertEquals("ㄸ", Hangul.compose("ㄸ"));
  }

  @Test
  void composeAttachesATrailingConsonantAsTheInputMethodShowsIt() {
    assertEquals("서벌", Hangul.compose("ㅅㅓㅂㅓㄹ"));
  }

  @Test
  void composeNeverUsesTenseConsonantsAsFinals() {
    assertEquals("가ㄸ", Hangul.compose("ㄱㅏㄸ"));
    assertEquals("가따", Hangul.compose("ㄱㅏㄸㅏ"));
  }

  @Test
  void composeStopsAtNonJamoAndKeepsThem() {
    assertEquals("가 나", Hangul.compose("ㄱㅏ ㄴㅏ"));
    assertEquals("Go언어", Hangul.compose("Goㅇㅓㄴㅇㅓ"));
    assertEquals("", Hangul.compose(""));
  }

  @Test
  void composeInvertsDecomposeForOrdinaryWords() {
    for (String word : new String[] {"쿠버네티스", "베르너 보겔스", "읽었다", "괜찮아요", "뷁"}) {
      assertEquals(word, Hangul.compose(Hangul.decompose(word)));
    }
  }

  @Test
  void everyModernSyllableRoundTripsThroughItsKeystrokes() {
    for (char c = '가'; c <= '힣'; c++) {
      assertEquals(String.valueOf(c), Hangul.compose(Hangul.decompose(String.valueOf(c))));
    }
  }

  @Test
  void choseongTakesTheInitialOfEachSyllable() {
    assertEquals("ㅅㅂㄹㅅ", Hangul.choseong("서버리스"));
    assertEquals("ㅂㄹㄴ ㅂㄱㅅ", Hangul.choseong("베르너 보겔스"));
    assertEquals("AWS ㄹㄷ", Hangul.choseong("AWS 람다"));
    assertEquals("ㄲㄸ", Hangul.choseong("깎똥"));
    assertEquals("", Hangul.choseong(""));
  }

  @Test
  void choseongOnlyNeedsTwoConsonantsAndNothingElse() {
    assertTrue(Hangul.isChoseongOnly("ㅅㅂㄹㅅ"));
    assertTrue(Hangul.isChoseongOnly("ㅂㄹㄴ ㅂㄱㅅ"));
    assertFalse(Hangul.isChoseongOnly("ㅅ"));
    assertFalse(Hangul.isChoseongOnly("ㅅ ㅂ ㅏ"));
    assertFalse(Hangul.isChoseongOnly("서ㅂ"));
    assertFalse(Hangul.isChoseongOnly("ab"));
    assertFalse(Hangul.isChoseongOnly(""));
  }

  @Test
  void classifiesHangulCharacters() {
    assertTrue(Hangul.hasHangul("AWS 람다"));
    assertTrue(Hangul.hasHangul("ㅋ"));
    assertFalse(Hangul.hasHangul("kubernetes 😀"));
    assertTrue(Hangul.isHangulSyllable('가'));
    assertTrue(Hangul.isHangulSyllable('힣'));
    assertFalse(Hangul.isHangulSyllable('ㄱ'));
    assertTrue(Hangul.isJamo('ㄱ'));
    assertTrue(Hangul.isJamo('ㅣ'));
    assertTrue(Hangul.isJamo('\u1100'));
    assertFalse(Hangul.isJamo('가'));
    assertFalse(Hangul.isJamo('a'));
  }

  @Test
  void jamoDistanceCountsKeystrokeEdits() {
    assertEquals(1, Hangul.jamoDistance("쿠버네티승", "쿠버네티스"));
    assertEquals(1, Hangul.jamoDistance("서버리스", "서버르스"));
    assertEquals(0, Hangul.jamoDistance("서버리스", "서버리스"));
    assertEquals(5, Hangul.jamoDistance("", "람다"));
    assertEquals(1, Hangul.jamoDistance("과", "고"));
    assertEquals(3, Hangul.jamoDistance("kitten", "sitting"));
  }

  @Test
  void jamoDistanceCountsSurrogatePairsAsOneCharacter() {
    assertEquals(1, Hangul.jamoDistance("a😀b", "ab"));
    assertEquals(1, Hangul.jamoDistance("😀", "😁"));
  }

  @Test
  void withinJamoDistanceAgreesWithTheExactDistance() {
    assertTrue(Hangul.withinJamoDistance("쿠버네티승", "쿠버네티스", 1));
    assertFalse(Hangul.withinJamoDistance("쿠버네티승", "쿠버네티스", 0));
    assertTrue(Hangul.withinJamoDistance("kitten", "sitting", 3));
    assertFalse(Hangul.withinJamoDistance("kitten", "sitting", 2));
    assertFalse(Hangul.withinJamoDistance("람다", "람다", -1));
    String[] words = {"", "가", "서버리스", "서벌", "쿠버네티스", "쿠베", "람다", "abc", "acb"};
    for (String a : words) {
      for (String b : words) {
        int exact = Hangul.jamoDistance(a, b);
        for (int max = 0; max <= 4; max++) {
          assertEquals(exact <= max, Hangul.withinJamoDistance(a, b, max), a + "/" + b + "/" + max);
        }
      }
    }
  }

  @Test
  void withinJamoDistanceHandlesLongInput() {
    String longText = "서버리스".repeat(2_500);
    assertFalse(Hangul.withinJamoDistance(longText, longText + "가", 1));
    assertTrue(Hangul.withinJamoDistance(longText, longText.substring(1) + "서", 10));
    assertFalse(Hangul.withinJamoDistance(longText, "서버리스", 2));
  }

  @Test
  void halfTypedSyllableMatchesAsPrefix() {
    assertTrue(Hangul.matchesTypedPrefix("서버ㄹ", "서버리스"));
    assertTrue(Hangul.matchesTypedPrefix("서벌", "서버리스"));
    assertTrue(Hangul.matchesTypedPrefix("닭", "달기"));
    assertTrue(Hangul.matchesTypedPrefix("고", "과일"));
    assertTrue(Hangul.matchesTypedPrefix("KUBE", "kubernetes"));
    assertTrue(Hangul.matchesTypedPrefix("", "람다"));
    assertFalse(Hangul.matchesTypedPrefix("서버ㄴ", "서버리스"));
    assertFalse(Hangul.matchesTypedPrefix("서버리스다", "서버리스"));
  }

  @Test
  void jamoPrefixKeyIsLowerCasedKeystrokes() {
    assertEquals("ㅅㅓㅂㅓㄹ", Hangul.jamoPrefixKey("서벌"));
    assertEquals("ㅅㅓㅂㅓㄹ", Hangul.jamoPrefixKey("서버ㄹ"));
    assertEquals("aws ㄹㅏㅁㄷㅏ", Hangul.jamoPrefixKey("AWS 람다"));
  }
}
