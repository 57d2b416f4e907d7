package dev.recaps.search;

import static dev.recaps.index.IndexSchema.*;

import dev.recaps.analysis.Hangul;
import dev.recaps.analysis.KeyboardLayout;
import dev.recaps.model.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for what a user is typing, built once per index reader: titles, speakers, topics,
 * conferences and frequent terms, matched by prefix of any word, by jamo (a half-typed last
 * syllable: 서버ㄹ → 서버리스), by 초성 (ㅅㅂㄹㅅ → 서버리스) and through the 한/영 layout fix.
 */
final class SuggestionIndex {
  /** Frequent index terms kept as completions (by document frequency). */
  static final int MAX_TERMS = 20_000;

  /** Word starts of a title that become keys (later words rarely start a query). */
  static final int MAX_WORD_STARTS = 8;

  private static final List<String> KIND_ORDER = List.of("conference", "speaker", "topic", "title", "term");

  record Entry(String text, String kind, long weight) {}

  /** A sorted key pointing at an entry, {@code offset} is where in the entry's text the key starts. */
  private record Key(String key, int entry, int offset) {}

  /** Probes up to this long whose key range is large get their best keys precomputed. */
  static final int SHORT_PROBE = 3;

  /** A key range longer than this is worth precomputing (scanning it took milliseconds at 100 k). */
  static final int LARGE_RANGE = 256;

  private final Entry[] entries;
  private final String[] keys;
  private final int[] keyEntry;
  private final int[] keyOffset;
  private final double[] keyScore;
  private final List<String> vocabulary;
  /**
   * For short prefixes with many keys (the first keystrokes: ㅅ, s, se), the keys of the best
   * {@link RecapSearcher#MAX_SUGGESTIONS} entries in lookup order, so a keystroke never scans a
   * range of tens of thousands of keys.
   */
  private final Map<String, int[]> bestKeysOfPrefix = new HashMap<>();

  private SuggestionIndex(List<Entry> entries, List<Key> keys, List<String> vocabulary, int largeRange) {
    this.entries = entries.toArray(Entry[]::new);
    this.vocabulary = vocabulary;
    keys.sort(Comparator.comparing(Key::key));
    this.keys = new String[keys.size()];
    this.keyEntry = new int[keys.size()];
    this.keyOffset = new int[keys.size()];
    this.keyScore = new double[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      this.keys[i] = keys.get(i).key();
      this.keyEntry[i] = keys.get(i).entry();
      this.keyOffset[i] = keys.get(i).offset();
      this.keyScore[i] = score(this.entries[keyEntry[i]], keyOffset[i]);
    }
    for (int length = 1; length <= SHORT_PROBE; length++) {
      precomputeLargeRanges(length, largeRange);
    }
  }

  // Completions that start where the user started typing rank above infix ones.
  private static double score(Entry e, int offset) {
    return e.weight() * (offset == 0 ? 2.0 : 1.0) + KIND_BONUS.getOrDefault(e.kind(), 0.0);
  }

  private void precomputeLargeRanges(int length, int largeRange) {
    int i = 0;
    while (i < keys.length) {
      if (keys[i].length() < length) {
        i++;
        continue;
      }
      String prefix = keys[i].substring(0, length);
      int end = i;
      while (end < keys.length && keys[end].startsWith(prefix)) {
        end++;
      }
      if (end - i > largeRange) {
        bestKeysOfPrefix.put(prefix, bestKeys(i, end));
      }
      i = end;
    }
  }

