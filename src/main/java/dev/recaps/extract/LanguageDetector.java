package dev.recaps.extract;

/**
 * Labels text {@code ko}, {@code en} or {@code mixed} by the share of Hangul among its letters,
 * which is all a Korean-or-English corpus needs and cannot be fooled by a wrong {@code <html
 * lang>}.
 *
 * <p>Thresholds: a Hangul share of letters of at least {@value #KOREAN_MIN_SHARE} is {@code ko},
 * at most {@value #ENGLISH_MAX_SHARE} is {@code en}, anything between is {@code mixed}. One
 * Hangul syllable counts as one letter but carries two or three jamo, so a Korean recap dense with
 * English product names (AWS Lambda, re:Invent, Kubernetes) measures around 0.6 to 0.85 while
 * reading as Korean; 0.5 keeps those {@code ko}. An English post quoting a few Korean names stays
 * under 0.1. Posts that alternate whole Korean and English paragraphs fall between.
 */
public final class LanguageDetector {
  public static final double KOREAN_MIN_SHARE = 0.5;
  public static final double ENGLISH_MAX_SHARE = 0.1;

  private LanguageDetector() {}

  /**
   * Returns the label for {@code text}; text without letters gets {@code fallback} when it is
   * {@code ko} or {@code en} (e.g. a page's declared {@code <html lang>}), else {@code mixed}.
   */
  public static String detect(String text, String fallback) {
    long hangul = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
        hangul++;
      }
    }
    if (letters == 0) {
      return "ko".equals(fallback) || "en".equals(fallback) ? fallback : "mixed";
    }
    double share = (double) hangul / letters;
    if (share >= KOREAN_MIN_SHARE) {
      return "ko";
    }
    return share <= ENGLISH_MAX_SHARE ? "en" : "mixed";
  }

  /** Same as {@link #detect(String, String)} without a fallback. */
  public static String detect(String text) {
    return detect(text, null);
  }
}
