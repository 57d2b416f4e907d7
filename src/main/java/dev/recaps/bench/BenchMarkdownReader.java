package dev.recaps.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Markdown files the bench writes (YAML front matter, {@code ##} section titles) into a
 * {@link Recap} the way a file extractor does: id from the corpus-relative path, front-matter
 * facets as overrides, language from the script mix.
 */
final class BenchMarkdownReader {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final List<String> FACET_KEYS = List.of("conference", "year", "speakers", "topics");

  private BenchMarkdownReader() {}

  static Recap read(Path root, Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    String[] parts = splitFrontMatter(content, file);
    JsonNode meta = YAML.readTree(parts[0]);
    List<String> headings = new ArrayList<>();
    StringBuilder text = new StringBuilder(parts[1].length());
    for (String line : parts[1].split("\n", -1)) {
      if (line.startsWith("## ")) {
        headings.add(line.substring(3).strip());
        text.append(line, 3, line.length()).append('\n');
      } else {
        text.append(line).append('\n');
      }
    }
    String source = root.relativize(file).toString().replace('\\', '/');
    String url = meta.path("url").asText(null);
    String site = url == null ? "local" : URI.create(url).getHost();
    return new Recap(RecapIds.of(source), source, url, site, meta.path("title").asText(""),
        text.toString().strip(), headings, meta.path("author").asText(null),
        meta.hasNonNull("date") ? LocalDate.parse(meta.get("date").asText()) : null,
        strings(meta.path("tags")), lang(parts[1]), overrides(meta), null, null, false);
  }

  static String[] splitFrontMatter(String content, Path file) throws IOException {
    if (!content.startsWith("---\n")) {
      throw new IOException(file + ": expected YAML front matter starting with '---'");
    }
    int end = content.indexOf("\n---\n", 4);
    if (end < 0) {
      throw new IOException(file + ": front matter is not closed with '---'");
    }
    return new String[] {content.substring(4, end), content.substring(end + 5)};
  }

  private static Map<String, String> overrides(JsonNode meta) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String key : FACET_KEYS) {
      JsonNode v = meta.get(key);
      if (v != null && !v.isNull()) {
        o.put(key, v.isArray() ? String.join(", ", strings(v)) : v.asText());
      }
    }
    return o;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** {@code ko}, {@code en} or {@code mixed} by the share of Hangul among letters. */
  static String lang(String text) {
    long hangul = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uAC00' && c <= '\uD7A3') {
        hangul++;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        latin++;
      }
    }
    // A Hangul syllable carries about as much as three Latin letters, so weigh it that way.
    double share = 3.0 * hangul / Math.max(1, 3.0 * hangul + latin);
    return share > 0.7 ? "ko" : share < 0.2 ? "en" : "mixed";
  }
}
