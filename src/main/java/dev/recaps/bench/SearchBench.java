package dev.recaps.bench;

import dev.recaps.index.IndexSchema;
import dev.recaps.search.RecapSearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * In-process search load: the recaps searcher (query syntax, facets with drill-sideways counts,
 * highlighted snippets, display fields) against a bare {@link IndexSearcher} BM25 top-10 over the
 * body field of the same index, and in-process suggestions.
 */
final class SearchBench {
  private SearchBench() {}

  static Latencies ours(RecapSearcher searcher, List<QueryLog.Query> queries, int threads,
      Duration warmup, Duration measure) throws InterruptedException {
    return LoadLoop.run(queries, threads, warmup, measure, q -> {
      searcher.search(q.request());
      return null;
    });
  }

  /**
   * Every word of the query must match (as in the recaps engine for short queries), analyzed with
   * the stock {@link KoreanAnalyzer}; no facets, no filters, no snippets, no stored fields.
   */
  static Latencies raw(Path indexDir, List<QueryLog.Query> queries, int threads, Duration warmup,
      Duration measure) throws IOException, InterruptedException {
    try (FSDirectory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      QueryBuilder builder = new QueryBuilder(new KoreanAnalyzer());
      return LoadLoop.run(queries, threads, warmup, measure, q -> {
        Query query = builder.createBooleanQuery(IndexSchema.BODY, q.text(), Occur.MUST);
        searcher.search(query == null ? new MatchAllDocsQuery() : query, 10);
        return null;
      });
    }
  }

  static Latencies suggest(RecapSearcher searcher, List<String> prefixes, int threads, Duration warmup,
      Duration measure) throws InterruptedException {
    return LoadLoop.run(prefixes, threads, warmup, measure, p -> {
      searcher.suggest(p, BenchHttpApi.SUGGESTIONS);
      return null;
    });
  }
}
