package dev.recaps.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The process that puts HTTP load on a server: Debian's wrk run by {@code bench/wrk.sh} with
 * {@code bench/wrk-paths.lua}, or the {@link LoadClient} JVM. Both keep {@code clients} keep-alive
 * connections busy in a closed loop over the same request paths, run an unrecorded warm-up first,
 * count a response as answered only when it is a 200 starting with the expected prefix, and print
 * one {@code RESULT <Latencies json>} line.
 *
 * @param version {@code wrk 4.1.0} for wrk, {@code null} for the Java client
 */
record LoadGenerator(Kind kind, Path wrkScript, String version) {
  /** Heap of the {@link LoadClient} JVM. */
  static final String CLIENT_HEAP = "256m";

  /**
   * wrk's {@code -t}: one event-loop thread. Measured against the bench server on the 2-core
   * machine (2 000-recap index, the search log, 8 connections, four alternating 8 s runs each,
   * other builds running): 1 thread gave 547-878 QPS (median 611) for 0.11-0.20 s of wrk CPU per
   * run, 2 threads 451-654 QPS (median 573) for 0.14-0.18 s; the Java LoadClient used 3.9 CPU s
   * for an 8 s run (JVM start included), 1.2 ms per request, half of what the server spends on
   * one. So either count costs the server about 2 % of one core and the difference is within
   * the noise; one thread is the choice because it cannot take more than one core from the server
   * by construction while never being the bottleneck (one epoll loop drove over 13 000
   * suggestions/s, the server's limit, at about 10 µs of CPU each), and a second thread only adds
   * one more runnable thread competing with the server's request threads for the two cores.
   */
  static final int WRK_THREADS = 1;

  /** What {@code --load-client} asks for. */
  enum Choice {
    /** wrk when installed (full runs: or installable, and then installed), else the Java client. */
    AUTO,
    /** wrk, installed when missing; the run fails when it cannot be. */
    WRK,
    /** the {@link LoadClient} JVM. */
    JAVA;

    static Optional<Choice> parse(String option) {
      for (Choice c : values()) {
        if (c.name().equalsIgnoreCase(option)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  enum Kind {
    WRK,
    JAVA
  }

  static LoadGenerator java() {
    return new LoadGenerator(Kind.JAVA, null, null);
  }

  /**
   * The load generator {@code choice} asks for. With {@code installOk} (full runs) a missing wrk
   * that the script can install counts as available and is installed here; {@code notes} hears
   * why {@link Choice#AUTO} fell back to the Java client.
   */
  static LoadGenerator resolve(Choice choice, Path wrkScript, boolean installOk, Consumer<String> notes)
      throws IOException, InterruptedException {
    if (choice == Choice.JAVA) {
      return java();
    }
    Optional<String> why = BenchScript.unavailable(wrkScript, "wrk", "--wrk-script", installOk || choice == Choice.WRK);
    if (why.isEmpty()) {
      BenchScript.Result r = BenchScript.run(wrkScript, List.of("version"));
      if (r.exitCode() == 0 && r.lastLine().startsWith("wrk ")) {
        return new LoadGenerator(Kind.WRK, wrkScript, r.lastLine());
      }
      why = Optional.of("installing wrk failed: " + r.output().strip());
    }
    if (choice == Choice.WRK) {
      throw new IOException("--load-client wrk: " + why.get()
          + "; install it (apt-get install wrk) or use --load-client java");
    }
    notes.accept("HTTP load came from the Java LoadClient: " + why.get()
        + (installOk ? "" : " (--smoke uses wrk only when already installed: apt-get install wrk)") + ".");
    return java();
  }

  /** e.g. {@code wrk 4.1.0, 1 thread, 8 connections, same 2 cores as the server}. */
  String describe(int clients, int cores) {
    String who = kind == Kind.WRK
        ? version + ", " + threads(clients) + (threads(clients) == 1 ? " thread, " : " threads, ") + clients + " connections"
        : "Java LoadClient (separate JVM), " + clients + " keep-alive clients";
    return who + ", same " + cores + " cores as the server";
  }

  /** {@code wrk} or {@code java}, for the JSON settings. */
  String name() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** Starts one load run against {@code base}; read its {@code RESULT } line. */
  ChildProcess start(String base, Path pathsFile, int clients, Duration warmup, Duration measure, String okPrefix,
      Path log) throws IOException {
    if (kind == Kind.JAVA) {
      return ChildProcess.java(LoadClient.class, CLIENT_HEAP, List.of(base, pathsFile.toString(),
          String.valueOf(clients), seconds(warmup), seconds(measure), okPrefix), log);
    }
    return ChildProcess.start(List.of("bash", wrkScript.toString(), "run", base, pathsFile.toString(),
        String.valueOf(clients), String.valueOf(threads(clients)), seconds(warmup), seconds(measure), okPrefix), log);
  }

  /** wrk needs at least one connection per thread. */
  private static int threads(int clients) {
    return Math.min(WRK_THREADS, clients);
  }

  private static String seconds(Duration d) {
    return String.valueOf(d.toMillis() / 1000.0);
  }
}
