package dev.recaps.search;

import static dev.recaps.index.IndexSchema.YEAR;

import dev.recaps.model.FacetValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Reads facet counts into display lists: years newest first, other dimensions by count; selected
 * values always stay in the list (with count 0 when nothing matches them any more).
 */
final class FacetCollector {
  /** Values listed per dimension; the UI shows a few and expands ("show more") to the rest. */
  static final int MAX_VALUES = 100;

  private FacetCollector() {}

  /** Lists only the selected values (count 0), for answers that ran no search. */
  static Map<String, List<FacetValue>> selectedOnly(List<String> dims, Map<String, List<String>> selected) {
    try {
      return read(null, null, dims, selected);
    } catch (IOException e) {
      throw new IllegalStateException("no index access happens without facets", e);
    }
  }

  static Map<String, List<FacetValue>> read(Facets facets, SortedSetDocValuesReaderState state,
      List<String> dims, Map<String, List<String>> selected) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      Set<String> chosen = Set.copyOf(selected.getOrDefault(dim, List.of()));
      List<FacetValue> values = new ArrayList<>();
      if (facets != null && state != null && state.getOrdRange(dim) != null) {
        FacetResult r = facets.getTopChildren(MAX_VALUES, dim);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            values.add(new FacetValue(lv.label, lv.value.intValue(), chosen.contains(lv.label)));
          }
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
    return Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value);
  }
}
