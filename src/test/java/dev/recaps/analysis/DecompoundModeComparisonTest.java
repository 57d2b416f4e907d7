package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind choosing {@link AnalyzerFactory#DECOMPOUND_MODE} (docs/analysis.md): each
 * non-blank line of the bundled corpus is a document; a line is relevant to a query word when it
 * contains the word as written. Queries run as AND of their terms through QueryBuilder.
 */
class DecompoundModeComparisonTest {

  static final List<String> QUERIES =
      List.of(
          "개발자", "개발", "참가자", "발표자", "스타트업", "행사장", "사용자", "데이터", "클라우드", "서비스",
          "컨퍼런스", "키노트", "세션", "해커톤", "라스베가스", "호텔", "엔지니어", "시스템", "에너지", "재생에너지",
          "태양광", "금융", "채용", "네트워킹", "후드티", "아키텍처", "팀원", "결과물", "뱅크샐러드", "렌딧",
          "등록", "참석", "기업", "서버", "이벤트", "테스트", "요구사항", "셔틀버스", "인공위성");

  record Measurement(DecompoundMode mode, int relevant, int found, int retrieved, double meanAveragePrecision) {
    double recall() {
      return found / (double) relevant;
    }
  }

  @Test
  void mixedFindsCompoundPartsAndRanksWholeWordsFirst() throws IOException {
    List<String> lines = corpusLines();
    Measurement none = measure(DecompoundMode.NONE, lines);
    Measurement discard = measure(DecompoundMode.DISCARD, lines);
    Measurement mixed = measure(DecompoundMode.MIXED, lines);
    List.of(none, discard, mixed).forEach(m -> System.out.printf(
        "%s relevant=%d found=%d retrieved=%d recall=%.3f MAP=%.3f%n",
        m.mode(), m.relevant(), m.found(), m.retrieved(), m.recall(), m.meanAveragePrecision()));

    assertEquals(List.of(300, 283, 283), List.of(none.relevant(), none.found(), none.retrieved()));
    assertEquals(List.of(300, 296, 304), List.of(discard.relevant(), discard.found(), discard.retrieved()));
    assertEquals(List.of(300, 296, 304), List.of(mixed.relevant(), mixed.found(), mixed.retrieved()));
    assertTrue(mixed.meanAveragePrecision() > discard.meanAveragePrecision());
    assertTrue(mixed.meanAveragePrecision() > none.meanAveragePrecision());
  }

  static List<String> corpusLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.filter(DecompoundModeComparisonTest::isRecap).sorted().toList()) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).forEach(lines::add);
      }
    }
    return lines;
  }

  private static boolean isRecap(Path file) {
    String name = file.getFileName().toString();
    return !name.equals("README.md") && (name.endsWith(".md") || name.endsWith(".txt")) && !name.equals("sources.txt");
  }

  static Measurement measure(DecompoundMode mode, List<String> lines) throws IOException {
    Analyzer analyzer = AnalyzerFactory.textAnalyzer(null, mode);
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
        for (int i = 0; i < lines.size(); i++) {
          Document doc = new Document();
          doc.add(new TextField("body", lines.get(i), Field.Store.NO));
          doc.add(new StoredField("line", i));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        QueryBuilder builder = new QueryBuilder(analyzer);
        int relevant = 0, found = 0, retrieved = 0;
        double averagePrecisionSum = 0;
        for (String word : QUERIES) {
          Set<Integer> truth = new HashSet<>();
          for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(word)) {
              truth.add(i);
            }
          }
          Query query = builder.createBooleanQuery("body", word, BooleanClause.Occur.MUST);
          ScoreDoc[] hits = searcher.search(query, lines.size()).scoreDocs;
          int hitsRelevant = 0;
          double precisionSum = 0;
          for (int rank = 0; rank < hits.length; rank++) {
            int line = searcher.storedFields().document(hits[rank].doc).getField("line").numericValue().intValue();
            if (truth.contains(line)) {
              hitsRelevant++;
              precisionSum += hitsRelevant / (double) (rank + 1);
            }
          }
          relevant += truth.size();
          found += hitsRelevant;
          retrieved += hits.length;
          averagePrecisionSum += truth.isEmpty() ? 0 : precisionSum / truth.size();
        }
        return new Measurement(mode, relevant, found, retrieved, averagePrecisionSum / QUERIES.size());
      }
    }
  }
}
