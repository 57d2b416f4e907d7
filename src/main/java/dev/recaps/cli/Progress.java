package dev.recaps.cli;

import java.io.PrintWriter;

/**
 * Prints progress of long work on stderr: a line at most every {@link #INTERVAL_MS}, so logs of
 * unattended runs stay short and a terminal still sees movement.
 */
final class Progress {
  static final long INTERVAL_MS = 2_000;

  private final PrintWriter out;
  private final String verb;
  private long last = System.currentTimeMillis();

  Progress(PrintWriter out, String verb) {
    this.out = out;
    this.verb = verb;
  }

  synchronized void tick(int done, int total, String current) {
    long now = System.currentTimeMillis();
    if (now - last >= INTERVAL_MS) {
      last = now;
      out.printf("%s %d/%d … %s%n", verb, done, total, current);
      out.flush();
    }
  }
}
