package dev.recaps.enrich;

import java.util.List;
import java.util.Map;

/**
 * A conference series from the dictionary: its canonical name, the aliases a post may use in
 * Korean or English, the month(s) it usually takes place (to map a publication date to the edition
 * a recap is about) and its regional editions with their own aliases.
 *
 * @param editions edition detail ({@code "Seoul"}, {@code "Europe"}) to the aliases that name it
 */
public record Conference(
    String name, List<String> aliases, List<Integer> months, Map<String, List<String>> editions) {

  public Conference {
    aliases = List.copyOf(aliases);
    months = List.copyOf(months);
    editions = Map.copyOf(editions);
  }

  public Conference(String name, List<String> aliases, List<Integer> months) {
    this(name, aliases, months, Map.of());
  }

  /** The month the conference usually starts, or 0 when unknown. */
  public int firstMonth() {
    return months.stream().mapToInt(Integer::intValue).min().orElse(0);
  }
}
