package dev.recaps.analysis;

import java.util.Set;

/**
 * Where a dictionary form may start and end inside a query. Latin forms need word boundaries on
 * both sides ("go" is not in "google"). A Korean form may be followed by a particle, because Korean
 * attaches them to the word (람다를, 쿠버네티스에서), but not by other syllables, so 웹 is not found in
 * 웹툰 nor 큐 in 큐레이션.
 */
final class TermBoundaries {

  /**
   * Particles and copula endings written directly after a noun, optionally after the plural 들.
   * Compound particles are listed whole (에서는), which keeps the check a single set lookup.
   */
  private static final Set<String> PARTICLES = Set.of(
      "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "께", "께서", "로", "으로", "와",
      "과", "도", "만", "까지", "부터", "보다", "처럼", "이나", "나", "이랑", "랑", "하고", "이며",
      "며", "이고", "이다", "입니다", "인", "이란", "란", "라는", "이라는", "에는", "에서는", "으로는",
      "로는", "와의", "과의", "에도", "에서도", "으로도", "로도", "만의", "에서의", "으로의", "로의",
      "와는", "과는", "이라", "라", "이죠", "죠", "이지만", "지만", "이든", "든", "들");
  private static final int LONGEST_SUFFIX = 4;

  private static final int NONE = 0;
  private static final int LATIN = 1;
  private static final int HANGUL = 2;

  private TermBoundaries() {}

  static boolean isStart(String text, int i) {
    int here = wordClass(text.charAt(i));
    return i == 0 || here == NONE || wordClass(text.charAt(i - 1)) != here;
  }

  static boolean isEnd(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    int before = wordClass(text.charAt(end - 1));
    int after = wordClass(text.charAt(end));
    if (before != after || before == NONE) {
      return true;
    }
    return before == HANGUL && isParticle(text, end);
  }

  /** True if the Hangul run from {@code start} to the end of the word is a particle. */
  private static boolean isParticle(String text, int start) {
    int end = start;
    while (end < text.length() && wordClass(text.charAt(end)) == HANGUL) {
      if (end - start == LONGEST_SUFFIX) {
        return false; // longer than any particle: also bounds the work on long unspaced Hangul
      }
      end++;
    }
    String suffix = text.substring(start, end);
    return PARTICLES.contains(suffix)
        || (suffix.startsWith("들") && PARTICLES.contains(suffix.substring(1)));
  }

  /** Letters and digits of any other script count as Latin: what matters is Hangul versus the rest. */
  private static int wordClass(char c) {
    if (Hangul.isHangulSyllable(c) || Hangul.isJamo(c)) {
      return HANGUL;
    }
    return Character.isLetterOrDigit(c) ? LATIN : NONE;
  }
}
