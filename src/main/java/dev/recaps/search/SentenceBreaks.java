package dev.recaps.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A cheap sentence break iterator for snippets: breaks after {@code . ! ? 。} followed by white
 * space, and at line ends. The JDK's rule-based sentence iterator cost a fifth of all search time
 * on long Korean bodies (docs/benchmarks.md), and recap text needs nothing subtler.
 */
final class SentenceBreaks extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    int begin = newText.getBeginIndex();
    int end = newText.getEndIndex();
    int[] found = new int[16];
    int n = 0;
    found[n++] = begin;
    char prev = CharacterIterator.DONE;
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      int i = newText.getIndex();
      boolean breakHere = c == '\n' || (Character.isWhitespace(c) && isTerminal(prev));
      if (breakHere && i + 1 < end && i + 1 > found[n - 1]) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i + 1;
      }
      prev = c;
    }
    if (found[n - 1] != end) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n + 1);
      }
      found[n++] = end;
    }
    bounds = Arrays.copyOf(found, n);
    current = 0;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '。' || c == '…';
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    current = bounds.length - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= bounds.length) {
      current = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int current() {
    return bounds[current];
  }
}
