package dev.recaps.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in JSON-LD ({@code BlogPosting}, {@code Article}, {@code
 * NewsArticle}, …, also inside {@code @graph}), with author references resolved by {@code @id} as
 * WordPress SEO plugins write them.
 *
 * @param headline the headline or name, or {@code null}
 * @param datePublished the raw {@code datePublished} (else {@code dateCreated}), or {@code null}
 * @param authors author names
 * @param keywords keywords, split on commas
 */
record JsonLd(String headline, String datePublished, List<String> authors, List<String> keywords) {
  static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article", "BlogPosting", "NewsArticle", "TechArticle", "ScholarlyArticle", "Report",
          "SocialMediaPosting", "LiveBlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle");

  /** Real-world JSON-LD is often hand-written: trailing commas and raw newlines are tolerated. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  /** The first article described on the page, or {@code null} when there is none. */
  static JsonLd find(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data().strip());
        if (root != null) {
          flatten(root, nodes);
        }
      } catch (JsonProcessingException e) {
        // A broken block says nothing reliable; the other metadata sources still apply.
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode n : nodes) {
      if (n.hasNonNull("@id")) {
        byId.putIfAbsent(n.get("@id").asText(), n);
      }
    }
    for (JsonNode n : nodes) {
      if (isArticle(n)) {
        return of(n, byId);
      }
    }
    return null;
  }

  private static void flatten(JsonNode node, List<JsonNode> into) {
    if (node.isArray()) {
      node.forEach(n -> flatten(n, into));
    } else if (node.isObject()) {
      into.add(node);
      if (node.has("@graph")) {
        flatten(node.get("@graph"), into);
      }
    }
  }

  private static boolean isArticle(JsonNode n) {
    JsonNode type = n.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static JsonLd of(JsonNode n, Map<String, JsonNode> byId) {
    String headline = text(n.get("headline"));
    if (headline == null) {
      headline = text(n.get("name"));
    }
    String date = text(n.get("datePublished"));
    if (date == null) {
      date = text(n.get("dateCreated"));
    }
    List<String> authors = new ArrayList<>();
    collectNames(n.get("author"), byId, authors);
    List<String> keywords = new ArrayList<>();
    JsonNode kw = n.get("keywords");
    if (kw != null) {
      for (JsonNode k : kw.isArray() ? kw : List.of(kw)) {
        for (String part : k.asText().split(",")) {
          if (!part.isBlank()) {
            keywords.add(part.strip());
          }
        }
      }
    }
    return new JsonLd(headline, date, authors, keywords);
  }

  private static void collectNames(JsonNode author, Map<String, JsonNode> byId, List<String> into) {
    if (author == null) {
      return;
    }
    if (author.isArray()) {
      author.forEach(a -> collectNames(a, byId, into));
    } else if (author.isTextual()) {
      into.add(author.asText().strip());
    } else if (author.isObject()) {
      JsonNode resolved = author;
      if (!author.has("name") && author.hasNonNull("@id")) {
        resolved = byId.getOrDefault(author.get("@id").asText(), author);
      }
      String name = text(resolved.get("name"));
      if (name != null) {
        into.add(name);
      }
    }
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
