package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recaps.analysis.Hangul;
import dev.recaps.analysis.KeyboardLayout;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for the Hangul utilities behind 초성 search, jamo typo distance and the 한/영
 * layout fix: they take raw query text, so any string must work and keep their round-trip laws.
 */
class HangulFuzzTest {
  private static final String SHIFT_KEYS = "QWERTOP";

  @FuzzTest
  @Timeout(10)
  void jamoFunctionsKeepTheirLaws(FuzzedDataProvider data) {
    String a = data.consumeString(40);
    String b = data.consumeRemainingAsString();
    String keys = Hangul.decompose(a);
    assertTrue(keys.chars().noneMatch(c -> Hangul.isHangulSyllable((char) c)), keys);
    assertEquals(keys, Hangul.decompose(Hangul.compose(a)), "composing keeps the keystrokes");
    assertEquals(Hangul.choseong(a).length(), Hangul.normalize(a).length());
    Hangul.isChoseongOnly(a);
    Hangul.jamoPrefixKey(a);
    Hangul.matchesTypedPrefix(a, b);
    int distance = Hangul.jamoDistance(a, b);
    assertEquals(distance, Hangul.jamoDistance(b, a), "distance is symmetric");
    assertEquals(0, Hangul.jamoDistance(a, a));
    assertEquals(distance <= 2, Hangul.withinJamoDistance(a, b, 2));
  }

  @FuzzTest
  @Timeout(10)
  void keyboardLayoutRoundTripsLatinKeystrokes(FuzzedDataProvider data) {
    String typed = data.consumeRemainingAsString();
    KeyboardLayout.looksLikeWrongLayoutLatin(typed);
    KeyboardLayout.looksLikeWrongLayoutHangul(typed);
    String hangul = KeyboardLayout.toHangul(typed);
    KeyboardLayout.toLatin(typed);
    if (typed.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
      assertEquals(asKeystrokes(typed), KeyboardLayout.toLatin(hangul), hangul);
    }
  }

  /** What the 두벌식 keys report back: capitals that type no shifted jamo are plain keys. */
  private static String asKeystrokes(String latin) {
    StringBuilder b = new StringBuilder(latin.length());
    for (char c : latin.toCharArray()) {
      b.append(SHIFT_KEYS.indexOf(c) >= 0 ? c : Character.toLowerCase(c));
    }
    return b.toString();
  }
}
