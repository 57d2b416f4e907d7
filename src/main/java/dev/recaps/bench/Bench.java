package dev.recaps.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recaps bench}: measures indexing, search, HTTP, suggestions, heap, cold start and index
 * size against baselines run in the same process run (raw Lucene, in-process search, Groonga,
 * hello-world Javalin) on a generated corpus, prints a table and writes JSON and Markdown.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark recaps against raw Lucene and Groonga on a generated corpus (see docs/benchmarks.md).")
public final class Bench implements Callable<Integer> {
  static final int DEFAULT_DOCS = 10_000;
  static final int SMOKE_DOCS = 200;
  static final double DEFAULT_DURATION = 10;
  static final double SMOKE_DURATION = 1;

  @Option(names = "--docs", paramLabel = "N", description = "Recaps to generate (default ${DEFAULT-VALUE}; --smoke: 200).")
  Integer docs;

  @Option(names = "--threads", paramLabel = "T", defaultValue = "2",
      description = "Indexing and in-process search threads (default ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--duration", paramLabel = "S",
      description = "Seconds measured per load figure, after a warm-up of half as long up to 5 s (default 10; --smoke: 1).")
  Double duration;

  @Option(names = "--clients", paramLabel = "C", defaultValue = "8",
      description = "Concurrent keep-alive HTTP clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-results.json",
      description = "JSON results; Markdown goes next to it with .md (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--smoke",
      description = "A few hundred recaps, about a second per figure; Groonga and wrk only if already installed.")
  boolean smoke;

  @Option(names = "--seed", defaultValue = "42", description = "Corpus generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "Real recaps whose sentences the generator reshuffles (default ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--groonga-script", paramLabel = "FILE", defaultValue = "bench/groonga.sh",
      description = "Script that installs, starts and stops Groonga (default ${DEFAULT-VALUE}).")
  Path groongaScript;

  @Option(names = "--load-client", paramLabel = "wrk|java|auto", defaultValue = "auto",
      description = "HTTP load generator: Debian's wrk (bench/wrk.sh), the Java LoadClient JVM, or auto: wrk when "
          + "installed (full runs install it like Groonga), else Java (default ${DEFAULT-VALUE}).")
  String loadClient;

  @Option(names = "--wrk-script", paramLabel = "FILE", defaultValue = "bench/wrk.sh",
      description = "Script that installs and runs wrk (default ${DEFAULT-VALUE}).")
  Path wrkScript;

  @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder, deleted after).")
  Path work;

  @Option(names = "--keep", description = "Keep the scratch folder (corpus, indexes, process logs).")
  boolean keep;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final PrintStream log;

  public Bench() {
    this(System.out);
  }

  Bench(PrintStream log) {
    this.log = log;
  }

  @Override
  public Integer call() throws IOException {
    BenchSettings settings = settings();
    try {
      BenchReport report = new BenchRun(settings, log).run();
      report.print(log);
      report.write(out);
      log.println("results: " + out.toAbsolutePath() + " and " + BenchReport.markdownPath(out).toAbsolutePath());
      return 0;
    } catch (Exception e) {
      System.err.println("bench failed: " + e.getMessage() + " (process logs in " + settings.workDir() + ")");
      keep = true;
      return 1;
    } finally {
      if (!keep && work == null) {
        BenchRun.deleteTree(settings.workDir());
      }
    }
  }

  BenchSettings settings() throws IOException {
    int n = docs != null ? docs : smoke ? SMOKE_DOCS : DEFAULT_DOCS;
    double seconds = duration != null ? duration : smoke ? SMOKE_DURATION : DEFAULT_DURATION;
    require(n >= 10, "--docs must be at least 10");
    require(threads >= 1 && threads <= 64, "--threads must be between 1 and 64");
    require(clients >= 1 && clients <= 256, "--clients must be between 1 and 256");
    require(seconds > 0 && seconds <= 3600, "--duration must be between 0 and 3600 seconds");
    LoadGenerator.Choice load = LoadGenerator.Choice.parse(loadClient).orElse(null);
    require(load != null, "--load-client must be wrk, java or auto");
    Duration measure = Duration.ofMillis(Math.round(seconds * 1000));
    Duration warmup = Duration.ofMillis(Math.min(5000, measure.toMillis() / 2));
    Path workDir = work != null ? work : Files.createTempDirectory("recaps-bench-");
    return new BenchSettings(n, threads, measure, warmup, clients, load, seed, corpus, workDir, groongaScript,
        wrkScript, smoke, smoke ? 1 : 3);
  }

  private void require(boolean ok, String message) {
    if (!ok) {
      throw new CommandLine.ParameterException(spec.commandLine(), message);
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }
}
