package dev.recaps.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Collects dictionary entries from bundled and user files: an entry whose canonical name is already
 * known extends it (aliases and lists are united), and an alias that would name two different
 * entries is a load error, because detection could not tell which one a post means.
 */
final class DictionaryMerger {
  private final Map<String, Conference> conferences = new LinkedHashMap<>();
  private final Map<String, Speaker> speakers = new LinkedHashMap<>();
  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final Map<String, String> conferenceAliases = new HashMap<>();
  private final Map<String, String> speakerAliases = new HashMap<>();
  private final Map<String, String> sessionCodes = new HashMap<>();

  void add(Conference c, String where) {
    Conference merged = conferences.merge(Aliases.key(c.name()), c, DictionaryMerger::merge);
    claim(conferenceAliases, Knowledge.names(merged), merged.name(), where);
  }

  void add(Speaker s, String where) {
    Speaker merged = speakers.merge(Aliases.key(s.name()), s, (old, added) -> new Speaker(
        old.name(), union(old.aliases(), added.aliases()), union(old.conferences(), added.conferences())));
    claim(speakerAliases, Stream.concat(Stream.of(merged.name()), merged.aliases().stream()),
        merged.name(), where);
  }

  void add(Topic t, String where) {
    Topic merged = topics.merge(t.slug(), t, (old, added) -> new Topic(
        old.slug(),
        added.labelKo().isBlank() ? old.labelKo() : added.labelKo(),
        added.labelEn().isBlank() ? old.labelEn() : added.labelEn(),
        union(old.keywords(), added.keywords()),
        union(old.sessionCodes(), added.sessionCodes())));
    claim(sessionCodes, merged.sessionCodes().stream(), merged.slug(), where);
  }

  Knowledge knowledge() {
    return new Knowledge(
        List.copyOf(conferences.values()), List.copyOf(speakers.values()), List.copyOf(topics.values()));
  }

  private static Conference merge(Conference old, Conference added) {
    Map<String, List<String>> editions = new LinkedHashMap<>(old.editions());
    added.editions().forEach((edition, aliases) -> editions.merge(edition, aliases, DictionaryMerger::union));
    return new Conference(
        old.name(),
        union(old.aliases(), added.aliases()),
        added.months().isEmpty() ? old.months() : added.months(),
        editions);
  }

  private static void claim(Map<String, String> owners, Stream<String> names, String owner, String where) {
    names.forEach(name -> {
      String key = Aliases.key(name);
      String previous = key.isEmpty() ? null : owners.putIfAbsent(key, owner);
      if (previous != null && !previous.equals(owner)) {
        throw new IllegalArgumentException(where + ": alias '" + name + "' maps to both '" + previous
            + "' and '" + owner + "'");
      }
    });
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }
}
