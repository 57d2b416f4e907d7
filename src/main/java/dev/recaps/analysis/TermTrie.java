package dev.recaps.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie over normalized dictionary forms that finds the longest form starting at a
 * position of a query, treating any run of whitespace in the query as one space.
 */
final class TermTrie {

  /** A match of a form: where it ends in the text and which group it belongs to. */
  record Hit(int end, int group) {}

  private static final class Node {
    final Map<Character, Node> children = new HashMap<>();
    int group = -1;
  }

  private final Node root = new Node();

  /** Adds a normalized form; forms added twice keep their first group. */
  void add(String key, int group) {
    Node node = root;
    for (int i = 0; i < key.length(); i++) {
      node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
    }
    if (node.group < 0) {
      node.group = group;
    }
  }

  /**
   * The longest form that starts at {@code start} and ends at a term boundary, or null. Cost is
   * bounded by the longest form, so scanning every start of a query is linear in its length.
   */
  Hit longestAt(String text, int start) {
    Node node = root;
    Hit best = null;
    int i = start;
    while (i < text.length() && node != null) {
      char c = text.charAt(i);
      int next = i + 1;
      if (Character.isWhitespace(c)) {
        c = ' ';
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
      }
      node = node.children.get(TermDictionary.fold(c));
      i = next;
      if (node != null && node.group >= 0 && TermBoundaries.isEnd(text, i)) {
        best = new Hit(i, node.group);
      }
    }
    return best;
  }
}
