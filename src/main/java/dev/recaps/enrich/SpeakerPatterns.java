package dev.recaps.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The phrasings in which Korean and English recaps report who gave a talk ("Keynote with X",
 * "X's keynote", "X의 키노트", "X 키노트", "발표자: X", "by X (Company)", "Session title - X"),
 * built from the cue, label and honorific words of the speaker rules.
 */
final class SpeakerPatterns {
  private static final String LATIN_NAME =
      "(?:(?:Dr|Prof|Mr|Ms|Mrs)\\.?\\s+)?\\p{Lu}[\\p{IsLatin}'’\\-]+(?:\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{IsLatin}'’\\-]+){1,3}";
  private static final String HANGUL_NAME = "(?<!\\p{IsHangul})\\p{IsHangul}{2,4}";
  private static final Pattern SESSION_CODE = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{3,4}\\d{3}(?![0-9])");

  /** A name-like text found in a talk phrasing; {@code explicit} when a label or dash states it. */
  record Candidate(String raw, String rule, boolean explicit) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Pattern headingDash;
  private final List<PhraseMatcher> cueWords;

  private record Rule(String name, Pattern pattern, boolean explicit) {}

  SpeakerPatterns(SpeakerRules words) {
    String cues = "(?<!\\p{IsLatin})(?:" + alternation(words.cues()) + ")";
    String keynotes = "(?<!\\p{IsLatin})(?:" + alternation(words.keynoteCues()) + ")";
    String labels = alternation(words.labels());
    String hon = alternation(words.honorifics());
    String name = "(" + LATIN_NAME + "|" + HANGUL_NAME + "(?:\\s?(?:" + hon + "))?)";
    cueWords = words.cues().stream().map(w -> PhraseMatcher.of(w, true)).toList();
    add("cue with name", "(?i:" + cues + ")s?\\s*(?i:with|by|from)\\s+" + name, false);
    add("cue: name", "(?i:" + cues + ")s?\\s*[:：\\-–—]\\s*" + name, false);
    add("name's cue", "(" + LATIN_NAME + ")['’]s?\\s+(?i:" + cues + ")", false);
    // "X의 세션" names a person or company; "X 세션" without 의 is as often a session title.
    String person = "(" + LATIN_NAME + "(?:\\s?(?:" + hon + "))?|" + HANGUL_NAME + "\\s?(?:" + hon + "))";
    add("name의 cue", person + "\\s?의\\s?(?i:" + cues + ")", false);
    add("name keynote", person + "\\s?(?i:" + keynotes + ")", false);
    add("label: name", "(?i:" + labels + ")\\s*[:：]\\s*" + name, true);
    add("by name (company)", "\\b(?i:by)\\s+(" + LATIN_NAME + ")\\s*\\([^)]{1,40}\\)", true);
    headingDash = Pattern.compile("^(.+?)\\s[-–—|]\\s" + name + "(?:\\s*\\([^)]{1,40}\\))?\\s*$");
  }

  /** Candidates in one heading or sentence. */
  List<Candidate> find(String unit, boolean heading) {
    List<Candidate> found = new ArrayList<>();
    for (Rule r : rules) {
      Matcher m = r.pattern().matcher(unit);
      while (m.find()) {
        found.add(new Candidate(m.group(1), r.name(), r.explicit()));
      }
    }
    if (heading) {
      Matcher m = headingDash.matcher(unit);
      // "Serverless at scale - Jane Doe": trusted only when the heading reads as a talk (a cue or a
      // session code), because "Day 2 - Grand Canyon" has the same shape.
      if (m.matches() && (hasCue(m.group(1)) || SESSION_CODE.matcher(m.group(1)).find()
          || m.group(0).strip().endsWith(")"))) {
        found.add(new Candidate(m.group(2), "heading 'title - name'", true));
      }
    }
    return found;
  }

  /** Whether a unit mentions a talk at all: a dictionary name counts only then. */
  boolean hasCue(String unit) {
    String lower = unit.toLowerCase(java.util.Locale.ROOT);
    return cueWords.stream().anyMatch(c -> !c.findAll(unit, lower).isEmpty());
  }

  private void add(String name, String regex, boolean explicit) {
    rules.add(new Rule(name, Pattern.compile(regex), explicit));
  }

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s*\\Q"))
        .collect(Collectors.joining("|"));
  }
}