  /** The best key of each entry in {@code [from, to)}, the best entries first, at most MAX_SUGGESTIONS. */
  private int[] bestKeys(int from, int to) {
    Map<Integer, Integer> bestKeyOfEntry = new HashMap<>();
    for (int k = from; k < to; k++) {
      bestKeyOfEntry.merge(keyEntry[k], k, (a, b) -> keyScore[a] >= keyScore[b] ? a : b);
    }
    return bestKeyOfEntry.values().stream()
        .sorted(Comparator.<Integer>comparingDouble(k -> keyScore[k]).reversed()
            .thenComparing(k -> KIND_ORDER.indexOf(entries[keyEntry[k]].kind()))
            .thenComparing(k -> entries[keyEntry[k]].text()))
        .limit(RecapSearcher.MAX_SUGGESTIONS)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  static SuggestionIndex build(IndexSearcher searcher, FacetOrdinals facets) throws IOException {
    return build(searcher, facets, LARGE_RANGE);
  }

  /** Like {@link #build(IndexSearcher, FacetOrdinals)}, precomputing ranges longer than {@code largeRange}. */
  static SuggestionIndex build(IndexSearcher searcher, FacetOrdinals facets, int largeRange) throws IOException {
    Map<String, Entry> byText = new HashMap<>();
    if (facets != null) {
      // The facet ordinals of the reader already hold every value: count them once, no search.
      int[] counts = facets.countAll(searcher.getIndexReader());
      for (String dim : List.of(CONFERENCE, SPEAKER, TOPIC)) {
        OrdRange range = facets.range(dim);
        if (range == null) {
          continue;
        }
        IntStream.rangeClosed(range.start(), range.end()).filter(ord -> counts[ord] > 0).boxed()
            .sorted(Comparator.<Integer>comparingInt(ord -> counts[ord]).reversed())
            .forEach(ord -> add(byText, new Entry(facets.label(ord), dim, counts[ord])));
      }
    }
    IndexReader reader = searcher.getIndexReader();
    StoredFields stored = reader.storedFields();
    Bits live = MultiBits.getLiveDocs(reader);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live == null || live.get(doc)) {
        String title = stored.document(doc, Set.of(TITLE)).get(TITLE);
        if (title != null && !title.isBlank()) {
          add(byText, new Entry(title.strip(), "title", 1));
        }
      }
    }
    // A term that only repeats the first word of a richer completion ("kubecon" beside
    // "KubeCon Europe 2023 recap") adds noise, not choice.
    Set<String> firstWords = new java.util.HashSet<>();
    byText.keySet().forEach(k -> firstWords.add(k.split("[^\\p{L}\\p{N}]+", 2)[0]));
    List<Entry> terms = frequentTerms(reader);
    terms.stream().filter(e -> !firstWords.contains(e.text())).forEach(e -> add(byText, e));
    List<String> vocabulary = terms.stream()
        .sorted(Comparator.comparingLong(Entry::weight).reversed())
        .map(Entry::text)
        .toList();
    List<Entry> entries = new ArrayList<>(byText.values());
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      addKeys(keys, entries.get(i).text(), i);
    }
    return new SuggestionIndex(entries, keys, vocabulary, largeRange);
  }

  // A value that is both a term and a speaker is offered once, as the more specific kind.
  private static void add(Map<String, Entry> byText, Entry e) {
    String k = e.text().toLowerCase(Locale.ROOT);
    Entry old = byText.get(k);
    if (old == null || KIND_ORDER.indexOf(e.kind()) < KIND_ORDER.indexOf(old.kind())) {
      byText.put(k, old == null ? e : new Entry(e.text(), e.kind(), Math.max(e.weight(), old.weight())));
    }
  }

  private static List<Entry> frequentTerms(IndexReader reader) throws IOException {
    PriorityQueue<Entry> top = new PriorityQueue<>(Comparator.comparingLong(Entry::weight));
    for (String field : List.of(TITLE, HEADINGS, BODY)) {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String s = t.utf8ToString();
        if (s.codePointCount(0, s.length()) < 2 || s.chars().allMatch(Character::isDigit)) {
          continue;
        }
        top.add(new Entry(s, "term", te.docFreq()));
        if (top.size() > MAX_TERMS) {
          top.poll();
        }
      }
    }
    return new ArrayList<>(top);
  }

  private static void addKeys(List<Key> keys, String text, int entry) {
    String lower = Hangul.normalize(text).toLowerCase(Locale.ROOT);
    int starts = 0;
    for (int i = 0; i < lower.length() && starts < MAX_WORD_STARTS; i++) {
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
      if (wordStart && Character.isLetterOrDigit(lower.charAt(i))) {
        keys.add(new Key(Hangul.decompose(lower.substring(i)), entry, i));
        String cho = Hangul.choseong(lower.substring(i)).replace(" ", "");
        if (Hangul.hasHangul(lower.substring(i)) && Hangul.isChoseongOnly(cho.replaceAll("[^ㄱ-ㅎ]", ""))) {
          keys.add(new Key(cho.replaceAll("[^ㄱ-ㅎ]", ""), entry, i));
        }
        starts++;
      }
    }
  }

  /** Indexed terms kept as completions, most frequent first: the vocabulary for typo fixes. */
  List<String> vocabulary() {
    return vocabulary;
  }

  /** Best completions for {@code typed}, at most {@code limit}, highest weight first. */
  List<Suggestion> lookup(String typed, int limit) {
    String q = Hangul.normalize(typed == null ? "" : typed).strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    Set<String> probes = new LinkedHashSet<>();
    probes.add(Hangul.decompose(q));
    if (Hangul.isChoseongOnly(q)) {
      probes.add(q.replace(" ", ""));
    }
    if (KeyboardLayout.looksLikeWrongLayoutLatin(q)) {
      probes.add(Hangul.decompose(KeyboardLayout.toHangul(q)));
    }
    if (KeyboardLayout.looksLikeWrongLayoutHangul(q)) {
      probes.add(KeyboardLayout.toLatin(q));
    }
    Map<Integer, Match> best = new HashMap<>();
    for (String probe : probes) {
      collect(probe, best);
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(Match::score).reversed()
            .thenComparing(m -> KIND_ORDER.indexOf(entries[m.entry].kind()))
            .thenComparing(m -> entries[m.entry].text()))
        .limit(limit)
        .map(this::suggestion)
        .toList();
  }

  private record Match(int entry, int offset, int probeLength, boolean byInitials, double score) {}

  private void collect(String probe, Map<Integer, Match> best) {
    int[] precomputed = bestKeysOfPrefix.get(probe);
    if (precomputed != null) {
      for (int k : precomputed) {
        add(probe, k, best);
      }
      return;
    }
    int from = lowerBound(probe);
    for (int i = from; i < keys.length && keys[i].startsWith(probe); i++) {
      add(probe, i, best);
    }
  }

  private void add(String probe, int key, Map<Integer, Match> best) {
    boolean byInitials = Hangul.isChoseongOnly(probe) && Hangul.isChoseongOnly(keys[key]);
    Match m = new Match(keyEntry[key], keyOffset[key], probe.length(), byInitials, keyScore[key]);
    best.merge(keyEntry[key], m, (a, b) -> a.score >= b.score ? a : b);
  }

  private static final Map<String, Double> KIND_BONUS =
      Map.of("conference", 3.0, "speaker", 2.0, "topic", 1.5, "title", 0.5, "term", 0.0);

  private int lowerBound(String probe) {
    int i = Arrays.binarySearch(keys, probe);
    return i >= 0 ? i : -i - 1;
  }

  private Suggestion suggestion(Match m) {
    Entry e = entries[m.entry];
    return new Suggestion(e.text(), e.kind(), e.weight(),
        markPrefix(e.text(), m.offset, m.probeLength, m.byInitials));
  }

  // Marks the characters of the entry that the typed jamo/letters cover, from where the match began.
  static String markPrefix(String text, int offset, int probeJamo, boolean byInitials) {
    int end = offset;
    int covered = 0;
    while (end < text.length() && covered < probeJamo) {
      char c = text.charAt(end);
      if (byInitials) {
        covered += Hangul.isHangulSyllable(c) ? 1 : 0;
      } else {
        covered += Hangul.decompose(String.valueOf(c)).length();
      }
      end++;
    }
    return Html.escape(text.substring(0, offset)) + "<mark>" + Html.escape(text.substring(offset, end))
        + "</mark>" + Html.escape(text.substring(end));
  }
}
