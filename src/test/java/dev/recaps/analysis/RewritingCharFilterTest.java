package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** Offsets after rewriting still point at the original text, which is what highlighting relies on. */
class RewritingCharFilterTest {

  private static final Analyzer TEXT = AnalyzerFactory.withDefaults().text();

  /** term=original-slice for each token. */
  private static List<String> termsWithSource(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return out;
  }

  @Test
  void rewrittenNamesPointAtTheirOriginalSpelling() throws IOException {
    assertEquals(
        List.of("aws=AWS", "reinvent=re:Invent", "reinvent=리인벤트", "nodejs=Node.js", "cpp=C++", "jassy=Jassy"),
        termsWithSource(TEXT, "AWS re:Invent와 리인벤트에서 Node.js, C++ Jassy's"));
  }

  @Test
  void recomposedHangulPointsAtTheDecomposedSource() throws IOException {
    String nfd = Normalizer.normalize("서버리스", Normalizer.Form.NFD);
    String text = "ＡＷＳ " + nfd + "를";
    assertEquals(List.of("aws=ＡＷＳ", "서버리스=" + nfd), termsWithSource(TEXT, text));
  }

  @Test
  void stackedCompoundPartsHaveNestedOffsets() throws IOException {
    assertEquals(
        List.of("개발자=개발자", "개발=개발", "자=자", "graviton2=Graviton2", "graviton=Graviton"),
        termsWithSource(TEXT, "개발자가 Graviton2를"));
  }

  @Test
  void expansionMapsInsideOffsetsToTheReplacedSpan() throws IOException {
    // U+3392 (MHz square) expands to three chars under NFKC.
    TextRewriter normalizer = UnicodeNormalizer.INSTANCE;
    try (RewritingCharFilter filter = new RewritingCharFilter(new StringReader("a \u3392 b"), normalizer)) {
      char[] buffer = new char[32];
      int length = filter.read(buffer, 0, buffer.length);
      assertEquals("a MHz b", new String(buffer, 0, length));
      assertEquals(List.of(2, 3, 3, 3, 4), List.of(filter.correctOffset(2), filter.correctOffset(3), filter.correctOffset(4), filter.correctOffset(5), filter.correctOffset(6)));
    }
  }
}
