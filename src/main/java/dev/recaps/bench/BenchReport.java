package dev.recaps.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of one bench run: the figures plus everything needed to interpret them (date,
 * machine, settings, corpus, raw measurements), printed as a table and written as JSON and
 * Markdown.
 */
record BenchReport(
    String date,
    Map<String, Object> machine,
    Map<String, Object> settings,
    Map<String, Object> corpus,
    List<Figure> figures,
    Map<String, Object> measurements,
    List<String> notes) {

  private static final String[] HEADER = {"figure", "recaps", "baseline", "ratio", "goal", "verdict"};

  void print(PrintStream out) {
    out.println();
    out.printf("Recaps bench, %s, %s recaps, %s%n", date, corpus.get("docs"), machine.get("summary"));
    String fmt = "%-44s %-30s %-30s %-7s %-34s %s%n";
    out.printf(fmt, (Object[]) HEADER);
    for (Figure f : figures) {
      out.printf(fmt, f.name(), f.ours(), f.baseline(), ratio(f), f.goal(), f.verdict());
    }
    notes.forEach(n -> out.println("  note: " + n));
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("### ").append(corpus.get("docs")).append(" recaps, ").append(date).append("\n\n");
    md.append("Machine: ").append(machine.get("summary")).append(". Settings: ").append(settings).append(".\n\n");
    md.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (Figure f : figures) {
      md.append("| ").append(String.join(" | ", f.name(), f.ours(), f.baseline(), ratio(f), f.goal(), f.verdict()))
          .append(" |\n");
    }
    md.append('\n');
    notes.forEach(n -> md.append("- ").append(n).append('\n'));
    return md.toString();
  }

  private static String ratio(Figure f) {
    return f.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f×", f.ratio());
  }

  /** Writes {@code out} (JSON) and the same name with {@code .md} (Markdown). */
  void write(Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), this);
    Files.writeString(markdownPath(out), markdown(), StandardCharsets.UTF_8);
  }

  static Path markdownPath(Path json) {
    String name = json.getFileName().toString();
    String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    return json.resolveSibling(base + ".md");
  }
}
