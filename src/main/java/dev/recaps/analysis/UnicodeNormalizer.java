package dev.recaps.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * NFKC normalization cut into small segments, so that a char filter can keep offsets exact:
 * full-width Latin becomes ASCII ({@code ＡＷＳ} → {@code AWS}) and decomposed Hangul (NFD text from
 * macOS file names or some IMEs, {@code ᄀ}+{@code ᅡ}) is recomposed into syllables ({@code 가}).
 *
 * <p>Hangul compatibility jamo ({@code ㄱ}, {@code ㅋㅋ}) and half-width Hangul letters are left as
 * typed: NFKC would turn them into conjoining jamo and silently glue {@code ㄱ}+{@code ㅏ} into
 * {@code 가}, which would break initial-consonant queries; the typing aids handle jamo themselves.
 */
final class UnicodeNormalizer implements TextRewriter {

  static final UnicodeNormalizer INSTANCE = new UnicodeNormalizer();

  private UnicodeNormalizer() {}

  /** The normalized form of {@code text}, as every analyzer in this package sees it. */
  static String normalize(String text) {
    return INSTANCE.rewrite(text);
  }

  @Override
  public List<Replacement> replacements(String text) {
    if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
      return List.of();
    }
    List<Replacement> edits = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = segmentEnd(text, start);
      int first = text.codePointAt(start);
      if (!isKeptHangulLetter(first)) {
        String segment = text.substring(start, end);
        String normalized = Normalizer.normalize(segment, Normalizer.Form.NFKC);
        if (!normalized.equals(segment)) {
          edits.add(new Replacement(start, end, normalized));
        }
      }
      start = end;
    }
    return edits;
  }

  /** A segment is one starter code point plus the marks and jamo that may combine with it. */
  private static int segmentEnd(String text, int start) {
    int end = start + Character.charCount(text.codePointAt(start));
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (!combinesWithPrevious(next)) {
        break;
      }
      end += Character.charCount(next);
    }
    return end;
  }

  private static boolean combinesWithPrevious(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (codePoint >= 0x1160 && codePoint <= 0x11FF) // conjoining vowels and final consonants
        || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF) // their extended-A/B forms
        || codePoint == 0xFF9E // half-width katakana voiced marks compose under NFKC
        || codePoint == 0xFF9F;
  }

  private static boolean isKeptHangulLetter(int codePoint) {
    return (codePoint >= 0x3131 && codePoint <= 0x318E) || (codePoint >= 0xFFA0 && codePoint <= 0xFFDC);
  }
}
