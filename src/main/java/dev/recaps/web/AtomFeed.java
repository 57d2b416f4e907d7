package dev.recaps.web;

import dev.recaps.model.Hit;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.StringJoiner;

/**
 * Writes an Atom 1.0 feed of search hits (newest first) so a team can follow a topic or a speaker
 * in a feed reader; every value is XML-escaped, and the snippet travels as escaped HTML.
 */
final class AtomFeed {
  private AtomFeed() {}

  static String write(SearchRequest request, SearchResult result, String baseUrl, Instant updated) {
    String query = SearchParams.toQueryString(request);
    String self = baseUrl + "/search.atom" + (query.isEmpty() ? "" : "?" + query);
    String page = baseUrl + "/" + (query.isEmpty() ? "" : "?" + query);
    StringBuilder xml = new StringBuilder(4096);
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("  <title>").append(Escape.xml(title(request))).append("</title>\n")
        .append("  <id>").append(Escape.xml(self)).append("</id>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Escape.xml(self)).append("\"/>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Escape.xml(page)).append("\"/>\n")
        .append("  <updated>").append(updated).append("</updated>\n")
        .append("  <author><name>Recaps</name></author>\n")
        .append("  <generator>Recaps</generator>\n");
    for (Hit hit : result.hits()) {
      entry(xml, hit, baseUrl, updated);
    }
    return xml.append("</feed>\n").toString();
  }

  private static void entry(StringBuilder xml, Hit hit, String baseUrl, Instant fallback) {
    String link = hit.url() != null && hit.url().matches("(?i)https?://.+")
        ? hit.url() : baseUrl + "/api/recaps/" + hit.id() + "/archived";
    String when = hit.published() == null ? fallback.toString() : startOfDay(hit.published());
    xml.append("  <entry>\n")
        .append("    <title>").append(Escape.xml(hit.title())).append("</title>\n")
        .append("    <id>urn:recaps:").append(Escape.xml(hit.id())).append("</id>\n")
        .append("    <link rel=\"alternate\" href=\"").append(Escape.xml(link)).append("\"/>\n")
        .append("    <updated>").append(when).append("</updated>\n");
    if (hit.published() != null) {
      xml.append("    <published>").append(when).append("</published>\n");
    }
    if (hit.author() != null && !hit.author().isBlank()) {
      xml.append("    <author><name>").append(Escape.xml(hit.author())).append("</name></author>\n");
    }
    category(xml, hit.conference(), "conference");
    hit.speakers().forEach(s -> category(xml, s, "speaker"));
    hit.topics().forEach(t -> category(xml, t, "topic"));
    // The snippet is already HTML (escaped text + <mark>); type="html" means escape it once more.
    xml.append("    <summary type=\"html\">").append(Escape.xml(hit.snippet())).append("</summary>\n")
        .append("  </entry>\n");
  }

  private static void category(StringBuilder xml, String term, String scheme) {
    if (term != null && !term.isBlank()) {
      xml.append("    <category scheme=\"urn:recaps:").append(scheme).append("\" term=\"")
          .append(Escape.xml(term)).append("\"/>\n");
    }
  }

  private static String startOfDay(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
  }

  /** A human title such as {@code Recaps: 서버리스 · speaker Werner Vogels}. */
  static String title(SearchRequest request) {
    StringJoiner parts = new StringJoiner(" · ");
    if (!request.query().isBlank()) {
      parts.add(request.query().strip());
    }
    request.filters().forEach((dim, values) -> parts.add(dim + " " + String.join(", ", values)));
    return parts.length() == 0 ? "Recaps: newest recaps" : "Recaps: " + parts;
  }
}
