package dev.recaps.enrich;

import dev.recaps.model.Evidence;
import dev.recaps.model.Recap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells Korean, English and mixed recaps apart by the script of each sentence: a sentence is
 * Korean when it ends in Hangul or Hangul carries a good part of it (a Hangul syllable counts as
 * two Latin letters), so a Korean sentence full of product names stays Korean. A Korean post quoting an English block is
 * still Korean; a post written half in each language is mixed.
 */
final class LanguageDetector {
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|\\]\\([^)]*\\)");
  /** Below this many letters in the whole recap there is too little text to tell. */
  static final int MIN_LETTERS = 20;
  /** A sentence needs this many letters to count at all ("Q&A", "1.", bare links do not). */
  private static final int MIN_SENTENCE_LETTERS = 4;
  private static final double KOREAN_SENTENCE_SHARE = 0.3;
  static final double KOREAN_FROM = 0.7;
  static final double ENGLISH_UP_TO = 0.15;

  private record Letters(long hangul, long latin) {
    double koreanShare() {
      return 2.0 * hangul / (2.0 * hangul + latin);
    }
  }

  Detection<String> detect(Recap recap) {
    String text = URL.matcher(recap.title() + "\n" + recap.text()).replaceAll(" ");
    Letters all = count(text);
    if (all.hangul() + all.latin() < MIN_LETTERS) {
      return Detection.none(List.of("only " + (all.hangul() + all.latin()) + " letters: too little text to tell"));
    }
    int korean = 0;
    int sentences = 0;
    // Lines of one paragraph are joined first: a hard-wrapped English quote is a few sentences, not
    // one "sentence" per line.
    for (String paragraph : text.split("\\R\\s*\\R")) {
      for (String sentence : RecapView.sentences(paragraph.replaceAll("\\s*\\R\\s*", " "))) {
        Letters letters = count(sentence);
        if (letters.hangul() + letters.latin() >= MIN_SENTENCE_LETTERS) {
          sentences++;
          korean += letters.koreanShare() >= KOREAN_SENTENCE_SHARE || endsInHangul(sentence) ? 1 : 0;
        }
      }
    }
    double share = (double) korean / sentences;
    String lang = share >= KOREAN_FROM ? "ko" : share <= ENGLISH_UP_TO ? "en" : "mixed";
    String detail = String.format(Locale.ROOT, "%d of %d sentences Korean (%.2f); Hangul %d, Latin %d letters",
        korean, sentences, share, all.hangul(), all.latin());
    return new Detection<>(lang, new Evidence(lang, "text", detail), List.of());
  }

  /** Korean sentences end in a verb ending ("소개했다."), however many English nouns come before. */
  private static boolean endsInHangul(String sentence) {
    for (int i = sentence.length(); i > 0; ) {
      int c = sentence.codePointBefore(i);
      if (Character.isLetter(c)) {
        return PhraseMatcher.isHangul(c);
      }
      i -= Character.charCount(c);
    }
    return false;
  }

  private static Letters count(String text) {
    long hangul = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        hangul += script == Character.UnicodeScript.HANGUL ? 1 : 0;
        latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
      }
      i += Character.charCount(c);
    }
    return new Letters(hangul, latin);
  }
}
