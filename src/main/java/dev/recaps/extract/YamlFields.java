package dev.recaps.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Key to values read from front matter or a sidecar file (keys lower-cased, every value a list of
 * strings), with the warnings met while reading them.
 */
record YamlFields(Map<String, List<String>> values, List<String> warnings) {
  static final YamlFields NONE = new YamlFields(Map.of(), List.of());

  YamlFields {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    values = Collections.unmodifiableMap(copy);
    warnings = List.copyOf(warnings);
  }

  /** The first non-blank value of the first of {@code keys} that has one, or {@code null}. */
  String first(String... keys) {
    for (String key : keys) {
      for (String v : values.getOrDefault(key, List.of())) {
        if (!v.isBlank()) {
          return v.strip();
        }
      }
    }
    return null;
  }

  /**
   * All values of {@code keys} in key order; a value written as an inline list ({@code [a, b]})
   * or comma-separated ({@code a, b}) is split, because list-valued keys never hold commas.
   */
  List<String> list(String... keys) {
    List<String> all = new ArrayList<>();
    for (String key : keys) {
      for (String v : values.getOrDefault(key, List.of())) {
        String s = v.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
          s = s.substring(1, s.length() - 1);
        }
        for (String part : s.split(",")) {
          String p = unquote(part.strip());
          if (!p.isEmpty() && !all.contains(p)) {
            all.add(p);
          }
        }
      }
    }
    return all;
  }

  /** These fields with every key that {@code winner} sets replaced by the winner's values. */
  YamlFields overriddenBy(YamlFields winner) {
    Map<String, List<String>> merged = new LinkedHashMap<>(values);
    merged.putAll(winner.values);
    List<String> w = new ArrayList<>(warnings);
    w.addAll(winner.warnings);
    return new YamlFields(merged, w);
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
      return s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
