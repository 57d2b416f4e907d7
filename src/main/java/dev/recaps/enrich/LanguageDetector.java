package dev.recaps.enrich;

import dev.recaps.model.Evidence;
import dev.recaps.model.Recap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells Korean, English and mixed recaps apart by the script mix of title and text. A Hangul
 * syllable counts as two Latin letters, since a Korean word needs about half the characters of an
 * English one; so a Korean post full of English product names still reads as Korean.
 */
final class LanguageDetector {
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\]\\([^)]*\\)");
  /** Below this many letters there is too little text to tell. */
  static final int MIN_LETTERS = 20;
  static final double KOREAN_FROM = 0.6;
  static final double ENGLISH_UP_TO = 0.15;

  Detection<String> detect(Recap recap) {
    String text = URL.matcher(recap.title() + "\n" + recap.text()).replaceAll(" ");
    long hangul = text.codePoints().filter(PhraseMatcher::isHangul).filter(Character::isLetter).count();
    long latin = text.codePoints()
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c))
        .count();
    if (hangul + latin < MIN_LETTERS) {
      return Detection.none(List.of("only " + (hangul + latin) + " letters: too little text to tell"));
    }
    double koreanShare = 2.0 * hangul / (2.0 * hangul + latin);
    String lang = koreanShare >= KOREAN_FROM ? "ko" : koreanShare <= ENGLISH_UP_TO ? "en" : "mixed";
    String detail = String.format(java.util.Locale.ROOT, "Hangul %d, Latin %d letters: Korean share %.2f",
        hangul, latin, koreanShare);
    return new Detection<>(lang, new Evidence(lang, "text", detail), List.of());
  }
}
