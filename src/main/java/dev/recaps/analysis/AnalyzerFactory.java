package dev.recaps.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Interim analyzer factory; replaced by the full Korean+English chain. */
public final class AnalyzerFactory {
  private final Analyzer text = new KoreanAnalyzer();
  private final Analyzer keyword =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          KeywordTokenizer t = new KeywordTokenizer();
          return new TokenStreamComponents(t, new LowerCaseFilter(t));
        }
      };
  private final Analyzer suggest =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer t = new StandardTokenizer();
          return new TokenStreamComponents(t, new LowerCaseFilter(t));
        }
      };

  public static AnalyzerFactory withDefaults() {
    return new AnalyzerFactory();
  }

  public static AnalyzerFactory load(Path userDir) throws IOException {
    return new AnalyzerFactory();
  }

  public Analyzer text() {
    return text;
  }

  public Analyzer keyword() {
    return keyword;
  }

  public Analyzer suggest() {
    return suggest;
  }

  public List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = text.tokenStream("body", s)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }
}
