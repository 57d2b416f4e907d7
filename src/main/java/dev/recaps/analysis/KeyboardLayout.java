package dev.recaps.analysis;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Locale;
import java.util.Set;

/**
 * The standard 두벌식 Korean keyboard mapped onto QWERTY, to fix queries typed with the wrong input
 * language (한/영): {@code tjqjfltm} → 서버리스 and {@code ㅏㅕㅠㄷ} → {@code kube}.
 */
public final class KeyboardLayout {

  /** The jamo on each unshifted key a–z. */
  private static final String LOWER = "ㅁㅠㅊㅇㄷㄹㅎㅗㅑㅓㅏㅣㅡㅜㅐㅔㅂㄱㄴㅅㅕㅍㅈㅌㅛㅋ";
  /** Shifted keys that type a different jamo; every other capital types the unshifted jamo. */
  private static final String SHIFT_KEYS = "QWERTOP";
  private static final String SHIFT_JAMO = "ㅃㅉㄸㄲㅆㅒㅖ";

  /**
   * Keystroke pairs that are frequent when Korean is typed on a QWERTY layout and (nearly) absent
   * from English words, e.g. {@code tj} = ㅅㅓ, {@code gk} = ㅎㅏ, {@code mf} = ㅡㄹ. Pairs that
   * English uses ({@code th sh ck sk rk ak tl al dj go}: with, risk, work, make, title, django) are
   * left out on purpose. Chosen by measurement: on 3,004 distinct Korean words from recaps, 95% of
   * them typed on QWERTY contain one; of ~1,900 English words (common and tech), none passed the
   * whole rule below.
   */
  private static final Set<String> KOREAN_PAIRS = Set.of(
      "tj", "rj", "wj", "fj", "gj", "sj", "ej", "qj", "xj", "zj", "cj", "vj",
      "gk", "dk", "tk", "wk", "fk", "qk", "zk", "xk", "vk", "ek", "tp",
      "rh", "dh", "fh", "qh", "xh", "zh", "eh",
      "dl", "ql", "xl", "zl", "vl", "xm", "dp", "dn", "hk", "hl", "od",
      "mf", "kd", "kr", "kq", "kw", "fd", "sd", "lr", "lq", "jf", "jt", "jq", "jr", "hd", "hf", "nr",
      "fg", "fw");
  /** KS X 1001's 2,350 syllables are the ones in everyday use; English read as jamo often is not. */
  private static final Charset KS_X_1001 = Charset.forName("EUC-KR");
  private static final int MIN_LETTERS = 4;
  private static final int MIN_HANGUL_KEYS = 3;

  private KeyboardLayout() {}

