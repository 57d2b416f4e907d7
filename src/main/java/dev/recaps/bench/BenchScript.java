package dev.recaps.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bash scripts of {@code bench/} that install and run an external tool ({@code groonga.sh},
 * {@code wrk.sh}); each answers {@code installed} and {@code check} with exit code 0 or 3.
 */
final class BenchScript {
  private BenchScript() {}

  /** Exit code and output (standard output and error together) of one script call. */
  record Result(int exitCode, String output) {
    /** The last non-blank line of the output, or "" when there is none. */
    String lastLine() {
      String[] lines = output.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  static Result run(Path script, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out);
  }

  /**
   * Why {@code tool} cannot be used, or empty when it can: the script is missing, or its
   * {@code installed} call (with {@code installOk}: {@code check}, so a package the script may
   * install counts as available) says no. {@code option} is the bench option that moves the script.
   */
  static Optional<String> unavailable(Path script, String tool, String option, boolean installOk)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(script)) {
      return Optional.of(script + " not found (run from the project folder or pass " + option + ")");
    }
    int code = run(script, List.of(installOk ? "check" : "installed")).exitCode();
    return code == 0 ? Optional.empty() : Optional.of(tool + " not installed");
  }
}
