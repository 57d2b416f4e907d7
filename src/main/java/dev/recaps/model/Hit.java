package dev.recaps.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result for display; {@code titleHtml} and {@code snippet} are HTML-escaped text with
 * matches wrapped in {@code <mark>}, every other string is plain text.
 */
public record Hit(
    String id,
    String url,
    String title,
    String titleHtml,
    String site,
    String source,
    String author,
    LocalDate published,
    String conference,
    Integer year,
    List<String> speakers,
    List<String> topics,
    String lang,
    String snippet,
    float score,
    boolean gone) {}
