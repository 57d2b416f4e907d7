package dev.recaps.model;

/** One value of a facet dimension with its count for the current query and whether it is selected. */
public record FacetValue(String value, int count, boolean selected) {}
