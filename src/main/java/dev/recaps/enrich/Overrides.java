package dev.recaps.enrich;

import dev.recaps.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the user's corrections from front matter or a sidecar file ({@code conference}, {@code
 * year}, {@code speakers}, {@code topics}; lists joined by ", ") and maps them to canonical names,
 * so "reinvent" in front matter files under "AWS re:Invent" like detected values do.
 */
final class Overrides {
  static final String FROM = "front-matter";

  private final Knowledge knowledge;

  Overrides(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The canonical conference (and the edition the user's alias names), if the user set one. */
  Optional<Detection<String>> conference(Map<String, String> overrides) {
    String value = value(overrides, "conference");
    if (value == null) {
      return Optional.empty();
    }
    String name = knowledge.conference(value).map(Conference::name).orElse(value);
    return Optional.of(new Detection<>(name, new Evidence(name, FROM, "conference: " + value), List.of()));
  }

  /** The dictionary entry of the overridden conference, for its edition and months. */
  Optional<Conference> known(String name) {
    return knowledge.conference(name);
  }

  /** The edition whose alias the user wrote ("AWS Summit Seoul" names the Seoul edition). */
  String edition(Map<String, String> overrides, Conference conference) {
    String key = Aliases.key(value(overrides, "conference"));
    return conference.editions().entrySet().stream()
        .filter(e -> Aliases.key(e.getKey()).equals(key)
            || e.getValue().stream().anyMatch(a -> Aliases.key(a).equals(key)))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  /** The year, or a note when the value is not a year (then detection decides). */
  Optional<Detection<Integer>> year(Map<String, String> overrides, List<String> notes) {
    String value = value(overrides, "year");
    if (value == null) {
      return Optional.empty();
    }
    if (!value.matches("(19|20)\\d\\d")) {
      notes.add("front-matter year '" + value + "' ignored: not a four-digit year");
      return Optional.empty();
    }
    int year = Integer.parseInt(value);
    return Optional.of(new Detection<>(year, new Evidence(value, FROM, "year: " + value), List.of()));
  }

  Optional<Detection<List<String>>> speakers(Map<String, String> overrides) {
    return list(overrides, "speakers", v -> knowledge.speaker(v).map(Speaker::name).orElse(v));
  }

  Optional<Detection<List<String>>> topics(Map<String, String> overrides) {
    return list(overrides, "topics", v -> knowledge.topic(v).map(Topic::slug).orElse(v));
  }

  private static Optional<Detection<List<String>>> list(
      Map<String, String> overrides, String key, java.util.function.UnaryOperator<String> canonical) {
    String value = value(overrides, key);
    if (value == null) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    DataFile.split(value, ",").stream().map(canonical).filter(n -> !names.contains(n)).forEach(names::add);
    return Optional.of(new Detection<>(List.copyOf(names),
        new Evidence(String.join(", ", names), FROM, key + ": " + value), List.of()));
  }

  private static String value(Map<String, String> overrides, String key) {
    String v = overrides.get(key);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
