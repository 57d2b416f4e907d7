package dev.recaps.search;

import static dev.recaps.index.IndexSchema.*;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.IndexSchema;
import dev.recaps.index.RecapBodies;
import dev.recaps.index.RecapDocuments;
import dev.recaps.model.FacetValue;
import dev.recaps.model.Hit;
import dev.recaps.model.IndexStats;
import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapDetail;
import dev.recaps.model.RecapIds;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import dev.recaps.model.Suggestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search engine over one index directory: parses queries, drills down and sideways on
 * facets, pages, highlights; readers are shared through a {@link SearcherManager} and refreshed
 * when another process commits.
 */
public final class RecapSearcher implements SearchService, AutoCloseable {
  /** Most completions one request may ask for. */
  public static final int MAX_SUGGESTIONS = 20;

  private final Path indexDir;
  private final Directory directory;
  private final SearcherManager manager;
  private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
  private final QuerySyntax syntax = new QuerySyntax();
  private final LuceneQueryBuilder queries;
  private final RecapDocuments documents;
  private final RelatedRecaps related;
  private final QueryCorrector corrector;
  private final AnalyzerFactory analyzers;

  private RecapSearcher(Path indexDir, Directory directory, SearcherManager manager,
      AnalyzerFactory analyzers, FieldBoosts boosts, TermExpander expander, MatchPolicy match) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.manager = manager;
    this.queries = new LuceneQueryBuilder(analyzers, boosts, expander, match);
    this.documents = new RecapDocuments(facetsConfig);
    this.related = new RelatedRecaps(analyzers.text());
    this.corrector = new QueryCorrector(analyzers);
    this.analyzers = analyzers;
  }

  /** Opens the index for searching; fails with {@link IndexNotFoundYetException} if there is none. */
  public static RecapSearcher open(Path indexDir, AnalyzerFactory analyzers, FieldBoosts boosts,
      TermExpander expander) throws IOException {
    return open(indexDir, analyzers, boosts, expander, MatchPolicy.defaults());
  }

  /** Opens the index with a non-default minimum-should-match rule (for relevance experiments). */
  public static RecapSearcher open(Path indexDir, AnalyzerFactory analyzers, FieldBoosts boosts,
      TermExpander expander, MatchPolicy match) throws IOException {
    Directory dir = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IndexNotFoundYetException(indexDir);
      }
      SearcherManager mgr = new SearcherManager(dir, FacetedSearcher.factory(IndexSchema.facetsConfig()));
      return new RecapSearcher(indexDir, dir, mgr, analyzers, boosts, expander, match);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Picks up a newer commit if there is one (cheap when nothing changed). */
  public void refresh() throws IOException {
    manager.maybeRefresh();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    validate(request);
    try {
      FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
      try {
        SearchResult result = correct(searcher, request, execute(searcher, request, request.query()));
        return withTime(result, tookMs(start));
      } finally {
        manager.release(searcher);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      // Every word becomes a clause per field and per equivalent spelling; 32 words that each split
      // into many tokens (mixed scripts) pass Lucene's limit, which is the caller's query, not a bug.
      throw new InvalidRequestException("the query is too complex (more than "
          + IndexSearcher.getMaxClauseCount() + " search clauses once every word is looked up in"
          + " every field); use fewer words");
    } catch (IOException e) {
      throw new UncheckedIOException("search failed reading the index at " + indexDir, e);
    }
  }

  /**
   * Applies the keyboard-layout fix when the query looks mistyped and the fix finds more, and a
   * spelling fix when the original finds nothing; otherwise offers them as did-you-mean.
   */
  private SearchResult correct(FacetedSearcher searcher, SearchRequest request, SearchResult original)
      throws IOException {
    if (request.query().isBlank()) {
      return original;
    }
    String layout = QueryCorrector.layoutFix(request.query());
    if (layout != null) {
      SearchResult fixed = execute(searcher, request, layout);
      boolean better = fixed.total() > 0
          && (original.total() == 0 || fixed.total() >= 2 * original.total());
      if (better && request.fixLayout()) {
        return rewritten(fixed, request.query(), layout);
      }
      if (better) {
        return withSuggestion(original, layout);
      }
    }
    String spelling = corrector.spellingFix(request.query(), searcher.getIndexReader(),
        () -> searcher.suggestions().vocabulary());
    if (spelling == null) {
      return original;
    }
    if (original.total() == 0 && request.fixLayout()) {
      SearchResult fixed = execute(searcher, request, spelling);
      if (fixed.total() > 0) {
        return rewritten(fixed, request.query(), spelling);
      }
      return original;
    }
    return withSuggestion(original, spelling);
  }

  private static SearchResult rewritten(SearchResult r, String asTyped, String rewrittenQuery) {
    return new SearchResult(asTyped, r.total(), r.tookMs(), r.page(), r.size(), r.hits(), r.facets(),
        rewrittenQuery, null, r.notices());
  }

  private static SearchResult withSuggestion(SearchResult r, String didYouMean) {
    return new SearchResult(r.query(), r.total(), r.tookMs(), r.page(), r.size(), r.hits(), r.facets(),
        null, didYouMean, r.notices());
  }

  private static SearchResult withTime(SearchResult r, long tookMs) {
    return new SearchResult(r.query(), r.total(), tookMs, r.page(), r.size(), r.hits(), r.facets(),
        r.rewrittenQuery(), r.didYouMean(), r.notices());
  }

  private SearchResult execute(FacetedSearcher searcher, SearchRequest request, String queryText)
      throws IOException {
    ParsedQuery parsed = syntax.parse(analyzers.canonicalNames(queryText));
    List<String> notices = new ArrayList<>(parsed.notices());
    Query base = parsed.isEmpty() ? new MatchAllDocsQuery() : queries.build(parsed, searcher.minedTerms());
    if (base == null) {
      notices.add("The query has no searchable words (only particles or punctuation).");
      return new SearchResult(request.query(), 0, 0, request.page(), request.size(),
          List.of(), FacetCollector.selectedOnly(FACET_DIMS, request.filters()), null, null,
          List.copyOf(notices));
    }
    Sort sort = parsed.positiveClauses().isEmpty() ? Sort.NEWEST : request.sort();
    return run(searcher, request, base, sort, notices);
  }

  private SearchResult run(FacetedSearcher searcher, SearchRequest request, Query base, Sort sort,
      List<String> notices) throws IOException {
    int topN = request.page() * request.size();
    DrillDownQuery ddq = new DrillDownQuery(facetsConfig, base);
    request.filters().forEach((dim, values) -> values.forEach(v -> ddq.add(dim, v)));
    TopDocs top;
    long total;
    Map<String, List<FacetValue>> facets;
    FacetOrdinals ordinals = searcher.facetOrdinals();
    if (ordinals == null) {
      top = searcher.search(ddq, topN, luceneSort(sort));
      total = top.totalHits.value();
      facets = FacetCollector.selectedOnly(FACET_DIMS, request.filters());
    } else {
      FacetedHits r = searchFaceted(searcher, ordinals, ddq, sidewaysDims(request), topN, sort);
      top = r.top();
      total = r.total();
      facets = FacetCollector.read(ordinals, r::countsOf, FACET_DIMS, request.filters());
    }
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(all.length, (request.page() - 1) * request.size());
    ScoreDoc[] pageDocs = Arrays.copyOfRange(all, from, all.length);
    List<Hit> hits = new ArrayList<>(pageDocs.length);
    if (pageDocs.length > 0) {
      TopDocs page = new TopDocs(top.totalHits, pageDocs);
      SnippetBuilder.Highlights h = searcher.snippets(analyzers.text()).highlight(base, page);
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < pageDocs.length; i++) {
        hits.add(HitLoader.load(stored, pageDocs[i], h.titles()[i], squash(h.snippets()[i])));
      }
    }
    return new SearchResult(request.query(), total, 0, request.page(),
        request.size(), List.copyOf(hits), facets, null, null, List.copyOf(notices));
  }

  /** Top hits plus facet counts: those of the whole query, and per filtered dimension its sideways counts. */
  private record FacetedHits(TopDocs top, long total, int[] counts, Map<String, int[]> sideways) {
    int[] countsOf(String dim) {
      return sideways.getOrDefault(dim, counts);
    }
  }

  /**
   * One pass over the hits: drill-down hits are collected and counted together (no bit set of all
   * hits replayed afterwards); near misses of one filter are counted for that filter's dimension
   * (OR within a dimension, AND across, a dimension's own selection ignored by its own counts).
   * Pruning the top hits in a separate pass and counting without scores in another was measured
   * slower: counting still visits every match, and phrases were matched twice.
   */
  private FacetedHits searchFaceted(FacetedSearcher searcher, FacetOrdinals ordinals,
      DrillDownQuery ddq, List<String> sidewaysDims, int topN, Sort sort) throws IOException {
    int limit = Math.max(1, Math.min(topN, searcher.getIndexReader().maxDoc()));
    CollectorManager<?, ? extends TopDocs> hits = sort == Sort.NEWEST
        ? new TopFieldCollectorManager(luceneSort(sort), limit, null, Integer.MAX_VALUE)
        : new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE);
    MultiCollectorManager main = new MultiCollectorManager(hits, ordinals.counter());
    List<CollectorManager<FacetOrdinals.Counter, FacetOrdinals.Counts>> sideways =
        sidewaysDims.stream().map(d -> ordinals.counter()).toList();
    DrillSideways.Result<Object[], FacetOrdinals.Counts> r =
        new DrillSideways(searcher, facetsConfig, searcher.facetState())
            .search(ddq, main, sideways.isEmpty() ? null : sideways);
    TopDocs top = (TopDocs) r.drillDownResult()[0];
    if (sort == Sort.NEWEST) {
      TopFieldCollector.populateScores(top.scoreDocs, searcher, ddq);
    }
    Map<String, int[]> sidewaysCounts = new HashMap<>();
    for (int i = 0; i < sidewaysDims.size(); i++) {
      sidewaysCounts.put(sidewaysDims.get(i), r.drillSidewaysResults().get(i).byOrd());
    }
    FacetOrdinals.Counts counts = (FacetOrdinals.Counts) r.drillDownResult()[1];
    return new FacetedHits(top, counts.docs(), counts.byOrd(), sidewaysCounts);
  }

  /** Filtered dimensions in the order the drill-down query numbers them (first added, first). */
  private static List<String> sidewaysDims(SearchRequest request) {
    return request.filters().entrySet().stream()
        .filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
  }

  private static org.apache.lucene.search.Sort luceneSort(Sort sort) {
    if (sort == Sort.NEWEST) {
      SortField byDate = new SortField(PUBLISHED, SortField.Type.LONG, true);
      byDate.setMissingValue(Long.MIN_VALUE);
      return new org.apache.lucene.search.Sort(byDate, SortField.FIELD_SCORE);
    }
    return org.apache.lucene.search.Sort.RELEVANCE;
  }

  static void validate(SearchRequest r) {
    if (r.size() < 1 || r.size() > SearchRequest.MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + SearchRequest.MAX_SIZE);
    }
    if (r.page() < 1) {
      throw new InvalidRequestException("page must be 1 or more");
    }
    if ((long) r.page() * r.size() > SearchRequest.MAX_WINDOW) {
      throw new InvalidRequestException("page × size must be at most " + SearchRequest.MAX_WINDOW
          + "; narrow the search with words or filters instead of paging this deep");
    }
    for (var filter : r.filters().entrySet()) {
      String dim = filter.getKey();
      if (!FACET_DIMS.contains(dim)) {
        throw new InvalidRequestException("unknown filter '" + dim + "'; use one of " + FACET_DIMS);
      }
      // Lucene's drill-down rejects an empty path component with an IllegalArgumentException (a 500).
      if (filter.getValue().stream().anyMatch(v -> v == null || v.isEmpty())) {
        throw new InvalidRequestException("filter '" + dim + "' has an empty value");
      }
    }
  }

  private static String squash(String snippet) {
    return snippet == null ? "" : snippet.replaceAll("\\s+", " ").strip();
  }

  private static long tookMs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @Override
  public Map<String, List<FacetValue>> facets() {
    try {
      FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
      try {
        FacetOrdinals ordinals = searcher.facetOrdinals();
        if (ordinals == null) {
          return FacetCollector.selectedOnly(FACET_DIMS, Map.of());
        }
        int[] counts = ordinals.countAll(searcher.getIndexReader());
        return FacetCollector.read(ordinals, dim -> counts, FACET_DIMS, Map.of());
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<RecapDetail> recap(String id) {
    if (!RecapIds.isWellFormed(id)) {
      return Optional.empty();
    }
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
        if (top.scoreDocs.length == 0) {
          return Optional.empty();
        }
        int doc = top.scoreDocs[0].doc;
        Recap recap = documents.toRecap(searcher.storedFields().document(doc),
            new RecapBodies(searcher.getIndexReader()).text(doc));
        return Optional.of(new RecapDetail(recap, related.find(searcher, doc)));
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      throw new InvalidRequestException("limit must be between 1 and " + MAX_SUGGESTIONS);
    }
    String typed = prefix == null ? "" : prefix.strip();
    if (typed.isEmpty() || typed.length() > QuerySyntax.MAX_QUERY_CHARS) {
      return List.of();
    }
    try {
      FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
      try {
        return searcher.suggestions().lookup(typed, limit);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public IndexStats stats() {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        IndexCommit commit = reader.getIndexCommit();
        String when = commit.getUserData().get(IndexSchema.COMMITTED_AT);
        long size = 0;
        for (String f : commit.getFileNames()) {
          size += directory.fileLength(f);
        }
        return new IndexStats(reader.numDocs(), facets(), size,
            when == null ? null : Instant.parse(when), ((FacetedSearcher) searcher).minedTerms().pairs());
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
