package dev.recaps.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code recaps} as a separate JVM on the test class path, the way a user or a cron job
 * does, so a test can kill it for real ({@link Process#destroyForcibly()} sends SIGKILL).
 */
final class RecapsProcess {
  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private RecapsProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code recaps ARGS...}; output goes to files under {@code logDir}. */
  static RecapsProcess start(Path logDir, String... args) throws IOException {
    Files.createDirectories(logDir);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), "dev.recaps.cli.RecapsCommand"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(logDir, "recaps-", ".out");
    Path err = Files.createTempFile(logDir, "recaps-", ".err");
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().remove("RECAPS_DATA");
    return new RecapsProcess(pb.start(), out, err);
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hooks, no finally blocks, no flush; the OS just stops the process. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits for the exit code, failing the test if the process outlives {@code seconds}. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("recaps did not finish within " + seconds + " s: " + stderr());
    }
    return process.exitValue();
  }

  String stdout() {
    return read(stdout);
  }

  String stderr() {
    return read(stderr);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
