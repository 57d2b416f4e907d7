package dev.recaps.search;

import static dev.recaps.index.IndexSchema.BODY;
import static dev.recaps.index.IndexSchema.TITLE;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.analysis.Hangul;
import dev.recaps.analysis.KeyboardLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query: the 한/영 keyboard-layout fix ({@code tjqjfltm} → 서버리스, {@code
 * ㅏㅕㅠㄷ} → kube) and typo fixes for words the index does not know (English by edit distance,
 * Hangul by edit distance on jamo so 쿠버네티승 → 쿠버네티스).
 */
final class QueryCorrector {
  /** The frequent terms to correct Korean words to; only built when a word is unknown. */
  @FunctionalInterface
  interface VocabularySource {
    List<String> get() throws IOException;
  }

  private final AnalyzerFactory analyzers;

  QueryCorrector(AnalyzerFactory analyzers) {
    this.analyzers = analyzers;
  }

  /** The query retyped on the other layout, word by word where a word looks mistyped; else null. */
  static String layoutFix(String query) {
    String[] words = query.strip().split("\\s+");
    List<String> out = new ArrayList<>();
    boolean changed = false;
    for (String w : words) {
      if (KeyboardLayout.looksLikeWrongLayoutLatin(w)) {
        out.add(KeyboardLayout.toHangul(w));
        changed = true;
      } else if (KeyboardLayout.looksLikeWrongLayoutHangul(w)) {
        out.add(KeyboardLayout.toLatin(w));
        changed = true;
      } else {
        out.add(w);
      }
    }
    return changed ? String.join(" ", out) : null;
  }

  /**
   * The query with each unknown plain word replaced by its closest frequent indexed term; null when
   * nothing could be corrected. Words with syntax (fields, quotes, prefixes) are left alone.
   */
  String spellingFix(String query, IndexReader reader, VocabularySource vocabulary) throws IOException {
    String[] words = query.strip().split("\\s+");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty() || w.startsWith("-") || w.contains(":") || w.contains("\"") || w.endsWith("*")
          || known(w, reader)) {
        continue;
      }
      String fix = Hangul.hasHangul(w) ? closestHangul(w, vocabulary.get()) : closestLatin(w, reader);
      if (fix != null) {
        words[i] = fix;
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : null;
  }

  private boolean known(String word, IndexReader reader) throws IOException {
    List<String> tokens = analyzers.tokens(word);
    if (tokens.isEmpty()) {
      return true; // particles and punctuation are not typos
    }
    for (String t : tokens) {
      if (reader.docFreq(new Term(BODY, t)) == 0 && reader.docFreq(new Term(TITLE, t)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Edits allowed for an English word: none below 5 letters, 1 from 5, 2 from 9. */
  static int latinEdits(int length) {
    return length >= 9 ? 2 : length >= 5 ? 1 : 0;
  }

  /** Jamo edits allowed for a Korean word: 1 from 2 syllables, 2 from 5. */
  static int hangulEdits(int syllables) {
    return syllables >= 5 ? 2 : syllables >= 2 ? 1 : 0;
  }

  private static String closestLatin(String word, IndexReader reader) throws IOException {
    String w = word.toLowerCase(Locale.ROOT);
    int edits = latinEdits(w.length());
    if (edits == 0 || !w.chars().allMatch(Character::isLetter)) {
      return null;
    }
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(edits);
    checker.setMinPrefix(1);
    checker.setMinQueryLength(5);
    SuggestWord[] found = checker.suggestSimilar(new Term(BODY, w), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return found.length == 0 ? null : found[0].string;
  }

  private static String closestHangul(String word, List<String> vocabulary) {
    int max = hangulEdits(word.codePointCount(0, word.length()));
    if (max == 0) {
      return null;
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String v : vocabulary) {
      if (!Hangul.hasHangul(v) || Math.abs(v.length() - word.length()) > max) {
        continue;
      }
      if (Hangul.withinJamoDistance(word, v, max)) {
        int d = Hangul.jamoDistance(word, v);
        if (d < bestDistance) {
          best = v;
          bestDistance = d;
        }
      }
    }
    return best;
  }
}
