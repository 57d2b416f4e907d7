package dev.recaps.enrich;

import dev.recaps.model.Evidence;
import dev.recaps.model.Recap;
import java.util.List;
import java.util.Map;

/**
 * An enriched recap with the reasoning behind each facet: the evidence kept with the recap plus
 * the candidates each detector weighed and rejected, for {@code recaps enrich --explain}.
 *
 * @param recap the enriched recap, as {@link Enricher#enrich} returns it
 * @param notes per field ({@code conference}, {@code year}, {@code speakers}, {@code topics},
 *     {@code lang}) the candidates considered, in the order they were weighed
 */
public record Explanation(Recap recap, Map<String, List<String>> notes) {

  /** The fields in the order they are decided and printed. */
  public static final List<String> FIELDS = List.of("conference", "year", "speakers", "topics", "lang");

  public Explanation {
    notes = Map.copyOf(notes);
  }

  /** Plain text for a terminal: one block per field, value and source first, then the notes. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(recap.source()).append('\n');
    for (String field : FIELDS) {
      Evidence e = recap.enrichment().evidence().get(field);
      out.append(field).append(": ");
      if (e == null) {
        out.append("(none)\n");
      } else {
        out.append(e.value()).append("  [from ").append(e.from()).append("] ").append(e.detail()).append('\n');
      }
      notes.getOrDefault(field, List.of()).forEach(n -> out.append("    ").append(n).append('\n'));
    }
    if (!recap.enrichment().mentions().isEmpty()) {
      out.append("mentions: ").append(String.join(", ", recap.enrichment().mentions())).append('\n');
    }
    return out.toString();
  }
}
