package dev.recaps.extract;

/**
 * Labels text {@code ko}, {@code en} or {@code mixed} by the share of Hangul among its letters,
 * which is all a Korean-or-English corpus needs and cannot be fooled by a wrong {@code <html
 * lang>}.
 *
 * <p>Letters are weighted as in {@link Texts#letterUnits}: a Hangul syllable counts 2 because one
 * block carries two or three jamo, a Latin letter 1. Weighted Hangul share of at least {@value
 * #KOREAN_MIN_SHARE} is {@code ko}, at most {@value #ENGLISH_MAX_SHARE} is {@code en}, anything
 * between is {@code mixed}. Unweighted, a Korean sentence dense with product names ("AWS Lambda와
 * Amazon EventBridge로 …를 구성했다") is under half Hangul although every reader calls it Korean;
 * weighted it is about 0.6. An English post quoting a Korean name or two stays under 0.1; a post
 * alternating Korean and English paragraphs falls between.
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
    long all = Texts.letterUnits(text);
    if (all == 0) {
      return "ko".equals(fallback) || "en".equals(fallback) ? fallback : "mixed";
    }
    long hangul =
        2 * text.codePoints()
            .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
            .count();
    double share = (double) hangul / all;
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
