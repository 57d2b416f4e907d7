package dev.recaps.search;

import dev.recaps.analysis.TermPairMiner.Pair;
import dev.recaps.index.IndexSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/** The Korean↔English pairs mined from one reader's documents, as query-time equivalences. */
final class MinedTerms implements TermExpander {
  private final Map<String, Set<String>> equivalents;
  private final Map<String, List<String>> byEnglish;

  private MinedTerms(Map<String, Set<String>> equivalents, Map<String, List<String>> byEnglish) {
    this.equivalents = equivalents;
    this.byEnglish = byEnglish;
  }

  static MinedTerms read(IndexReader reader) throws IOException {
    Map<String, Set<String>> eq = new HashMap<>();
    Map<String, Set<String>> en = new TreeMap<>();
    SortedSetDocValues dv = MultiDocValues.getSortedSetValues(reader, IndexSchema.MINED_PAIRS);
    if (dv != null) {
      for (long ord = 0; ord < dv.getValueCount(); ord++) {
        Pair p = Pair.decode(dv.lookupOrd(ord).utf8ToString());
        if (p != null) {
          eq.computeIfAbsent(p.english(), k -> new LinkedHashSet<>()).add(p.korean());
          eq.computeIfAbsent(p.korean().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(p.english());
          en.computeIfAbsent(p.english(), k -> new LinkedHashSet<>()).add(p.korean());
        }
      }
    }
    Map<String, List<String>> listed = new TreeMap<>();
    en.forEach((k, v) -> listed.put(k, List.copyOf(v)));
    return new MinedTerms(eq, listed);
  }

  @Override
  public Set<String> equivalents(String word) {
    return equivalents.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
  }

  /** English form → Korean forms, for {@code recaps stats}. */
  Map<String, List<String>> pairs() {
    return byEnglish;
  }
}
