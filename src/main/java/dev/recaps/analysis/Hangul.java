package dev.recaps.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Hangul primitives for the typing aids: jamo decomposition and 두벌식 composition, 초성 extraction,
 * and edit distance on jamo, so that 쿠버네티승 is one keystroke away from 쿠버네티스.
 *
 * <p>Every method first applies {@link #normalize}. Decomposition works at the level of 두벌식
 * keystrokes: compound vowels and double final consonants are split (ㅘ → ㅗㅏ, ㄳ → ㄱㅅ) because
 * that is what the typist pressed, while ㄲ ㄸ ㅃ ㅆ ㅉ stay single (one shifted key). Characters
 * that are not Hangul pass through unchanged, case included: callers that want case-insensitive
 * behaviour lower-case themselves (only {@link #jamoPrefixKey} does so, because it is a key).
 */
public final class Hangul {

  private static final char SYLLABLE_FIRST = '\uAC00';
  private static final char SYLLABLE_LAST = '\uD7A3';
  private static final int MEDIALS = 21;
  private static final int FINALS = 28;
  private static final char COMPAT_FIRST = '\u3131';
  private static final char COMPAT_VOWEL_FIRST = '\u314F';
  private static final char COMPAT_LAST = '\u3163';

  /** Compatibility jamo for the 19 initial consonants, in Unicode syllable order. */
  static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  /** Compatibility jamo for the 27 final consonants (index 0 of the syllable formula is "none"). */
  static final String FINAL_JAMO = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
  /** Compound jamo and the two keystrokes that type them, as triples "compound first second". */
  static final String COMPOUNDS = "ㅘㅗㅏㅙㅗㅐㅚㅗㅣㅝㅜㅓㅞㅜㅔㅟㅜㅣㅢㅡㅣ"
      + "ㄳㄱㅅㄵㄴㅈㄶㄴㅎㄺㄹㄱㄻㄹㅁㄼㄹㅂㄽㄹㅅㄾㄹㅌㄿㄹㅍㅀㄹㅎㅄㅂㅅ";

  private Hangul() {}

  /**
   * NFC-normalizes {@code s} and turns conjoining jamo (U+1100 block) that NFC could not compose
   * into compatibility jamo, so text from NFD sources (macOS file names, some editors) compares
   * equal to what a keyboard produces. Jamo fillers, which carry no letter, are dropped.
   */
  public static String normalize(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    if (nfc.chars().noneMatch(c -> c >= 0x1100 && c <= 0x11FF)) {
      return nfc;
    }
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\u115F' || c == '\u1160') {
        continue;
      } else if (c >= '\u1100' && c <= '\u1112') {
        out.append(INITIALS.charAt(c - 0x1100));
      } else if (c >= '\u1161' && c <= '\u1175') {
        out.append((char) (COMPAT_VOWEL_FIRST + c - 0x1161));
      } else if (c >= '\u11A8' && c <= '\u11C2') {
        out.append(FINAL_JAMO.charAt(c - 0x11A8));
      } else {
        out.append(c); // archaic conjoining jamo have no modern keystroke: keep them as they are
      }
    }
    return out.toString();
  }

  /** Decomposes syllables and compound jamo into the 두벌식 keystroke sequence: 왔 → ㅇㅗㅏㅆ. */
  public static String decompose(String s) {
    String text = normalize(s);
    StringBuilder out = new StringBuilder(text.length() * 3);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHangulSyllable(c)) {
        int index = c - SYLLABLE_FIRST;
        out.append(INITIALS.charAt(index / (MEDIALS * FINALS)));
        appendKeystrokes(out, (char) (COMPAT_VOWEL_FIRST + index / FINALS % MEDIALS));
        int fin = index % FINALS;
        if (fin > 0) {
          appendKeystrokes(out, FINAL_JAMO.charAt(fin - 1));
        }
      } else {
        appendKeystrokes(out, c);
      }
    }
    return out.toString();
  }

  private static void appendKeystrokes(StringBuilder out, char jamo) {
    if (isCompound(jamo)) {
      int at = COMPOUNDS.indexOf(jamo);
      out.append(COMPOUNDS, at + 1, at + 3);
    } else {
      out.append(jamo);
    }
  }

  /**
   * Composes a keystroke stream into syllables as a 두벌식 input method does, including 도깨비불
   * (a final consonant moves to the next syllable when a vowel follows: 서벌 + ㅣ → 서버리).
   * Syllables already in the input are re-read as keystrokes; incomplete jamo stay jamo.
   */
  public static String compose(String jamo) {
    String keys = decompose(jamo);
    HangulComposer syllable = new HangulComposer();
    StringBuilder out = new StringBuilder(keys.length());
    for (int i = 0; i < keys.length(); i++) {
      char c = keys.charAt(i);
      if (isConsonantKey(c)) {
        syllable.consonant(c, out);
      } else if (isVowelKey(c)) {
        syllable.vowel(c, out);
      } else {
        syllable.flush(out);
        out.append(c);
      }
    }
    syllable.flush(out);
    return out.toString();
  }

  /** Initial consonants of each syllable (서버리스 → ㅅㅂㄹㅅ); everything else is kept as it is. */
  public static String choseong(String s) {
    String text = normalize(s);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(isHangulSyllable(c) ? INITIALS.charAt((c - SYLLABLE_FIRST) / (MEDIALS * FINALS)) : c);
    }
    return out.toString();
  }

  /** True for a 초성 query: only compatibility consonants and whitespace, at least two consonants. */
  public static boolean isChoseongOnly(String s) {
    String text = normalize(s);
    int consonants = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= COMPAT_FIRST && c < COMPAT_VOWEL_FIRST) {
        consonants++;
      } else if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return consonants >= 2;
  }

  /** True if {@code s} contains a Hangul syllable or any Hangul jamo. */
  public static boolean hasHangul(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isHangulSyllable(c) || isJamo(c) || (c >= '\u3164' && c <= '\u318E')) {
        return true;
      }
    }
    return false;
  }

  /** True for a precomposed syllable U+AC00–U+D7A3. */
  public static boolean isHangulSyllable(char c) {
    return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
  }

  /** True for a modern compatibility jamo (ㄱ–ㅣ, U+3131–U+3163) or a conjoining jamo (U+1100–U+11FF). */
  public static boolean isJamo(char c) {
    return (c >= COMPAT_FIRST && c <= COMPAT_LAST) || (c >= '\u1100' && c <= '\u11FF');
  }

  static boolean isConsonantKey(char c) {
    return INITIALS.indexOf(c) >= 0;
  }

  static boolean isVowelKey(char c) {
    return c >= COMPAT_VOWEL_FIRST && c <= COMPAT_LAST && !isCompound(c);
  }

  /** True for a compound vowel or double final consonant (parts never sit at a triple's start). */
  static boolean isCompound(char c) {
    int at = COMPOUNDS.indexOf(c);
    return at >= 0 && at % 3 == 0;
  }

  /** The compound typed by {@code first} then {@code second} (ㅗ + ㅏ → ㅘ), or 0 if there is none. */
  static char combine(char first, char second) {
    for (int at = 0; at < COMPOUNDS.length(); at += 3) {
      if (COMPOUNDS.charAt(at + 1) == first && COMPOUNDS.charAt(at + 2) == second) {
        return COMPOUNDS.charAt(at);
      }
    }
    return 0;
  }

  /** Builds the syllable from compatibility jamo; {@code fin} is 0 for an open syllable. */
  static char syllable(char initial, char vowel, char fin) {
    int index = (INITIALS.indexOf(initial) * MEDIALS + vowel - COMPAT_VOWEL_FIRST) * FINALS;
    return (char) (SYLLABLE_FIRST + index + (fin == 0 ? 0 : FINAL_JAMO.indexOf(fin) + 1));
  }

  /** Levenshtein distance between the keystroke sequences of {@code a} and {@code b}. */
  public static int jamoDistance(String a, String b) {
    return HangulEditDistance.distance(decompose(a), decompose(b), Integer.MAX_VALUE);
  }

  /**
   * True if the jamo distance is at most {@code max}; runs in O(length × max) and stops as soon
   * as every alignment is over the bound, so it is cheap against long inputs.
   */
  public static boolean withinJamoDistance(String a, String b, int max) {
    if (max < 0) {
      return false;
    }
    return HangulEditDistance.distance(decompose(a), decompose(b), max) <= max;
  }

  /** The comparison key for typed prefixes: lower-cased keystrokes, so 서벌 and 서버ㄹ give the same key. */
  public static String jamoPrefixKey(String s) {
    return decompose(s).toLowerCase(Locale.ROOT);
  }

  /**
   * True if {@code candidate} starts with what the user has typed so far, even when the last
   * syllable is half typed: 서버ㄹ and 서벌 (what the input method shows mid-word) both match 서버리스.
   */
  public static boolean matchesTypedPrefix(String typed, String candidate) {
    return jamoPrefixKey(candidate).startsWith(jamoPrefixKey(typed));
  }
}