  /**
   * Reads Latin letters as 두벌식 keystrokes and composes them: {@code dkssudgktpdy} → 안녕하세요.
   * Non-letters pass through and end the syllable being typed, so words convert one by one.
   */
  public static String toHangul(String latin) {
    StringBuilder keys = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      int shifted = SHIFT_KEYS.indexOf(c);
      if (shifted >= 0) {
        keys.append(SHIFT_JAMO.charAt(shifted));
      } else if (isAsciiLetter(c)) {
        keys.append(LOWER.charAt(Character.toLowerCase(c) - 'a'));
      } else {
        keys.append(c);
      }
    }
    return Hangul.compose(keys.toString());
  }

  /**
   * The keys a 두벌식 typist pressed for {@code hangul} (서버리스 → {@code tjqjfltm}), in lower case
   * except the shifted jamo ㅃㅉㄸㄲㅆㅒㅖ → {@code QWERTOP}; everything else passes through.
   */
  public static String toLatin(String hangul) {
    String keys = Hangul.decompose(hangul);
    StringBuilder out = new StringBuilder(keys.length());
    for (int i = 0; i < keys.length(); i++) {
      char c = keys.charAt(i);
      int shifted = SHIFT_JAMO.indexOf(c);
      int plain = LOWER.indexOf(c);
      if (shifted >= 0) {
        out.append(SHIFT_KEYS.charAt(shifted));
      } else if (plain >= 0) {
        out.append((char) ('a' + plain));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True if {@code s} is probably Korean typed while the keyboard was in English mode. Rule: the
   * text has at least four ASCII letters and no other letters; every run of letters composes into
   * complete, everyday (KS X 1001) syllables with no jamo left over; and every run that contains an
   * English vowel letter (a e i o u) also contains a typically-Korean keystroke pair. So
   * {@code tjqjfltm} (서버리스) and {@code dkssud} (안녕) are true, while {@code kubernetes} (starts with
   * a lone ㅏ), {@code aws} (no vowel key) and {@code work} (composes to 재가, but no Korean pair)
   * are false. Queries of one syllable ({@code tls} = 신) are too ambiguous and always false.
   */
  public static boolean looksLikeWrongLayoutLatin(String s) {
    int letters = 0;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (isAsciiLetter(c)) {
        letters++;
        start = start < 0 ? i : start;
        continue;
      }
      if (Character.isLetter(c) || (Character.isHighSurrogate(c) && Character.isLetter(s.codePointAt(i)))) {
        return false;
      }
      if (start >= 0 && !isKoreanTypedWord(s.substring(start, i))) {
        return false;
      }
      start = -1;
    }
    return letters >= MIN_LETTERS;
  }

  private static boolean isKoreanTypedWord(String word) {
    String hangul = toHangul(word);
    CharsetEncoder encoder = KS_X_1001.newEncoder();
    for (int i = 0; i < hangul.length(); i++) {
      char c = hangul.charAt(i);
      if (!Hangul.isHangulSyllable(c) || !encoder.canEncode(c)) {
        return false;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !hasEnglishVowel(lower) || hasKoreanPair(lower);
  }

  /**
   * True if {@code s} is probably English typed while the keyboard was in Korean mode, like
   * {@code ㅏㅕㅠㄷ} (kube) or {@code ㅑㅐㄴ} (ios). Rule: the text has no Latin letters and at least
   * three jamo keystrokes; it is not a 초성 query; the input method left a jamo that belongs to no
   * syllable somewhere other than the end of a word (Korean being typed leaves only its last
   * consonant loose, as in 서버ㄹ; English keystrokes usually leave vowels loose); and its QWERTY
   * reading has an English vowel letter but no typically-Korean keystroke pair. English that
   * composes into whole syllables ({@code git} = 햣) cannot be told from Korean and is false.
   */
  public static boolean looksLikeWrongLayoutHangul(String s) {
    String text = Hangul.normalize(s);
    if (!Hangul.hasHangul(text) || Hangul.isChoseongOnly(text)) {
      return false;
    }
    boolean looseJamo = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isAsciiLetter(c)) {
        return false;
      }
      looseJamo |= Hangul.isJamo(c) && !isHalfTypedEnd(text, i);
    }
    String latin = toLatin(text).toLowerCase(Locale.ROOT);
    long keys = Hangul.decompose(text).chars().filter(c -> Hangul.isJamo((char) c)).count();
    return looseJamo && keys >= MIN_HANGUL_KEYS && hasEnglishVowel(latin) && !hasKoreanPair(latin);
  }

  /** A consonant after a syllable at the end of a word: the syllable the user is still typing. */
  private static boolean isHalfTypedEnd(String text, int i) {
    boolean wordEnd = i + 1 == text.length() || !Hangul.hasHangul(text.substring(i + 1, i + 2));
    return wordEnd && i > 0 && Hangul.isHangulSyllable(text.charAt(i - 1))
        && Hangul.isConsonantKey(text.charAt(i));
  }

  private static boolean hasEnglishVowel(String lower) {
    return lower.chars().anyMatch(c -> "aeiou".indexOf(c) >= 0);
  }

  private static boolean hasKoreanPair(String lower) {
    for (int i = 0; i + 1 < lower.length(); i++) {
      if (KOREAN_PAIRS.contains(lower.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
