package dev.recaps.enrich;

import dev.recaps.enrich.RecapView.Part;
import dev.recaps.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which conference a recap is about by weighing alias matches in title, tags, path,
 * headings and body; the other conferences it names become mentions.
 */
final class ConferenceDetector {
  /** A title or tag naming a conference says more than a passing body mention. */
  private static final Map<Part, Integer> WEIGHTS = new EnumMap<>(Map.of(
      Part.TITLE, 6, Part.TAGS, 5, Part.PATH, 5, Part.HEADING, 2, Part.BODY, 1));
  /** One body mention of a conference in a long post is not what the post is about. */
  private static final int MIN_BODY_ONLY_SCORE = 2;

  /** One alias (of a conference, maybe of one of its editions) found in one part of the recap. */
  record Found(Conference conference, String edition, Part part, int start, int end, String alias) {}

  /** The decision plus every match of the chosen conference, which the year detector reads. */
  record Result(Detection<String> detection, Conference conference, String edition,
      List<String> mentions, List<Found> matches) {}

  private record Alias(Conference conference, String edition, PhraseMatcher matcher) {}

  private final List<Alias> aliases = new ArrayList<>();

  ConferenceDetector(List<Conference> conferences) {
    for (Conference c : conferences) {
      aliases.add(new Alias(c, null, PhraseMatcher.of(c.name())));
      c.aliases().forEach(a -> aliases.add(new Alias(c, null, PhraseMatcher.of(a))));
      c.editions().forEach((edition, names) ->
          names.forEach(a -> aliases.add(new Alias(c, edition, PhraseMatcher.of(a)))));
    }
  }

  Result detect(RecapView view) {
    List<Found> found = findAll(view);
    Map<Conference, Integer> scores = new LinkedHashMap<>();
    found.forEach(f -> scores.merge(f.conference(), WEIGHTS.get(f.part()), Integer::sum));
    List<Conference> ranked = scores.keySet().stream()
        .sorted(Comparator.comparing((Conference c) -> -scores.get(c))
            .thenComparing(c -> firstFound(found, c)))
        .toList();
    List<String> notes = new ArrayList<>();
    ranked.forEach(c -> notes.add("candidate " + c.name() + ": score " + scores.get(c) + " " + parts(found, c)));
    if (ranked.isEmpty()) {
      return new Result(Detection.none(List.of("no conference alias found")), null, null, List.of(), List.of());
    }
    Conference best = ranked.get(0);
    List<Found> bestFound = found.stream().filter(f -> f.conference().equals(best)).toList();
    Found strongest = bestFound.get(0);
    if (strongest.part() == Part.BODY && scores.get(best) < MIN_BODY_ONLY_SCORE) {
      notes.add("rejected " + best.name() + ": only one body mention");
      return new Result(Detection.none(notes), null, null, names(ranked), List.of());
    }
    String edition = bestFound.stream().map(Found::edition).filter(e -> e != null).findFirst().orElse(null);
    Evidence evidence = new Evidence(best.name(), strongest.part().label,
        "'" + strongest.alias() + "' in " + strongest.part().label + "; score " + scores.get(best)
            + " " + parts(found, best) + (edition == null ? "" : "; edition " + edition));
    return new Result(new Detection<>(best.name(), evidence, notes), best, edition,
        names(ranked.subList(1, ranked.size())), bestFound);
  }

  /**
   * The result when the user named the conference (front matter): detection is skipped, but the
   * matches of that conference are kept so the year can still be read next to its name.
   */
  Result forced(RecapView view, Conference conference, String edition, Detection<String> decision) {
    List<Found> found = findAll(view);
    List<String> mentions = found.stream().map(Found::conference).filter(c -> !c.equals(conference))
        .map(Conference::name).distinct().toList();
    return new Result(decision, conference, edition, mentions,
        found.stream().filter(f -> f.conference().equals(conference)).toList());
  }

  private List<Found> findAll(RecapView view) {
    List<Found> found = new ArrayList<>();
    for (Part part : Part.values()) {
      found.addAll(find(view.text(part), part));
    }
    return found;
  }

  /** Matches in one text, longest first where aliases overlap ("Google I/O Extended" over "Google I/O"). */
  private List<Found> find(String text, Part part) {
    if (text.isBlank()) {
      return List.of();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<Found> all = new ArrayList<>();
    for (Alias a : aliases) {
      for (PhraseMatcher.Match m : a.matcher().findAll(text, lower)) {
        all.add(new Found(a.conference(), a.edition(), part, m.start(), m.end(), text.substring(m.start(), m.end())));
      }
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> f.start() - f.end()));
    List<Found> kept = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return kept;
  }

  private static int firstFound(List<Found> found, Conference c) {
    return found.indexOf(found.stream().filter(f -> f.conference().equals(c)).findFirst().orElseThrow());
  }

  private static String parts(List<Found> found, Conference c) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    found.stream().filter(f -> f.conference().equals(c)).forEach(f -> counts.merge(f.part().label, 1, Integer::sum));
    return counts.toString();
  }

  private static List<String> names(List<Conference> conferences) {
    return conferences.stream().map(Conference::name).toList();
  }
}
