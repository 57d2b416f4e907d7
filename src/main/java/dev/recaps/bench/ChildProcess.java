package dev.recaps.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A separate process of the bench: a JVM running one of the bench's main classes on this JVM's
 * class path, so servers and load generators never share a heap or JIT with the process they
 * measure, or an external tool such as wrk. Its standard output is read for marker lines, its
 * standard error goes to a log file.
 */
final class ChildProcess implements AutoCloseable {
  private final Process process;
  private final BufferedReader stdout;

  private ChildProcess(Process process) {
    this.process = process;
    this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code main} with the given heap limit; its standard error goes to {@code log}. */
  static ChildProcess java(Class<?> main, String maxHeap, List<String> args, Path log) throws IOException {
    return java(main, maxHeap, List.of(), args, log);
  }

  /** Like {@link #java(Class, String, List, Path)} with extra JVM options. */
  static ChildProcess java(Class<?> main, String maxHeap, List<String> jvmOptions, List<String> args, Path log)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + maxHeap);
    cmd.addAll(jvmOptions);
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("--enable-native-access=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(args);
    return start(cmd, log);
  }

  /** Starts {@code command}; its standard error goes to {@code log}. */
  static ChildProcess start(List<String> command, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return new ChildProcess(pb.start());
  }

  /** Waits for a line starting with {@code prefix} on standard output and returns the rest of it. */
  String awaitLine(String prefix, Duration timeout, Path log) throws IOException, InterruptedException {
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      try {
        String l;
        while ((l = stdout.readLine()) != null) {
          if (l.startsWith(prefix)) {
            return l.substring(prefix.length()).strip();
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
    try {
      String found = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (found == null) {
        throw new IOException("process " + pid() + " ended without printing '" + prefix + "' (see " + log + ")");
      }
      return found;
    } catch (TimeoutException e) {
      throw new IOException("process " + pid() + " printed no '" + prefix + "' within " + timeout + " (see " + log + ")", e);
    } catch (ExecutionException e) {
      throw new IOException("reading the output of process " + pid() + " failed", e.getCause());
    }
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() throws InterruptedException {
    try {
      process.getOutputStream().close(); // the servers stop when their standard input closes
    } catch (IOException e) {
      // already gone; destroy below makes sure
    }
    if (process.waitFor(2, TimeUnit.SECONDS)) {
      return;
    }
    // `recaps serve` stops on SIGTERM (its shutdown hook also writes its class-data archive).
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly); // wrk under bench/wrk.sh
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
