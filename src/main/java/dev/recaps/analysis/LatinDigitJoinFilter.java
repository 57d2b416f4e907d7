package dev.recaps.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Joins Latin and digit runs that Nori split at a character-class change but that touch in the text:
 * {@code EC2}, {@code S3}, {@code M6g}, {@code graviton2}, {@code 5G} each become one token.
 *
 * <p>When the joined token starts with at least three letters, the letter part is also emitted at
 * the same position, so {@code graviton} still finds {@code Graviton2}; shorter heads ({@code ec},
 * {@code s}) are too ambiguous to stand alone.
 */
final class LatinDigitJoinFilter extends TokenFilter {

  private static final int MIN_STACKED_HEAD = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute positionLength = addAttribute(PositionLengthAttribute.class);
  private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

  private State lookahead;
  private State headState;
  private String head;
  private int headEnd;

  LatinDigitJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (head != null) {
      restoreState(headState);
      term.setEmpty().append(head);
      offset.setOffset(offset.startOffset(), headEnd);
      positionIncrement.setPositionIncrement(0);
      head = null;
      return true;
    }
    if (!nextInputToken()) {
      return false;
    }
    if (!isJoinable()) {
      return true;
    }
    State first = captureState();
    int start = offset.startOffset();
    int end = offset.endOffset();
    boolean firstIsLetters = partOfSpeech.getLeftPOS() == POS.Tag.SL;
    String firstTerm = term.toString();
    int firstEnd = end;
    StringBuilder joined = new StringBuilder(term);
    while (nextInputToken()) {
      if (isJoinable() && positionIncrement.getPositionIncrement() == 1 && offset.startOffset() == end) {
        joined.append(term);
        end = offset.endOffset();
      } else {
        lookahead = captureState();
        break;
      }
    }
    restoreState(first);
    if (end != firstEnd && firstIsLetters && firstTerm.length() >= MIN_STACKED_HEAD) {
      head = firstTerm;
      headEnd = firstEnd;
    }
    term.setEmpty().append(joined);
    offset.setOffset(start, end);
    if (head != null) {
      headState = captureState();
    }
    return true;
  }

  private boolean nextInputToken() throws IOException {
    if (lookahead != null) {
      restoreState(lookahead);
      lookahead = null;
      return true;
    }
    return input.incrementToken();
  }

  private boolean isJoinable() {
    POS.Tag tag = partOfSpeech.getLeftPOS();
    return (tag == POS.Tag.SL || tag == POS.Tag.SN) && positionLength.getPositionLength() == 1;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lookahead = null;
    headState = null;
    head = null;
  }
}
