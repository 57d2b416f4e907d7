package dev.recaps.search;

import static dev.recaps.index.IndexSchema.*;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a match in each text field counts; the defaults are the values the relevance harness
 * chose (see docs/relevance.md), and a different set can be passed for experiments.
 */
public record FieldBoosts(Map<String, Float> boosts, float tieBreaker, float synonymWeight) {

  public static FieldBoosts defaults() {
    Map<String, Float> m = new LinkedHashMap<>();
    m.put(TITLE, 3.0f);
    m.put(HEADINGS, 2.0f);
    m.put(BODY, 1.0f);
    m.put(TAGS, 2.0f);
    m.put(SPEAKER_TEXT, 2.5f);
    m.put(CONFERENCE_TEXT, 2.0f);
    m.put(TOPIC_TEXT, 1.5f);
    m.put(AUTHOR_TEXT, 1.0f);
    return new FieldBoosts(Map.copyOf(m), 0.3f, 0.8f);
  }

  public float of(String field) {
    return boosts.getOrDefault(field, 1.0f);
  }
}
