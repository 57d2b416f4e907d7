package dev.recaps.model;

import java.util.List;
import java.util.Map;

/**
 * What the enrich stage understood about a recap that no page states in a standard field, with
 * the evidence for each decision so a wrong facet can be diagnosed.
 *
 * @param conference canonical conference name the post is about, or {@code null}
 * @param edition edition detail such as a region ({@code "Seoul"}, {@code "Europe"}), or {@code null}
 * @param year the conference edition year the post is about, or {@code null} (no year beats a
 *     wrong year)
 * @param speakers canonical names of people the post reports as giving a keynote or talk
 * @param topics topic slugs from the taxonomy
 * @param mentions other conferences the post mentions but is not about
 * @param evidence per field ({@code conference}, {@code year}, {@code speakers}, {@code topics},
 *     {@code lang}) where the value came from
 */
public record Enrichment(
    String conference,
    String edition,
    Integer year,
    List<String> speakers,
    List<String> topics,
    List<String> mentions,
    Map<String, Evidence> evidence) {

  public static final Enrichment NONE =
      new Enrichment(null, null, null, List.of(), List.of(), List.of(), Map.of());

  public Enrichment {
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    topics = topics == null ? List.of() : List.copyOf(topics);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
  }
}
