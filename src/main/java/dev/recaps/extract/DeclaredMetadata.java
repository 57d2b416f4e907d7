package dev.recaps.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the author declared about a file in front matter or a sidecar: title, date, author, tags
 * (tags first, then categories) and the facet overrides.
 */
record DeclaredMetadata(
    String title,
    LocalDate published,
    String author,
    List<String> tags,
    Map<String, String> overrides,
    List<String> warnings) {

  /** Override keys a user may set; lists are joined by {@code ", "}. */
  static final List<String> OVERRIDE_KEYS = List.of("conference", "year", "speakers", "topics");

  static DeclaredMetadata from(YamlFields fields) {
    List<String> warnings = new ArrayList<>(fields.warnings());
    String rawDate = fields.first("date", "published", "pubdate");
    LocalDate published = DateParser.find(rawDate);
    if (rawDate != null && published == null) {
      warnings.add("date '" + rawDate + "' is not a recognized date; ignored");
    }
    List<String> authors = fields.list("author", "authors");
    List<String> tags = fields.list("tags", "tag", "keywords", "categories", "category");
    return new DeclaredMetadata(
        fields.first("title"),
        published,
        authors.isEmpty() ? null : String.join(", ", authors),
        tags,
        overrides(fields, warnings),
        warnings);
  }

  /** The same metadata with {@code date} as the publication date (e.g. found in a byline). */
  DeclaredMetadata withPublished(LocalDate date) {
    return new DeclaredMetadata(title, date, author, tags, overrides, warnings);
  }

  private static Map<String, String> overrides(YamlFields fields, List<String> warnings) {
    Map<String, String> out = new LinkedHashMap<>();
    String conference = fields.first("conference");
    if (conference != null) {
      out.put("conference", conference);
    }
    String year = fields.first("year");
    if (year != null) {
      if (year.matches("\\d{4}")) {
        out.put("year", year);
      } else {
        warnings.add("year '" + year + "' is not a four-digit year; ignored");
      }
    }
    for (String key : List.of("speakers", "topics")) {
      List<String> values = fields.list(key, key.substring(0, key.length() - 1));
      if (!values.isEmpty()) {
        out.put(key, String.join(", ", values));
      }
    }
    return out;
  }
}
