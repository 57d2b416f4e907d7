package dev.recaps.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Builds Nori's user dictionary from {@code userdict.txt} lines after checking them, because Nori's
 * own parser accepts a segmentation that does not spell the word and reports no line numbers.
 *
 * <p>Line format: {@code word} (one noun Nori must not split) or {@code word part part ...} (a
 * compound: in MIXED mode the word and its parts are all indexed). User lines override bundled ones.
 */
final class NoriUserDictionary {

  private NoriUserDictionary() {}

  /** Returns null when there are no entries, as Nori expects. */
  static UserDictionary build(List<DataLine> lines) throws IOException {
    Map<String, DataLine> entryByWord = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (DataLine line : lines) {
      String[] fields = line.text().split("\\s+");
      check(line, fields);
      DataLine previous = entryByWord.put(fields[0], line);
      if (previous == null) {
        words.add(fields[0]);
      } else if (previous.source().equals(line.source())) {
        throw line.error("'" + fields[0] + "' is already defined on line " + previous.number());
      }
    }
    StringBuilder dictionary = new StringBuilder();
    for (String word : words) {
      dictionary.append(entryByWord.get(word).text()).append('\n');
    }
    return UserDictionary.open(new StringReader(dictionary.toString()));
  }

  private static void check(DataLine line, String[] fields) {
    String word = fields[0];
    if (!word.codePoints().allMatch(Character::isLetterOrDigit)) {
      throw line.error("word '" + word + "' may contain only letters and digits");
    }
    if (fields.length == 2) {
      throw line.error("a compound needs at least two parts");
    }
    if (fields.length > 2) {
      String joined = String.join("", List.of(fields).subList(1, fields.length));
      if (!joined.equals(word)) {
        throw line.error("parts '" + joined + "' do not spell the word '" + word + "'");
      }
    }
  }
}
