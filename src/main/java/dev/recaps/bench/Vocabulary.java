package dev.recaps.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The word lists the corpus generator draws from (conferences, speakers, topics, technical terms,
 * authors, sentence/title/heading templates), loaded from the data files of this package.
 */
record Vocabulary(
    List<Conference> conferences,
    Map<String, List<String>> speakersByConference,
    List<Topic> topics,
    List<String> terms,
    List<String> cities,
    List<Author> authors,
    List<String> sentencesEn,
    List<String> sentencesKo,
    Map<String, List<String>> titles,
    Map<String, List<String>> headings) {

  /** A conference with its Korean name, who writes about it, and the years it ran. */
  record Conference(String name, String koName, String audience, int month, int firstYear, int lastYear) {}

  /** A topic facet value with its English and Korean names and words that come with it. */
  record Topic(String slug, String en, String ko, List<String> related) {}

  /** A blog author, the language they write in and where they publish. */
  record Author(String lang, String name, String site) {}

  static Vocabulary load(Consumer<String> warnings) {
    List<Conference> conferences = new ArrayList<>();
    for (String[] c : DataLines.read("conferences.tsv", 6, warnings)) {
      try {
        conferences.add(new Conference(c[0], c[1], c[2], Integer.parseInt(c[3]),
            Integer.parseInt(c[4]), Integer.parseInt(c[5])));
      } catch (NumberFormatException e) {
        warnings.accept("conferences.tsv: month and years must be numbers, skipped: " + c[0]);
      }
    }
    Map<String, List<String>> speakers = new LinkedHashMap<>();
    for (String[] s : DataLines.read("speakers.tsv", 2, warnings)) {
      speakers.computeIfAbsent(s[0], k -> new ArrayList<>()).add(s[1]);
    }
    List<Topic> topics = DataLines.read("topics.tsv", 4, warnings).stream()
        .map(t -> new Topic(t[0], t[1], t[2], Arrays.stream(t[3].split(",")).map(String::strip).toList()))
        .toList();
    List<Author> authors = DataLines.read("authors.tsv", 3, warnings).stream()
        .map(a -> new Author(a[0], a[1], a[2])).toList();
    Vocabulary v = new Vocabulary(conferences, speakers, topics,
        DataLines.lines("terms.txt", warnings), DataLines.lines("cities.txt", warnings), authors,
        DataLines.lines("sentences-en.txt", warnings), DataLines.lines("sentences-ko.txt", warnings),
        byLang("titles.tsv", warnings), byLang("headings.tsv", warnings));
    v.requireComplete();
    return v;
  }

  private static Map<String, List<String>> byLang(String resource, Consumer<String> warnings) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (String[] row : DataLines.read(resource, 2, warnings)) {
      m.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    return m;
  }

  private void requireComplete() {
    if (conferences.isEmpty() || topics.isEmpty() || terms.isEmpty() || cities.isEmpty()
        || sentencesEn.isEmpty() || sentencesKo.isEmpty()) {
      throw new IllegalStateException("bench vocabulary is incomplete: every data file needs at least one row");
    }
    for (String lang : List.of("ko", "en", "mixed")) {
      if (!titles.containsKey(lang) || !headings.containsKey(lang)) {
        throw new IllegalStateException("bench vocabulary needs title and heading templates for '" + lang + "'");
      }
    }
    for (String lang : List.of("ko", "en")) {
      if (authors.stream().noneMatch(a -> a.lang().equals(lang))) {
        throw new IllegalStateException("bench vocabulary needs at least one '" + lang + "' author");
      }
    }
  }

  List<String> speakersOf(String conference) {
    return speakersByConference.getOrDefault(conference, List.of());
  }
}
