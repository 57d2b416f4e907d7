package dev.recaps.search;

import static dev.recaps.index.IndexSchema.YEAR;

import dev.recaps.model.FacetValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;

/**
 * Reads facet counts into display lists: years newest first, other dimensions by count; selected
 * values always stay in the list (with count 0 when nothing matches them any more).
 */
final class FacetCollector {
  /** Values listed per dimension; the UI shows a few and expands ("show more") to the rest. */
  static final int MAX_VALUES = 100;

  private static final Comparator<FacetValue> BY_COUNT =
      Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value);

  private FacetCollector() {}

  /** Lists only the selected values (count 0), for answers that ran no search. */
  static Map<String, List<FacetValue>> selectedOnly(List<String> dims, Map<String, List<String>> selected) {
    return read(null, dim -> null, dims, selected);
  }

  /**
   * Lists the top values of each dimension; {@code countsOf} gives the counts to read a dimension
   * from (its drill-sideways counts when it is filtered, else those of the whole query).
   */
  static Map<String, List<FacetValue>> read(FacetOrdinals ordinals, Function<String, int[]> countsOf,
      List<String> dims, Map<String, List<String>> selected) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      Set<String> chosen = Set.copyOf(selected.getOrDefault(dim, List.of()));
      List<FacetValue> values = new ArrayList<>();
      int[] counts = countsOf.apply(dim);
      OrdRange range = ordinals == null || counts == null ? null : ordinals.range(dim);
      if (range != null) {
        for (int ord = range.start(); ord <= range.end(); ord++) {
          if (counts[ord] > 0) {
            String label = ordinals.label(ord);
            values.add(new FacetValue(label, counts[ord], chosen.contains(label)));
          }
        }
        values.sort(BY_COUNT);
        if (values.size() > MAX_VALUES) {
          values = new ArrayList<>(values.subList(0, MAX_VALUES));
        }
      }
      for (String c : chosen) {
        if (values.stream().noneMatch(v -> v.value().equals(c))) {
          values.add(new FacetValue(c, 0, true));
        }
      }
      values.sort(order(dim));
      out.put(dim, List.copyOf(values));
    }
    return out;
  }

  private static Comparator<FacetValue> order(String dim) {
    if (dim.equals(YEAR)) {
      return Comparator.comparing(FacetValue::value).reversed();
    }
    return BY_COUNT;
  }
}
