package dev.recaps.enrich;

import java.util.List;

/**
 * One slug of the fixed topic taxonomy with its Korean and English labels, the keywords (both
 * languages) that signal it and the AWS-style session-code prefixes ({@code SVS}, {@code DAT}) that
 * belong to it.
 */
public record Topic(
    String slug, String labelKo, String labelEn, List<String> keywords, List<String> sessionCodes) {

  public Topic {
    keywords = List.copyOf(keywords);
    sessionCodes = List.copyOf(sessionCodes);
  }
}
