package dev.recaps.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * In Nori's MIXED mode, drops the whole surface form of inflected verbs and pre-analysed phrases
 * ({@code 된} over {@code 되}+{@code ㄴ}) and keeps only the whole form of noun compounds.
 *
 * <p>The stems are emitted anyway and the endings are stop-tagged, so an inflected surface form only
 * adds a token whose position length spans removed endings, a broken graph for phrase queries.
 */
final class InflectedSurfaceFilter extends FilteringTokenFilter {

  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
  private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);

  InflectedSurfaceFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() throws IOException {
    POS.Type type = partOfSpeech.getPOSType();
    boolean stackedSurface = positionLength.getPositionLength() > 1;
    return !(stackedSurface && (type == POS.Type.INFLECT || type == POS.Type.PREANALYSIS));
  }
}
