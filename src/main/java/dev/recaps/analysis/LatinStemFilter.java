package dev.recaps.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Applies the KStem English stemmer only to lowercase ASCII words, so Korean tokens, numbers and
 * joined forms such as {@code ec2} never reach an English stemmer.
 */
final class LatinStemFilter extends ConditionalTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  LatinStemFilter(TokenStream input) {
    super(input, KStemFilter::new);
  }

  @Override
  protected boolean shouldFilter() throws IOException {
    if (term.length() == 0) {
      return false;
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
