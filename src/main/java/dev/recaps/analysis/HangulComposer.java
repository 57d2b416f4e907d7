package dev.recaps.analysis;

/**
 * The 두벌식 input-method automaton for one syllable at a time; {@link Hangul#compose} feeds it
 * keystrokes and it appends each finished syllable (or a leftover jamo) to the output.
 *
 * <p>Mutable and single-use: one instance per call, never shared.
 */
final class HangulComposer {

  private char initial;
  private char vowel;
  private char fin;

  void consonant(char c, StringBuilder out) {
    if (initial != 0 && vowel != 0) {
      if (fin == 0 && Hangul.FINAL_JAMO.indexOf(c) >= 0) {
        fin = c; // ㄸ ㅃ ㅉ can never close a syllable, so they fall through and start the next one
        return;
      }
      char cluster = fin == 0 ? 0 : Hangul.combine(fin, c);
      if (cluster != 0) {
        fin = cluster;
        return;
      }
    }
    flush(out);
    initial = c;
  }

  void vowel(char c, StringBuilder out) {
    if (fin != 0) {
      // 도깨비불: the last consonant typed belongs to the new syllable (닭 + ㅣ → 달기).
      char moved = fin;
      char kept = 0;
      if (Hangul.isCompound(fin)) {
        int at = Hangul.COMPOUNDS.indexOf(fin);
        kept = Hangul.COMPOUNDS.charAt(at + 1);
        moved = Hangul.COMPOUNDS.charAt(at + 2);
      }
      fin = kept;
      flush(out);
      initial = moved;
      vowel = c;
      return;
    }
    if (vowel != 0) {
      char compound = Hangul.combine(vowel, c);
      if (compound != 0) {
        vowel = compound;
        return;
      }
      flush(out);
    }
    vowel = c;
  }

  /** Emits whatever is pending: a syllable if it has an initial and a vowel, else the bare jamo. */
  void flush(StringBuilder out) {
    if (initial != 0 && vowel != 0) {
      out.append(Hangul.syllable(initial, vowel, fin));
    } else if (initial != 0) {
      out.append(initial);
    } else if (vowel != 0) {
      out.append(vowel);
    }
    initial = 0;
    vowel = 0;
    fin = 0;
  }
}
