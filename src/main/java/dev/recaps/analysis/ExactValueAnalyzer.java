package dev.recaps.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;

/**
 * Whole-value analyzer for exact fields (speaker, conference, topic): one token, Unicode-normalized,
 * lowercased, inner whitespace runs collapsed and the ends trimmed, so {@code ＡＷＳ  Summit} equals
 * {@code aws summit}.
 */
final class ExactValueAnalyzer extends Analyzer {

  private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

  /** Collapses inner whitespace runs to one space and deletes leading and trailing whitespace. */
  private static final TextRewriter WHITESPACE =
      text -> {
        List<Replacement> edits = new ArrayList<>();
        Matcher matcher = SPACE_RUN.matcher(text);
        while (matcher.find()) {
          boolean atEdge = matcher.start() == 0 || matcher.end() == text.length();
          String replacement = atEdge ? "" : " ";
          if (!matcher.group().equals(replacement)) {
            edits.add(new Replacement(matcher.start(), matcher.end(), replacement));
          }
        }
        return edits;
      };

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new RewritingCharFilter(new RewritingCharFilter(reader, UnicodeNormalizer.INSTANCE), WHITESPACE);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new KeywordTokenizer();
    return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
