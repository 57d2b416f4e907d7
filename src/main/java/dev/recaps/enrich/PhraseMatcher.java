package dev.recaps.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a dictionary phrase in free text regardless of case and of the separators between its
 * words, so the alias "re:Invent" also finds "reinvent", "re-invent" and "AWS-reinvent-2018" in a
 * file name, while "Reinventing" is not a match.
 */
final class PhraseMatcher {
  /** Up to three separators between words: "re: Invent", "Google I/O", "if(kakao)". */
  private static final String GAP = "[^\\p{L}\\p{N}]{0,3}";

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
    String body = words.stream().map(Pattern::quote).collect(Collectors.joining(GAP));
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
    while (m.find()) {
      found.add(new Match(phrase, m.start(), m.end()));
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
