package dev.recaps.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
  @TempDir Path tmp;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new EvalCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void scoresASmallCollectionPerGroup() throws Exception {
    Path recaps = Files.createDirectories(tmp.resolve("recaps"));
    Files.writeString(recaps.resolve("kubecon.md"),
        "# KubeCon Europe 2024 후기\n\n쿠버네티스 GPU 스케줄링과 OpenTelemetry 세션을 들었다.\n");
    Files.writeString(recaps.resolve("wwdc.md"), "# WWDC 2023 recap\n\nVision Pro and visionOS.\n");
    Path judgments = Files.writeString(tmp.resolve("j.tsv"),
        "k1\tko\tGPU 스케줄링\trecaps/kubecon.md:3\nw1\ten\tvisionOS\trecaps/wwdc.md:3\n");

    int code = run("--data", tmp.resolve("data").toString(), "--judgments", judgments.toString(),
        "--corpus", recaps.toString());

    assertEquals(0, code, err.toString());
    assertEquals("""
        group          queries  nDCG@10     MRR  recall@10
        ko                   1    1.000   1.000      1.000
        en                   1    1.000   1.000      1.000
        overall              2    1.000   1.000      1.000
        """, out.toString());
  }

  @Test
  void judgedFilesOutsideTheCollectionFailTheRun() throws Exception {
    Path recaps = Files.createDirectories(tmp.resolve("recaps"));
    Files.writeString(recaps.resolve("wwdc.md"), "# WWDC 2023 recap\n\nVision Pro and visionOS.\n");
    Path judgments = Files.writeString(tmp.resolve("j.tsv"),
        "w1\ten\tvisionOS\trecaps/wwdc.md:3\trecaps/missing.md:2\n");

    int code = run("--data", tmp.resolve("data").toString(), "--judgments", judgments.toString(),
        "--corpus", recaps.toString());

    assertEquals(1, code);
    assertTrue(err.toString().contains(
        "error: judged files missing from the index (wrong --corpus, or they failed to index): recaps/missing.md"),
        err.toString());
  }

  @Test
  void malformedJudgmentsAreReportedWithLineNumbers() throws Exception {
    Path judgments = Files.writeString(tmp.resolve("j.tsv"), "# c\nw1\ten\tvisionOS\trecaps/wwdc.md:7\n");
    assertEquals(1, run("--judgments", judgments.toString()));
    assertEquals("error: j.tsv:2: grade of recaps/wwdc.md must be 0 to 3, not '7'\n", err.toString());
  }

  @Test
  void unknownBoostFieldIsAUsageError() {
    assertEquals(2, run("--boosts", "titel=3"));
    assertTrue(err.toString().startsWith("--boosts: unknown field 'titel'; use one of ["), err.toString());
  }

  @Test
  void shareAboveOneIsAUsageError() {
    assertEquals(2, run("--min-should-match-share", "1.5"));
    assertTrue(err.toString().startsWith("longQueryShare must be above 0 and at most 1, not 1.5"), err.toString());
  }
}
