package dev.recaps.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Every document's facet values as global ordinals in plain int arrays, built once per reader, so
 * counting a result set is array reads while hits are collected: decoding doc values per hit and
 * replaying a bit set of all hits afterwards was the largest cost of a faceted search (a few MB of
 * heap for 100 000 recaps).
 */
final class FacetOrdinals {
  private final SortedSetDocValuesReaderState state;
  /** Per leaf: document → first index into {@link #ords}; the next document's start ends it. */
  private final int[][] starts;
  private final int[][] ords;
  /** Global ordinal → the value's label (the path below its dimension). */
  private final String[] labels;

  private FacetOrdinals(SortedSetDocValuesReaderState state, int[][] starts, int[][] ords, String[] labels) {
    this.state = state;
    this.starts = starts;
    this.ords = ords;
    this.labels = labels;
  }

  static FacetOrdinals build(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValues all = state.getDocValues();
    OrdinalMap map = all instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = reader.leaves();
    int[][] starts = new int[leaves.size()][];
    int[][] ords = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      LongValues toGlobal = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
      int maxDoc = leaf.reader().maxDoc();
      int[] start = new int[maxDoc + 1];
      int[] values = new int[Math.max(16, maxDoc * 4)];
      int n = 0;
      int next = 0;
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        while (next <= doc) {
          start[next++] = n;
        }
        int count = dv.docValueCount();
        if (n + count > values.length) {
          values = Arrays.copyOf(values, Math.max(n + count, values.length * 2));
        }
        for (int i = 0; i < count; i++) {
          values[n++] = (int) toGlobal.get(dv.nextOrd());
        }
      }
      while (next <= maxDoc) {
        start[next++] = n;
      }
      starts[leaf.ord] = start;
      ords[leaf.ord] = Arrays.copyOf(values, n);
    }
    String[] labels = new String[state.getSize()];
    for (int ord = 0; ord < labels.length; ord++) {
      BytesRef path = all.lookupOrd(ord);
      String[] parts = FacetsConfig.stringToPath(path.utf8ToString());
      labels[ord] = parts[parts.length - 1];
    }
    return new FacetOrdinals(state, starts, ords, labels);
  }

  /** A fresh count per global ordinal. */
  int[] newCounts() {
    return new int[labels.length];
  }

  /** The ordinal range of a dimension, or {@code null} when no document has a value in it. */
  OrdRange range(String dim) {
    return state.getOrdRange(dim);
  }

  String label(int ord) {
    return labels[ord];
  }

  /** Adds one to the count of every facet value of every live document. */
  int[] countAll(IndexReader reader) {
    int[] counts = newCounts();
    for (LeafReaderContext leaf : reader.leaves()) {
      var live = leaf.reader().getLiveDocs();
      int[] start = starts[leaf.ord];
      int[] values = ords[leaf.ord];
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          count(counts, start, values, doc);
        }
      }
    }
    return counts;
  }

  private static void count(int[] counts, int[] start, int[] values, int doc) {
    for (int i = start[doc], end = start[doc + 1]; i < end; i++) {
      counts[values[i]]++;
    }
  }

  /** Counts per global ordinal, and how many documents were counted. */
  record Counts(int[] byOrd, long docs) {}

  /** Counts the facet values of every collected document into one array per search. */
  CollectorManager<Counter, Counts> counter() {
    return new CollectorManager<>() {
      @Override
      public Counter newCollector() {
        return new Counter(newCounts());
      }

      @Override
      public Counts reduce(Collection<Counter> collectors) {
        int[] sum = null;
        long docs = 0;
        for (Counter c : collectors) {
          docs += c.docs;
          if (sum == null) {
            sum = c.counts;
          } else {
            for (int i = 0; i < sum.length; i++) {
              sum[i] += c.counts[i];
            }
          }
        }
        return new Counts(sum == null ? newCounts() : sum, docs);
      }
    };
  }

  /** Collector of one search slice. */
  final class Counter implements Collector {
    private final int[] counts;
    private long docs;

    private Counter(int[] counts) {
      this.counts = counts;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      int[] start = starts[context.ord];
      int[] values = ords[context.ord];
      int[] c = counts;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          docs++;
          count(c, start, values, doc);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
