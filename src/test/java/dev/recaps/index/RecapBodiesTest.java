package dev.recaps.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapBodiesTest {
  @TempDir Path dir;

  @Test
  void readsDocValuesAndTheStoredTextOfOlderSegmentsInAnyOrder() throws Exception {
    try (var d = FSDirectory.open(dir);
        var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
      // Segment 1: written like mapping version 1, the text as a stored field.
      w.addDocument(doc("old", new Field(IndexSchema.BODY, "키노트 요약 from an older index", IndexSchema.TEXT_WITH_OFFSETS)));
      w.commit();
      // Segment 2: the current mapping, the text as binary doc values; one recap without text.
      w.addDocument(current("new", "서버리스 세션 정리"));
      w.addDocument(doc("empty"));
      w.addDocument(current("long", "가나다라마바사"));
      w.commit();
    }
    try (var d = FSDirectory.open(dir); var r = DirectoryReader.open(d)) {
      RecapBodies bodies = new RecapBodies(r);
      assertEquals("서버리스 세션 정리", bodies.text(1));
      assertEquals("가나다", bodies.text(3, 3));
      assertEquals("", bodies.text(2));
      assertEquals("서버리스 세션 정리", bodies.text(1)); // backwards within a segment
      assertEquals("키노트 요약 from an older index", bodies.text(0));
    }
  }

  private static Document current(String id, String text) {
    return doc(id, new Field(IndexSchema.BODY, text, IndexSchema.TEXT_INDEXED_ONLY),
        new BinaryDocValuesField(IndexSchema.BODY_SOURCE, new BytesRef(text)));
  }

  private static Document doc(String id, Field... fields) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    for (Field f : fields) {
      d.add(f);
    }
    return d;
  }
}
