package dev.recaps.extract;

import org.jsoup.nodes.Element;

/** Small measures of text shared by content finding and page classification. */
final class Texts {
  private Texts() {}

  /** Letters (any script) in {@code s}: Hangul syllables, Latin letters, CJK ideographs. */
  static long letters(String s) {
    return s == null ? 0 : s.codePoints().filter(Character::isLetter).count();
  }

  /**
   * Letters weighted by information: a Hangul syllable or CJK ideograph counts 2, any other
   * letter 1. A syllable block carries two or three jamo, so 150 syllables of Korean say about as
   * much as 300 Latin letters; length thresholds use this so Korean posts are not judged short.
   */
  static long letterUnits(String s) {
    if (s == null) {
      return 0;
    }
    return s.codePoints()
        .filter(Character::isLetter)
        .map(c -> isDense(c) ? 2 : 1)
        .asLongStream()
        .sum();
  }

  private static boolean isDense(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
  }

  /** Share of the element's text characters that sit inside links. */
  static double linkDensity(Element el) {
    int total = el.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : el.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }
}
