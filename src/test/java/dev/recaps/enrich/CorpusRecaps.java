package dev.recaps.enrich;

import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Recap} from a bundled corpus file the simple way, so enrichment tests do not
 * depend on the extract stage: title from front matter, the first {@code # } heading or the first
 * line; headings are {@code #} lines and short standalone lines; date and tags from front matter.
 */
final class CorpusRecaps {
  private CorpusRecaps() {}

  static Recap read(String fileName) throws IOException {
    String raw = Files.readString(Path.of("corpus", fileName), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(raw.lines().toList());
    String title = null;
    LocalDate published = null;
    List<String> tags = new ArrayList<>();
    if (!lines.isEmpty() && lines.get(0).equals("---")) {
      int end = lines.subList(1, lines.size()).indexOf("---") + 1;
      for (String fm : lines.subList(1, end)) {
        String key = fm.substring(0, fm.indexOf(':')).strip();
        String value = fm.substring(fm.indexOf(':') + 1).strip();
        switch (key) {
          case "title" -> title = value;
          case "date" -> published = LocalDate.parse(value.substring(0, 10));
          case "tags", "category", "categories" -> tags.addAll(
              Arrays.stream(value.replaceAll("[\\[\\]]", "").split(",")).map(String::strip).toList());
          default -> { }
        }
      }
      lines = new ArrayList<>(lines.subList(end + 1, lines.size()));
    }
    if (title == null) {
      title = lines.stream().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2))
          .orElse(lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip());
    }
    return recap(fileName, title, String.join("\n", lines), headings(lines), published, tags, Map.of());
  }

  static Recap recap(String source, String title, String text, List<String> headings, LocalDate published,
      List<String> tags, Map<String, String> overrides) {
    return new Recap(RecapIds.of(source), source, null, "local", title, text, headings, null, published, tags,
        null, overrides, null, null, false);
  }

  /** A recap with only a title and text, the way most inline test examples need it. */
  static Recap recap(String title, String text) {
    return recap("example.md", title, text, List.of(), null, List.of(), Map.of());
  }

  private static List<String> headings(List<String> lines) {
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      boolean standalone = (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
      if (line.startsWith("#") || (standalone && !line.isEmpty() && line.length() <= 50
          && !line.matches(".*[.!?。]$"))) {
        headings.add(line.replaceFirst("^#+\\s*", ""));
      }
    }
    return headings;
  }
}
