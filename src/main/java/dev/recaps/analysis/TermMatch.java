package dev.recaps.analysis;

/**
 * An occurrence of a dictionary form in a query, for phrase-level expansion.
 *
 * @param start first char of the match in the normalized query ({@link Hangul#normalize})
 * @param end index after the last char of the match
 * @param text the matched text as it appears in the query
 * @param group the equivalence group it belongs to
 */
public record TermMatch(int start, int end, String text, TermGroup group) {}
