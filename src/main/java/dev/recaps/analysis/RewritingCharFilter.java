package dev.recaps.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that applies a {@link TextRewriter} to the whole input and corrects offsets, so that
 * highlighting still points at the original text after names and Unicode forms were rewritten.
 *
 * <p>It reads its whole input before the first read: rewriters need context on both sides of a match
 * (word boundaries, combining marks), and recap bodies are small next to the heap.
 */
final class RewritingCharFilter extends BaseCharFilter {

  private final TextRewriter rewriter;
  private String output;
  private int position;

  RewritingCharFilter(Reader input, TextRewriter rewriter) {
    super(input);
    this.rewriter = rewriter;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = rewrite(readAll());
    }
    if (position >= output.length()) {
      return -1;
    }
    int count = Math.min(length, output.length() - position);
    output.getChars(position, position + count, buffer, offset);
    position += count;
    return count;
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    int count;
    while ((count = input.read(chunk)) != -1) {
      text.append(chunk, 0, count);
    }
    return text.toString();
  }

  private String rewrite(String text) {
    List<Replacement> edits = rewriter.replacements(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (Replacement edit : edits) {
      out.append(text, last, edit.start());
      int outStart = out.length();
      out.append(edit.text());
      recordOffsets(outStart, edit);
      last = edit.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * Output offsets past the replacement map back to past the replaced input; offsets inside an
   * expansion (one char became several) map to the end of the replaced input, never beyond it. A
   * deletion ({@code 's}) belongs to the token before it, so that token's end stays before the
   * deleted chars and only later offsets shift.
   */
  private void recordOffsets(int outStart, Replacement edit) {
    int inLength = edit.end() - edit.start();
    int outLength = edit.text().length();
    if (outLength == 0) {
      addOffCorrectMap(outStart + 1, edit.end() - outStart);
      return;
    }
    for (int k = Math.min(inLength, outLength); k <= outLength && inLength != outLength; k++) {
      addOffCorrectMap(outStart + k, edit.end() - (outStart + k));
    }
  }
}
