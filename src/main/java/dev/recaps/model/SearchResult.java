package dev.recaps.model;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: hits of one page, facet counts per dimension (drill
 * sideways), and what the engine did to the query.
 *
 * @param query the query as received
 * @param rewrittenQuery the query actually searched when a keyboard-layout fix or typo correction
 *     was applied, else {@code null}
 * @param didYouMean a suggested better query that was not applied, else {@code null}
 * @param notices human-readable notes (e.g. a query cut at the length limit)
 */
public record SearchResult(
    String query,
    long total,
    long tookMs,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String rewrittenQuery,
    String didYouMean,
    List<String> notices) {}
