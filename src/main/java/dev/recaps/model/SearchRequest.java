package dev.recaps.model;

import java.util.List;
import java.util.Map;

/**
 * A validated search: the raw query text, facet filters (values OR-ed within a dimension,
 * dimensions AND-ed), sort order and a page.
 *
 * @param query raw query text as typed; blank lists everything
 * @param filters facet dimension ({@code year}, {@code conference}, {@code speaker}, {@code topic},
 *     {@code lang}, {@code site}) to the selected values
 * @param page 1-based page number
 * @param size hits per page
 * @param fixLayout whether a wrong-keyboard-layout rewrite may be applied ({@code false} when the
 *     user asked to search the original text)
 */
public record SearchRequest(
    String query, Map<String, List<String>> filters, Sort sort, int page, int size, boolean fixLayout) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? Sort.RELEVANCE : sort;
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), Sort.RELEVANCE, 1, DEFAULT_SIZE, true);
  }
}
