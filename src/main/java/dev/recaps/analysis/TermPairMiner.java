package dev.recaps.analysis;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Korean↔English term pairs that authors write together, {@code 쿠버네티스(Kubernetes)} or
 * {@code Kubernetes(쿠버네티스)}, so a corpus teaches the search its own loanwords.
 */
public final class TermPairMiner {
  /** A mined pair: the English form lowercased, and the Hangul form as written. */
  public record Pair(String english, String korean) {
    /** The form stored in the index: {@code english + '\u001f' + korean}. */
    public String encoded() {
      return english + SEPARATOR + korean;
    }

    public static Pair decode(String encoded) {
      int i = encoded.indexOf(SEPARATOR);
      return i < 0 ? null : new Pair(encoded.substring(0, i), encoded.substring(i + 1));
    }
  }

  static final char SEPARATOR = '\u001f';

  // Hangul run of 2–15 syllables (may contain single inner spaces), then a Latin term in parentheses.
  private static final Pattern KOREAN_THEN_LATIN = Pattern.compile(
      "([가-힣]{2,15}(?: [가-힣]{1,10}){0,2})\\s?\\(\\s*([A-Za-z][A-Za-z0-9.+#\\- ]{2,38}[A-Za-z0-9+#])\\s*\\)");
  private static final Pattern LATIN_THEN_KOREAN = Pattern.compile(
      "\\b([A-Za-z][A-Za-z0-9.+#\\-]{1,38}(?: [A-Za-z][A-Za-z0-9.+#\\-]{0,20}){0,2})\\s?\\(\\s*([가-힣]{2,15}(?: [가-힣]{1,10}){0,2})\\s*\\)");

  /** Latin parts must have at least this many letters; shorter ones are usually acronyms of a phrase. */
  static final int MIN_LATIN_LETTERS = 3;

  /** Pairs in {@code text}, in order of first appearance. */
  public Set<Pair> mine(String text) {
    Set<Pair> out = new LinkedHashSet<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    Matcher m = KOREAN_THEN_LATIN.matcher(text);
    while (m.find()) {
      add(out, m.group(2), lastWords(m.group(1), m.group(2).strip().split("\\s+").length));
    }
    m = LATIN_THEN_KOREAN.matcher(text);
    while (m.find()) {
      add(out, m.group(1), m.group(2));
    }
    return out;
  }

  // "이번에 발표된 쿠버네티스(Kubernetes)" → the Korean term is the word right before the parenthesis;
  // a two-word English term ("Data Engineer") takes the two Korean words before it.
  private static String lastWords(String korean, int count) {
    String[] words = korean.strip().split(" ");
    int from = Math.max(0, words.length - count);
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  private static void add(Set<Pair> out, String latin, String korean) {
    String en = latin.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String ko = korean.strip();
    long letters = en.chars().filter(Character::isLetter).count();
    if (letters >= MIN_LATIN_LETTERS && ko.length() >= 2) {
      out.add(new Pair(en, ko));
    }
  }
}
