package dev.recaps.enrich;

import dev.recaps.enrich.RecapView.Part;
import dev.recaps.enrich.RecapView.Unit;
import dev.recaps.model.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the people a recap reports as giving a keynote or talk: a dictionary name counts only in a
 * heading or sentence that speaks of a talk, and an unknown name only in an explicit phrasing with a
 * person's name shape. Precision over recall: teammates, authors, companies and people merely
 * quoted are left out.
 */
final class SpeakerDetector {
  private record Alias(Speaker speaker, PhraseMatcher matcher) {}

  private final Knowledge knowledge;
  private final SpeakerPatterns patterns;
  private final PersonNames names;
  private final List<Alias> aliases = new ArrayList<>();

  SpeakerDetector(Knowledge knowledge, SpeakerRules rules) {
    this.knowledge = knowledge;
    this.patterns = new SpeakerPatterns(rules);
    this.names = new PersonNames(rules);
    for (Speaker s : knowledge.speakers()) {
      aliases.add(new Alias(s, PhraseMatcher.of(s.name())));
      s.aliases().forEach(a -> aliases.add(new Alias(s, PhraseMatcher.of(a))));
    }
  }

  Detection<List<String>> detect(RecapView view) {
    Map<String, String> accepted = new LinkedHashMap<>();
    Map<String, String> firstPart = new LinkedHashMap<>();
    Set<String> notes = new LinkedHashSet<>();
    for (Unit unit : view.units()) {
      boolean cue = patterns.hasCue(unit.text());
      String lower = unit.text().toLowerCase(Locale.ROOT);
      for (Alias a : aliases) {
        if (a.matcher().findAll(unit.text(), lower).isEmpty()) {
          continue;
        }
        if (cue) {
          accept(accepted, firstPart, a.speaker().name(), unit, "'" + a.matcher().phrase() + "' with a talk word");
        } else {
          notes.add("not counted: " + a.speaker().name() + " named without a talk word in " + quote(unit));
        }
      }
      boolean heading = unit.part() == Part.HEADING || unit.part() == Part.TITLE;
      for (SpeakerPatterns.Candidate c : patterns.find(unit.text(), heading)) {
        String author = view.recap().author();
        Resolved r = resolve(c, author);
        if (r.name() != null) {
          accept(accepted, firstPart, r.name(), unit, "pattern " + c.rule() + " '" + c.raw() + "'");
        } else {
          notes.add("rejected '" + c.raw() + "' (" + c.rule() + "): " + r.why());
        }
      }
    }
    List<String> speakers = List.copyOf(accepted.keySet());
    if (speakers.isEmpty()) {
      return new Detection<>(List.of(), null, List.copyOf(notes));
    }
    List<String> details = new ArrayList<>();
    accepted.forEach((name, why) -> details.add(name + ": " + why));
    Evidence evidence = new Evidence(String.join(", ", speakers), firstPart.values().iterator().next(),
        String.join("; ", details));
    return new Detection<>(speakers, evidence, List.copyOf(notes));
  }

  private record Resolved(String name, String why) {}

  /** Maps a candidate to a canonical dictionary name, or accepts it as a new name if it looks like one. */
  private Resolved resolve(SpeakerPatterns.Candidate candidate, String author) {
    PersonNames.Cleaned cleaned = names.clean(candidate.raw());
    Optional<Speaker> known = lookup(cleaned.name());
    if (known.isPresent()) {
      return new Resolved(known.get().name(), null);
    }
    String name = cleaned.name();
    if (names.isHonorific(name)) {
      return new Resolved(null, "a title or honorific, not a name");
    }
    boolean hangul = name.codePoints().anyMatch(PhraseMatcher::isHangul);
    boolean shape = hangul
        ? names.hangulShape(name, cleaned.honorific()) && (cleaned.honorific() || candidate.explicit())
        : PersonNames.latinShape(name);
    if (!shape) {
      return new Resolved(null, hangul
          ? "not a Korean name with an honorific (님, 박사님, CTO…) or an explicit label"
          : "not 2-3 capitalized words");
    }
    String why = names.rejection(name, author);
    return why == null ? new Resolved(name, null) : new Resolved(null, why);
  }

  /** The dictionary entry for a name, also when the pattern caught a word too many ("Werner Vogels Simplexity"). */
  private Optional<Speaker> lookup(String name) {
    String[] words = name.split("\\s+");
    for (int n = words.length; n >= 2; n--) {
      Optional<Speaker> s = knowledge.speaker(String.join(" ", java.util.Arrays.copyOf(words, n)));
      if (s.isPresent()) {
        return s;
      }
    }
    return knowledge.speaker(name);
  }

  private static void accept(Map<String, String> accepted, Map<String, String> firstPart, String name,
      Unit unit, String how) {
    if (!accepted.containsKey(name)) {
      accepted.put(name, how + " in " + quote(unit));
      firstPart.put(name, unit.part().label);
    }
  }

  private static String quote(Unit unit) {
    String text = unit.text().length() > 80 ? unit.text().substring(0, 77) + "…" : unit.text();
    return unit.part().label + " '" + text + "'";
  }
}
