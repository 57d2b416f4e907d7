package dev.recaps.enrich;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleans a candidate speaker name (titles and honorifics off) and judges whether it has the shape
 * of a person's name and is not a company, product, place, generic word or the post's author.
 */
final class PersonNames {
  private static final Pattern LATIN_WORD = Pattern.compile("\\p{Lu}[\\p{IsLatin}'’\\-]*\\p{Ll}[\\p{IsLatin}'’\\-]*");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  private static final Pattern HANGUL_NAME = Pattern.compile("\\p{IsHangul}{2,4}");

  /** A name with what was stripped from it. */
  record Cleaned(String name, boolean honorific) {}

  private final SpeakerRules rules;
  private final List<String> honorifics;
  private final List<List<String>> notSpeakers;

  PersonNames(SpeakerRules rules) {
    this.rules = rules;
    this.honorifics = rules.honorifics().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.notSpeakers = rules.notSpeakers().stream().map(PersonNames::words).filter(w -> !w.isEmpty()).toList();
  }

  /** Strips "Dr." in front and "박사님", "님", "CTO" behind; remembers whether an honorific was there. */
  Cleaned clean(String raw) {
    String name = raw.strip();
    for (String title : rules.titles()) {
      if (name.regionMatches(true, 0, title + " ", 0, title.length() + 1)) {
        name = name.substring(title.length()).strip();
      }
    }
    boolean honorific = false;
    for (String h : honorifics) {
      if (name.length() > h.length() && name.endsWith(h)) {
        name = name.substring(0, name.length() - h.length()).strip();
        honorific = true;
        break;
      }
    }
    return new Cleaned(name, honorific);
  }

  /** Whether a word is only a title or honorific ("박사" left over from "박사님"). */
  boolean isHonorific(String word) {
    String key = Aliases.key(word);
    return honorifics.stream().anyMatch(h -> Aliases.key(h).equals(key))
        || rules.titles().stream().anyMatch(t -> Aliases.key(t).equals(key));
  }

  /** Two or three capitalized Latin words (a middle initial allowed): "Jane Doe", "Jean-Luc M. Picard". */
  static boolean latinShape(String name) {
    String[] words = name.split("\\s+");
    long real = Arrays.stream(words).filter(w -> LATIN_WORD.matcher(w).matches()).count();
    boolean allValid = Arrays.stream(words).allMatch(w -> LATIN_WORD.matcher(w).matches() || INITIAL.matcher(w).matches());
    return allValid && real >= 2 && real <= 3;
  }

  /**
   * A Korean name: 2-4 syllables starting with a known surname; without an honorific or an explicit
   * label only the common 3-syllable form is trusted, since many 2-syllable words start like a surname.
   */
  boolean hangulShape(String name, boolean trusted) {
    if (!HANGUL_NAME.matcher(name).matches() || (!trusted && name.length() != 3)) {
      return false;
    }
    return rules.koreanSurnames().stream().anyMatch(name::startsWith);
  }

  /** Why a candidate is not a speaker, or null when nothing speaks against it. */
  String rejection(String name, String author) {
    List<String> words = words(name);
    for (List<String> stop : notSpeakers) {
      if (Aliases.key(name).equals(String.join("", stop)) || containsRun(words, stop)) {
        return "'" + String.join(" ", stop) + "' is not a person (not-speakers list)";
      }
    }
    for (String cue : rules.cues()) {
      if (containsRun(words, words(cue))) {
        return "contains the talk word '" + cue + "'";
      }
    }
    if (author != null && !author.isBlank() && sameOrInside(words, words(author))) {
      return "is the post's author";
    }
    return null;
  }

  private static boolean sameOrInside(List<String> name, List<String> author) {
    return containsRun(author, name) || containsRun(name, author);
  }

  private static boolean containsRun(List<String> words, List<String> run) {
    return !run.isEmpty() && java.util.Collections.indexOfSubList(words, run) >= 0;
  }

  static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
  }
}
