package dev.recaps.enrich;

import dev.recaps.enrich.ConferenceDetector.Found;
import dev.recaps.enrich.RecapView.Part;
import dev.recaps.model.Evidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the edition year of the conference a recap is about: a year next to the conference name
 * in title, tags or path; else the publication date mapped to the latest edition held before it;
 * else a year near the conference name in the text. No year beats a wrong year.
 */
final class YearDetector {
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-3]\\d)(?!\\d)");
  /** How far (in characters) a year may stand from the conference name to belong to it. */
  private static final int TITLE_REACH = 30;
  private static final int PATH_REACH = 12;
  private static final int TEXT_REACH = 60;

  private record Year(int value, int start, int end) {}

  /**
   * Without a known conference, a year in the title is an edition year only when the title names
   * an event ("OO 컨퍼런스 2019 후기"); "How I Read 38 Books in 2025" has no edition.
   */
  static final java.util.regex.Pattern EVENT_WORDS = java.util.regex.Pattern.compile(
      "(?i)conf|summit|con\\b|forum|festival|meetup|keynote|recap|session|talk|day ?\\d|"
          + "컨퍼런스|콘퍼런스|세미나|밋업|서밋|포럼|후기|참관|참석|세션|키노트|발표|행사|기조연설|데브");

  Detection<Integer> detect(RecapView view, ConferenceDetector.Result conference) {
    List<String> notes = new ArrayList<>();
    if (conference.conference() == null) {
      List<Year> years = years(view.title());
      if (!EVENT_WORDS.matcher(view.title()).find()) {
        notes.add("no conference, and the title does not name an event");
        return Detection.none(notes);
      }
      if (years.stream().map(Year::value).distinct().count() == 1) {
        return found(years.get(0).value(), Part.TITLE.label, "'" + view.title() + "' (no conference known)", notes);
      }
      notes.add("no conference and no single year in the title");
      return Detection.none(notes);
    }
    for (Part part : List.of(Part.TITLE, Part.TAGS, Part.PATH)) {
      Integer year = nextToName(view.text(part), matches(conference, part), part == Part.PATH ? PATH_REACH : TITLE_REACH);
      if (year != null) {
        return found(year, part.label, "next to '" + firstAlias(conference, part) + "' in " + part.label, notes);
      }
    }
    List<Year> titleYears = years(view.title());
    if (titleYears.stream().map(Year::value).distinct().count() == 1) {
      return found(titleYears.get(0).value(), Part.TITLE.label, "the only year in the title", notes);
    }
    LocalDate published = view.published();
    if (published != null) {
      return fromPublished(published, conference.conference(), view.recap().published() == null, notes);
    }
    for (Part part : List.of(Part.HEADING, Part.BODY)) {
      Integer year = voteNearName(view.text(part), matches(conference, part), notes);
      if (year != null) {
        return found(year, part.label, "most frequent year near '" + firstAlias(conference, part) + "'", notes);
      }
    }
    notes.add("no year next to the conference name and no publication date");
    return Detection.none(notes);
  }

  /** A recap written in January about a December conference is about last year's edition. */
  private Detection<Integer> fromPublished(LocalDate published, Conference c, boolean fromUrl, List<String> notes) {
    String date = (fromUrl ? "date in the path " : "") + published;
    int start = c.firstMonth();
    if (start == 0) {
      return found(published.getYear(), "published", date + " (usual month unknown: publication year)", notes);
    }
    int year = published.getMonthValue() >= start ? published.getYear() : published.getYear() - 1;
    return found(year, "published", date + " mapped to the latest edition before it (usually starts in month "
        + start + ")", notes);
  }

  private static Integer nextToName(String text, List<Found> names, int reach) {
    Year best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Year y : years(text)) {
      for (Found f : names) {
        int d = distance(text, f, y);
        if (d <= reach && d < bestDistance) {
          best = y;
          bestDistance = d;
        }
      }
    }
    return best == null ? null : best.value();
  }

  private static Integer voteNearName(String text, List<Found> names, List<String> notes) {
    Map<Integer, Integer> votes = new LinkedHashMap<>();
    for (Year y : years(text)) {
      if (names.stream().anyMatch(f -> distance(text, f, y) <= TEXT_REACH)) {
        votes.merge(y.value(), 1, Integer::sum);
      }
    }
    if (votes.isEmpty()) {
      return null;
    }
    notes.add("years near the conference name: " + votes);
    List<Map.Entry<Integer, Integer>> ranked = votes.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())).toList();
    boolean tie = ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue());
    if (tie) {
      notes.add("tie between years: none chosen");
      return null;
    }
    return ranked.get(0).getKey();
  }

  /** Characters between a name and a year on the same line; a line break puts them apart. */
  private static int distance(String text, Found name, Year year) {
    int from = Math.min(name.end(), year.end());
    int to = Math.max(name.start(), year.start());
    if (from >= to) {
      return 0;
    }
    return text.substring(from, to).contains("\n") ? Integer.MAX_VALUE : to - from;
  }

  private static List<Year> years(String text) {
    List<Year> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      years.add(new Year(Integer.parseInt(m.group(1)), m.start(), m.end()));
    }
    return years;
  }

  private static List<Found> matches(ConferenceDetector.Result conference, Part part) {
    return conference.matches().stream().filter(f -> f.part() == part).toList();
  }

  private static String firstAlias(ConferenceDetector.Result conference, Part part) {
    return matches(conference, part).stream().map(Found::alias).findFirst().orElse("");
  }

  private static Detection<Integer> found(int year, String from, String detail, List<String> notes) {
    return new Detection<>(year, new Evidence(String.valueOf(year), from, detail), notes);
  }
}
