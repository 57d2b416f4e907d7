package dev.recaps.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dictionary phrase in free text regardless of case and of the separators between its
 * words, so the alias "re:Invent" also finds "re-invent" and "RE: INVENT", the alias "reinvent"
 * finds "AWS-reinvent-2018" in a file name, and "Reinventing" is not a match.
 */
final class PhraseMatcher {
  /** One to three separators between Latin words ("re: Invent", "Google I/O", "if(kakao)"). */
  private static final String LATIN_GAP = "[^\\p{L}\\p{N}]{1,3}";
  /** Korean writers often drop the space next to Hangul ("AWS서밋"). */
  private static final String HANGUL_GAP = "[^\\p{L}\\p{N}]{0,3}";

  /** Where a phrase was found. */
  record Match(String phrase, int start, int end) {}

  private final String phrase;
  private final String firstWord;
  private final Pattern pattern;

  private PhraseMatcher(String phrase, String firstWord, Pattern pattern) {
    this.phrase = phrase;
    this.firstWord = firstWord;
    this.pattern = pattern;
  }

  /**
   * Compiles a phrase; Latin words must stand alone on the left ("reinvent" not in "preinvent"),
   * Hangul words only need no Hangul before them because Korean particles attach on the right.
   *
   * @param plural whether a trailing English plural ("tests", "databases") also matches
   */
  static PhraseMatcher of(String phrase, boolean plural) {
    List<String> words = Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
    if (words.isEmpty()) {
      return new PhraseMatcher(phrase, "", null);
    }
    String first = words.get(0);
    String last = words.get(words.size() - 1);
    String before = isHangul(first.codePointAt(0)) ? "(?<!\\p{IsHangul})" : "(?<![\\p{IsLatin}\\p{N}])";
    String after = isHangul(last.codePointBefore(last.length())) ? ""
        : (plural ? "(?:e?s)?" : "") + (Character.isDigit(last.codePointBefore(last.length()))
            ? "(?![\\p{IsLatin}\\p{N}])" : "(?!\\p{IsLatin})");
    StringBuilder body = new StringBuilder(Pattern.quote(first));
    for (int i = 1; i < words.size(); i++) {
      String previous = words.get(i - 1);
      String next = words.get(i);
      boolean hangul = isHangul(previous.codePointBefore(previous.length())) || isHangul(next.codePointAt(0));
      body.append(hangul ? HANGUL_GAP : LATIN_GAP).append(Pattern.quote(next));
    }
    return new PhraseMatcher(phrase, first,
        Pattern.compile(before + body + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  static PhraseMatcher of(String phrase) {
    return of(phrase, false);
  }

  String phrase() {
    return phrase;
  }

  /** All non-overlapping matches; {@code lowerText} is {@code text} lower-cased, a cheap pre-check. */
  List<Match> findAll(String text, String lowerText) {
    if (pattern == null || !lowerText.contains(firstWord)) {
      return List.of();
    }
    List<Match> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    if (lowerText.length() != text.length()) {
      while (m.find()) { // lower-casing changed offsets (rare letters like İ): scan it all
        found.add(new Match(phrase, m.start(), m.end()));
      }
      return found;
    }
    // A pattern that starts with a look-behind is tried at every position; jumping to where the
    // first word occurs makes matching cost an indexOf (it was a third of indexing time).
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int from = lowerText.indexOf(firstWord);
    while (from >= 0) {
      m.region(from, text.length());
      if (m.lookingAt()) {
        found.add(new Match(phrase, m.start(), m.end()));
        from = lowerText.indexOf(firstWord, Math.max(m.end(), from + 1));
      } else {
        from = lowerText.indexOf(firstWord, from + 1);
      }
    }
    return found;
  }

  List<Match> findAll(String text) {
    return findAll(text, text.toLowerCase(Locale.ROOT));
  }

  static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }
}
