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
 * Scores every topic of the taxonomy from its keywords (both languages) in title, tags, headings
 * and body, and from AWS-style session codes ({@code FSI204}); keeps the few that clearly stand out.
 */
final class TopicDetector {
  private static final Map<Part, Integer> WEIGHTS = new EnumMap<>(Map.of(
      Part.TITLE, 4, Part.TAGS, 4, Part.PATH, 2, Part.HEADING, 2, Part.BODY, 1));
  /** A keyword repeated all over one post should not outweigh several different keywords. */
  private static final int MAX_HITS_PER_KEYWORD = 3;
  private static final int SESSION_CODE_WEIGHT = 3;
  static final int MIN_SCORE = 4;
  /** A topic must reach this share of the best topic's score, so a long post keeps its focus. */
  private static final double MIN_SHARE_OF_BEST = 0.15;
  static final int MAX_TOPICS = 6;
  private static final Pattern SESSION_CODE =
      Pattern.compile("(?<![A-Za-z0-9])([A-Z]{3,4})(\\d{3})(?:-R\\d?)?(?![0-9])");

  private record Keyword(Topic topic, PhraseMatcher matcher) {}

  private final List<Topic> topics;
  private final List<Keyword> keywords = new ArrayList<>();
  private final Map<String, Topic> byCode = new HashMap<>();

  TopicDetector(List<Topic> topics) {
    this.topics = topics;
    for (Topic t : topics) {
      Set<String> phrases = new LinkedHashSet<>(t.keywords());
      phrases.add(t.slug().replace('-', ' '));
      phrases.add(t.labelEn());
      phrases.add(t.labelKo());
      phrases.stream().filter(p -> !p.isBlank())
          .forEach(p -> keywords.add(new Keyword(t, PhraseMatcher.of(p, true))));
      t.sessionCodes().forEach(code -> byCode.put(code, t));
    }
  }

  Detection<List<String>> detect(RecapView view) {
    Map<Topic, Integer> scores = new LinkedHashMap<>();
    Map<Topic, List<String>> reasons = new HashMap<>();
    for (Part part : Part.values()) {
      String text = view.text(part);
      String lower = text.toLowerCase(Locale.ROOT);
      for (Keyword k : keywords) {
        int hits = Math.min(MAX_HITS_PER_KEYWORD, k.matcher().findAll(text, lower).size());
        if (hits > 0) {
          scores.merge(k.topic(), hits * WEIGHTS.get(part), Integer::sum);
          reasons.computeIfAbsent(k.topic(), t -> new ArrayList<>())
              .add(part.label + " '" + k.matcher().phrase() + "'" + (hits > 1 ? " x" + hits : ""));
        }
      }
    }
    sessionCodes(view).forEach(code -> {
      Topic t = byCode.get(code.replaceAll("\\d.*", ""));
      if (t != null) {
        scores.merge(t, SESSION_CODE_WEIGHT, Integer::sum);
        reasons.computeIfAbsent(t, x -> new ArrayList<>()).add("session code " + code);
      }
    });
    return decide(scores, reasons);
  }

  private Detection<List<String>> decide(Map<Topic, Integer> scores, Map<Topic, List<String>> reasons) {
    List<Topic> ranked = topics.stream().filter(scores::containsKey)
        .sorted(Comparator.comparing((Topic t) -> -scores.get(t))).toList();
    int best = ranked.isEmpty() ? 0 : scores.get(ranked.get(0));
    List<String> kept = new ArrayList<>();
    List<String> details = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Topic t : ranked) {
      int score = scores.get(t);
      String line = t.slug() + " " + score + " (" + String.join(", ", reasons.get(t)) + ")";
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
