package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code recaps bench --smoke} end to end so the harness cannot rot; no timing is asserted. */
class BenchSmokeTest {
  private static final List<String> FIGURES = List.of(
      "indexing throughput", "indexing with 2 threads vs 1", "index size on disk per 1 k recaps",
      "search in process", "search over HTTP", "suggestions over HTTP", "heap after full GC",
      "vs Groonga: search QPS", "vs Groonga: search p99", "vs Groonga: index time",
      "relevance nDCG@10 vs Groonga, generated corpus",
      "relevance nDCG@10 vs Groonga, the project's judged queries", "cold start");

  @TempDir Path tmp;

  @Test
  void smokeModeProducesEveryFigureAsJsonAndMarkdown() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path json = tmp.resolve("results/bench.json");
    int exit = new CommandLine(new Bench(new PrintStream(out, true, StandardCharsets.UTF_8)))
        .execute("--smoke", "--out", json.toString(), "--work", tmp.resolve("work").toString());
    System.out.print(out.toString(StandardCharsets.UTF_8)); // step timings land in the surefire report
    assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));

    JsonNode report = new ObjectMapper().readTree(json.toFile());
    List<String> names = new ArrayList<>();
    for (JsonNode f : report.get("figures")) {
      names.add(f.get("name").asText());
      String verdict = f.get("verdict").asText();
      assertTrue(Set.of("met", "not met", "reported").contains(verdict)
          || verdict.equals("skipped: groonga not installed"), f.toString());
      if (!verdict.startsWith("skipped")) {
        assertFalse(f.get("ours").asText().isBlank(), f.toString());
      }
    }
    assertEquals(FIGURES.size(), names.size(), names.toString());
    for (int i = 0; i < FIGURES.size(); i++) {
      assertTrue(names.get(i).startsWith(FIGURES.get(i)), names.get(i) + " should start with " + FIGURES.get(i));
    }
    assertEquals(Bench.SMOKE_DOCS, report.get("corpus").get("docs").asInt());
    // --smoke takes wrk only when it is already installed, else the Java LoadClient; either way
    // the report says which one made the HTTP load.
    boolean wrk = BenchScript.unavailable(WrkLoadTest.SCRIPT, "wrk", "--wrk-script", false).isEmpty();
    assertEquals(wrk ? "wrk" : "java", report.get("settings").get("loadClient").asText());
    String generator = report.get("settings").get("loadGenerator").asText();
    assertTrue(generator.startsWith(wrk ? "wrk " : "Java LoadClient"), generator);
    assertTrue(names.get(FIGURES.indexOf("search over HTTP")).contains("load generator: " + generator), names.toString());
    assertTrue(Files.readString(tmp.resolve("results/bench.md")).contains("| figure | recaps | baseline |"));
  }
}
