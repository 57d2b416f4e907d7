package dev.recaps.model;

/**
 * One completion for a partly typed query.
 *
 * @param text what to put in the search box
 * @param kind {@code title}, {@code speaker}, {@code topic}, {@code conference} or {@code term}
 * @param weight corpus frequency used for ranking
 * @param html the text HTML-escaped with the matched part in {@code <mark>}
 */
public record Suggestion(String text, String kind, long weight, String html) {}
