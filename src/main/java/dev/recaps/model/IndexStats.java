package dev.recaps.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts that describe the index: documents, per-facet value counts, size on disk, when it last
 * changed, and term pairs mined from the corpus.
 */
public record IndexStats(
    long docs,
    Map<String, List<FacetValue>> facets,
    long sizeBytes,
    Instant lastCommit,
    Map<String, List<String>> minedTerms) {}
