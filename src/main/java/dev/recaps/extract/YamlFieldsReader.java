package dev.recaps.extract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.parser.Parser;

/**
 * Reads flat YAML (front matter, sidecar files) with a real YAML parser, and when the YAML is
 * invalid falls back to the line-based reader of commonmark's front matter extension so that a
 * post with one bad line still gets its title, date and tags.
 */
final class YamlFieldsReader {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Parser LENIENT =
      Parser.builder().extensions(List.of(YamlFrontMatterExtension.create())).build();

  private YamlFieldsReader() {}

  /**
   * Reads {@code yaml}; {@code what} names it in warnings ({@code front matter}, {@code sidecar
   * x.meta.yaml}) and {@code firstLine} is the file line of the YAML's first line.
   */
  static YamlFields read(String yaml, String what, int firstLine) {
    if (yaml.isBlank()) {
      return YamlFields.NONE;
    }
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      String warning =
          what + " is not valid YAML (" + problem(e, firstLine) + "); used the fields that could be read";
      return new YamlFields(lenient(yaml), List.of(warning));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return YamlFields.NONE;
    }
    if (!root.isObject()) {
      return new YamlFields(Map.of(), List.of(what + " is not a YAML mapping of keys to values; ignored"));
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    root.properties().forEach(e -> values.put(e.getKey(), strings(e.getValue())));
    return new YamlFields(values, List.of());
  }

  /** Scalars as one string, sequences as their scalar items, objects by their {@code name}. */
  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> out.addAll(strings(item)));
    } else if (node.isObject()) {
      JsonNode name = node.get("name");
      if (name != null && name.isValueNode()) {
        out.add(name.asText());
      }
    } else if (!node.isNull()) {
      out.add(node.asText());
    }
    return out;
  }

  private static Map<String, List<String>> lenient(String yaml) {
    YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
    LENIENT.parse("---\n" + yaml.strip() + "\n---\n").accept(visitor);
    return visitor.getData();
  }

  private static String problem(JsonProcessingException e, int firstLine) {
    String message = e.getOriginalMessage();
    String first = message == null ? "parse error" : message.strip().lines().findFirst().orElse("");
    JsonLocation at = e.getLocation();
    if (at != null && at.getLineNr() > 0) {
      return "line " + (at.getLineNr() + firstLine - 1) + ": " + first;
    }
    return first;
  }
}
