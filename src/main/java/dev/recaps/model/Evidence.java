package dev.recaps.model;

/**
 * Why a facet has its value: the value, the part of the recap it came from ({@code title}, {@code
 * tags}, {@code path}, {@code published}, {@code body}, {@code front-matter}, …) and a short
 * human-readable detail such as the matched text.
 */
public record Evidence(String value, String from, String detail) {}
