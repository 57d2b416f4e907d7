package dev.recaps.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An index searcher that carries the facet ordinal state of its reader and every document's facet
 * ordinals, built once when the reader opens (it scans every facet value) instead of once per query.
 */
final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final FacetOrdinals facetOrdinals;
  private volatile SuggestionIndex suggestions;
  private final MinedTerms minedTerms;
  private volatile SnippetBuilder snippets;

  private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState)
      throws IOException {
    super(reader);
    this.facetState = facetState;
    this.facetOrdinals = facetState == null ? null : FacetOrdinals.build(reader, facetState);
    this.minedTerms = MinedTerms.read(reader);
  }

  /** Term pairs mined from this reader's documents. */
  MinedTerms minedTerms() {
    return minedTerms;
  }

  /** The facet state, or {@code null} when no document has facet values yet. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** Facet values of every document on the heap, or {@code null} when no document has any. */
  FacetOrdinals facetOrdinals() {
    return facetOrdinals;
  }

  /** The highlighter of this reader (its field infos are computed once, not per request). */
  SnippetBuilder snippets(org.apache.lucene.analysis.Analyzer analyzer) {
    SnippetBuilder s = snippets;
    if (s == null) {
      s = new SnippetBuilder(this, analyzer);
      snippets = s; // a benign race: two threads may each build one, both are equivalent
    }
    return s;
  }

  /**
   * Completions of this reader: built on first use for the first reader (to keep cold start
   * short), and before a refreshed searcher is published.
   */
  SuggestionIndex suggestions() throws IOException {
    SuggestionIndex s = suggestions;
    if (s == null) {
      synchronized (this) {
        s = suggestions;
        if (s == null) {
          s = SuggestionIndex.build(this, facetOrdinals);
          suggestions = s;
        }
      }
    }
    return s;
  }

  /** Factory for {@link org.apache.lucene.search.SearcherManager}. */
  static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        FacetedSearcher searcher = new FacetedSearcher(reader, stateOf(reader, config));
        if (previous != null) {
          // A refresh runs on the refresher thread while the old searcher keeps answering; built
          // lazily, the first suggestion after each commit waited for a scan of every document.
          searcher.suggestions();
        }
        return searcher;
      }
    };
  }

  private static SortedSetDocValuesReaderState stateOf(IndexReader reader, FacetsConfig config)
      throws IOException {
    boolean hasFacets =
        reader.leaves().stream()
            .anyMatch(l -> l.reader().getFieldInfos()
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
    return hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

}
