package dev.recaps.enrich;

import dev.recaps.enrich.RecapView.Part;
import dev.recaps.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores every topic of the taxonomy from its keywords (both languages) and from AWS-style session
 * codes ({@code FSI204}), and keeps the few that clearly stand out.
 *
 * <p>A topic earns points per piece of text that mentions it (title, each tag, path, each heading,
 * each body sentence), not per keyword occurrence: a keynote bullet listing six compute products is
 * one mention of compute, while six sentences about integration tests are six mentions of testing.
 * A piece that names the topic itself ("devops", "서버리스") counts double, because the author
 * naming a topic says more than a product name that belongs to it.
 */
final class TopicDetector {
  private static final Map<Part, Integer> WEIGHTS = new EnumMap<>(Map.of(
      Part.TITLE, 4, Part.TAGS, 4, Part.PATH, 2, Part.HEADING, 2, Part.BODY, 1));
  /** A session code names its track outright: on its own it is enough for the topic. */
  private static final int SESSION_CODE_WEIGHT = 4;
  static final int MIN_SCORE = 4;
  /** A topic must reach this share of the best topic's score, so a long post keeps its focus. */
  static final double MIN_SHARE_OF_BEST = 0.08;
  static final int MAX_TOPICS = 8;
  private static final Pattern SESSION_CODE =
      Pattern.compile("(?<![A-Za-z0-9])([A-Z]{3,4})(\\d{3})(?:-R\\d?)?(?![0-9])");

  private record Keyword(Topic topic, PhraseMatcher matcher, boolean name) {}

  private final List<Topic> topics;
  private final List<Keyword> keywords = new ArrayList<>();
  private final Map<String, Topic> byCode = new HashMap<>();

  TopicDetector(List<Topic> topics) {
    this.topics = topics;
    for (Topic t : topics) {
      Map<String, Keyword> unique = new LinkedHashMap<>();
      for (String n : List.of(t.slug().replace('-', ' '), t.labelEn(), t.labelKo())) {
        unique.putIfAbsent(Aliases.key(n), new Keyword(t, PhraseMatcher.of(n, true), true));
      }
      t.keywords().forEach(k -> unique.putIfAbsent(Aliases.key(k), new Keyword(t, PhraseMatcher.of(k, true), false)));
      unique.values().stream().filter(k -> !k.matcher().phrase().isBlank()).forEach(keywords::add);
      t.sessionCodes().forEach(code -> byCode.put(code, t));
    }
  }

  Detection<List<String>> detect(RecapView view) {
    Map<Topic, Integer> scores = new LinkedHashMap<>();
    Map<Topic, Map<String, Integer>> reasons = new HashMap<>();
    List<RecapView.Unit> pieces = new ArrayList<>();
    view.recap().tags().forEach(tag -> pieces.add(new RecapView.Unit(Part.TAGS, tag)));
    pieces.add(new RecapView.Unit(Part.PATH, view.path()));
    pieces.addAll(view.units());
    for (RecapView.Unit piece : pieces) {
      String lower = piece.text().toLowerCase(Locale.ROOT);
      Map<Topic, Keyword> best = new LinkedHashMap<>();
      for (Keyword k : keywords) {
        if (!k.matcher().findAll(piece.text(), lower).isEmpty()) {
          best.merge(k.topic(), k, (a, b) -> a.name() || !b.name() ? a : b);
        }
      }
      best.forEach((topic, k) -> {
        scores.merge(topic, WEIGHTS.get(piece.part()) * (k.name() ? 2 : 1), Integer::sum);
        reasons.computeIfAbsent(topic, t -> new LinkedHashMap<>())
            .merge(piece.part().label + " '" + k.matcher().phrase() + "'", 1, Integer::sum);
      });
    }
    sessionCodes(view).forEach(code -> {
      Topic t = byCode.get(code.replaceAll("\\d.*", ""));
      if (t != null) {
        scores.merge(t, SESSION_CODE_WEIGHT, Integer::sum);
        reasons.computeIfAbsent(t, x -> new LinkedHashMap<>()).merge("session code " + code, 1, Integer::sum);
      }
    });
    return decide(scores, reasons);
  }

  private Detection<List<String>> decide(Map<Topic, Integer> scores, Map<Topic, Map<String, Integer>> reasons) {
    List<Topic> ranked = topics.stream().filter(scores::containsKey)
        .sorted(Comparator.comparing((Topic t) -> -scores.get(t))).toList();
    int best = ranked.isEmpty() ? 0 : scores.get(ranked.get(0));
    List<String> kept = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Topic t : ranked) {
      int score = scores.get(t);
      List<String> why = new ArrayList<>();
      reasons.get(t).forEach((reason, n) -> why.add(reason + (n > 1 ? " x" + n : "")));
      String line = t.slug() + " " + score + " (" + String.join(", ", why) + ")";
      if (score >= MIN_SCORE && score >= best * MIN_SHARE_OF_BEST && kept.size() < MAX_TOPICS) {
        kept.add(t.slug());
        details.add(line);
      } else {
        notes.add("below threshold: " + line);
      }
    }
    if (kept.isEmpty()) {
      return new Detection<>(List.of(), null, notes);
    }
    return new Detection<>(kept, new Evidence(String.join(", ", kept), "keywords", String.join("; ", details)), notes);
  }

  /** Distinct session codes in the whole recap, file name included ("AWS-reinvent-2018__DAT321.md"). */
  private static Set<String> sessionCodes(RecapView view) {
    Set<String> codes = new LinkedHashSet<>();
    for (Part part : Part.values()) {
      Matcher m = SESSION_CODE.matcher(view.text(part));
      while (m.find()) {
        codes.add(m.group(1) + m.group(2));
      }
    }
    return codes;
  }
}
