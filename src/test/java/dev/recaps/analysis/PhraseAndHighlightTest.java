package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MIXED mode stacks compounds over their parts: phrases and highlighting must still work end to end. */
class PhraseAndHighlightTest {

  private static final String FIELD = "body";
  private static final List<String> DOCS =
      List.of(
          "개발자 컨퍼런스에서 데이터베이스 설계를 배웠다",
          "AWS re:Invent 2019 견문록: Werner Vogels의 키노트",
          "개발 자료와 컨퍼런스 후기",
          "Graviton2 기반 인스턴스와 Node.js 서버");

  private final Analyzer analyzer = AnalyzerFactory.withDefaults().text();
  private final QueryBuilder queries = new QueryBuilder(analyzer);
  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void index() throws IOException {
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (String text : DOCS) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, text, Field.Store.YES));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  private List<Integer> matches(Query query) throws IOException {
    return List.of(searcher.search(query, 10).scoreDocs).stream().map(hit -> hit.doc).sorted().toList();
  }

  @Test
  void phraseOverAStackedCompoundMatchesThroughEitherPath() throws IOException {
    assertEquals(List.of(0), matches(queries.createPhraseQuery(FIELD, "개발자 컨퍼런스")));
    assertEquals(List.of(0), matches(queries.createPhraseQuery(FIELD, "개발자컨퍼런스")));
    assertEquals(List.of(0), matches(queries.createPhraseQuery(FIELD, "데이터베이스 설계")));
  }

  @Test
  void compoundPartsAreFindableAlone() throws IOException {
    assertEquals(List.of(0), matches(queries.createBooleanQuery(FIELD, "데이터", BooleanClause.Occur.MUST)));
    assertEquals(List.of(0, 2), matches(queries.createBooleanQuery(FIELD, "개발", BooleanClause.Occur.MUST)));
  }

  @Test
  void wholeCompoundQueryDoesNotNeedAdjacentPartsElsewhere() throws IOException {
    assertEquals(List.of(0), matches(queries.createPhraseQuery(FIELD, "개발자")));
  }

  @Test
  void nameSpellingsFindEachOther() throws IOException {
    assertEquals(List.of(1), matches(queries.createBooleanQuery(FIELD, "리인벤트 2019", BooleanClause.Occur.MUST)));
    assertEquals(List.of(3), matches(queries.createBooleanQuery(FIELD, "nodejs graviton", BooleanClause.Occur.MUST)));
  }

  @Test
  void highlightingMarksTheOriginalSpelling() throws IOException {
    Query query = queries.createBooleanQuery(FIELD, "리인벤트 vogels 키노트", BooleanClause.Occur.SHOULD);
    TopDocs top = searcher.search(query, 10);
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    assertArrayEquals(
        new String[] {"AWS <b>re:Invent</b> 2019 견문록: Werner <b>Vogels</b>의 <b>키노트</b>"},
        highlighter.highlight(FIELD, query, top));
  }

  @Test
  void highlightingACompoundMarksTheWholeWord() throws IOException {
    Query query = queries.createBooleanQuery(FIELD, "데이터베이스", BooleanClause.Occur.MUST);
    TopDocs top = searcher.search(query, 10);
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    assertArrayEquals(
        new String[] {"개발자 컨퍼런스에서 <b>데이터베이스</b> 설계를 배웠다"}, highlighter.highlight(FIELD, query, top));
  }
}
