package dev.recaps.web;

import dev.recaps.model.InvalidRequestException;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.Sort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns query parameters ({@code q, year, conference, speaker, topic, lang, site, sort, page, size,
 * original}) into a {@link SearchRequest}, in the one place shared by the HTTP API, the feed and
 * the CLI, with a precise message for every bad value. Unknown parameters are ignored so that
 * tracking parameters added by chat apps and wikis do not break shared links.
 */
public final class SearchParams {
  /** Filter parameters, in the order the UI lists them; each is also a facet dimension. */
  public static final List<String> FILTERS = List.of("year", "conference", "speaker", "topic", "lang", "site");

  /** Longest filter value accepted; facet values are names, not documents. */
  static final int MAX_VALUE_CHARS = 200;

  private SearchParams() {}

  /** Builds a validated request; throws {@link InvalidRequestException} naming the bad parameter. */
  public static SearchRequest from(Map<String, List<String>> params) {
    Map<String, List<String>> p = params == null ? Map.of() : params;
    String q = first(p, "q");
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : FILTERS) {
      List<String> values = dim.equals("year") ? years(p.get(dim)) : values(dim, p.get(dim));
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    String sortValue = first(p, "sort");
    Sort sort = sortValue == null || sortValue.isBlank() ? Sort.RELEVANCE : Sort.parse(sortValue);
    int size = wholeNumber(p, "size", SearchRequest.DEFAULT_SIZE);
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new InvalidRequestException("size must be between 1 and " + SearchRequest.MAX_SIZE + ", not " + size);
    }
    int page = wholeNumber(p, "page", 1);
    if (page < 1) {
      throw new InvalidRequestException("page must be 1 or more, not " + page);
    }
    if ((long) page * size > SearchRequest.MAX_WINDOW) {
      throw new InvalidRequestException("page × size must be at most " + SearchRequest.MAX_WINDOW
          + " (page " + page + " of size " + size + "); narrow the search with words or filters instead");
    }
    return new SearchRequest(q == null ? "" : q, filters, sort, page, size, !original(first(p, "original")));
  }

  /**
   * The query string (without {@code ?}) that {@link #from} turns back into {@code request}, with
   * defaults left out; used for links in feeds and pages.
   */
  public static String toQueryString(SearchRequest request) {
    StringJoiner out = new StringJoiner("&");
    if (!request.query().isBlank()) {
      out.add("q=" + encode(request.query()));
    }
    for (String dim : FILTERS) {
      for (String v : request.filters().getOrDefault(dim, List.of())) {
        out.add(dim + "=" + encode(v));
      }
    }
    if (request.sort() != Sort.RELEVANCE) {
      out.add("sort=" + request.sort().label());
    }
    if (request.page() != 1) {
      out.add("page=" + request.page());
    }
    if (request.size() != SearchRequest.DEFAULT_SIZE) {
      out.add("size=" + request.size());
    }
    if (!request.fixLayout()) {
      out.add("original=1");
    }
    return out.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String first(Map<String, List<String>> p, String name) {
    List<String> values = p.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static List<String> values(String dim, List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : raw == null ? List.<String>of() : raw) {
      String value = v == null ? "" : v.strip();
      if (value.isEmpty()) {
        continue; // an empty form field means "no filter", not "match the empty value"
      }
      if (value.length() > MAX_VALUE_CHARS) {
        throw new InvalidRequestException(dim + " must be at most " + MAX_VALUE_CHARS + " characters long");
      }
      out.add(value);
    }
    return List.copyOf(out);
  }

  /** Years may repeat ({@code year=2019&year=2021}) or come comma-separated ({@code year=2019,2021}). */
  private static List<String> years(List<String> raw) {
    List<String> parts = new ArrayList<>();
    for (String v : raw == null ? List.<String>of() : raw) {
      if (v != null) {
        parts.addAll(List.of(v.split(",", -1)));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String part : values("year", parts)) {
      if (!part.matches("\\d{1,9}")) {
        throw new InvalidRequestException("year must be a whole number, not '" + shorten(part) + "'");
      }
      int year = Integer.parseInt(part);
      if (year < 1000 || year > 9999) {
        throw new InvalidRequestException("year must have four digits, such as 2019, not '" + part + "'");
      }
      out.add(Integer.toString(year));
    }
    return List.copyOf(out);
  }

  private static int wholeNumber(Map<String, List<String>> p, String name, int fallback) {
    String v = first(p, name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    String s = v.strip();
    if (!s.matches("[+-]?\\d+")) {
      throw new InvalidRequestException(name + " must be a whole number, not '" + shorten(s) + "'");
    }
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " is too large: '" + shorten(s) + "'");
    }
  }

  private static boolean original(String v) {
    if (v == null || v.isBlank() || v.equals("0") || v.equalsIgnoreCase("false")) {
      return false;
    }
    if (v.equals("1") || v.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidRequestException("original must be 1 (search the text exactly as typed) or 0, not '"
        + shorten(v) + "'");
  }

  /** Keeps error messages readable when someone sends a very long value. */
  static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
