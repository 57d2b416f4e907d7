package dev.recaps.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator: each of N threads sends the next request as soon as the last one
 * answered, cycling through the same request list from a different starting point; a warm-up
 * phase runs first and is not recorded.
 */
final class LoadLoop {
  private LoadLoop() {}

  /** One request; returns {@code null} when it succeeded, else why it failed (or throws). */
  @FunctionalInterface
  interface Request<T> {
    String send(T item) throws Exception;
  }

  static <T> Latencies run(List<T> items, int threads, Duration warmup, Duration measure, Request<T> request)
      throws InterruptedException {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a load run needs at least one request");
    }
    AtomicBoolean recording = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    AtomicLong errors = new AtomicLong();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<LatencyHistogram> perThread = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      LatencyHistogram latencies = new LatencyHistogram();
      perThread.add(latencies);
      int offset = (int) ((long) items.size() * t / threads);
      Thread w = new Thread(() -> loop(items, offset, request, recording, stop, errors, firstError, latencies), "load-" + t);
      workers.add(w);
      w.start();
    }
    Thread.sleep(warmup.toMillis());
    recording.set(true);
    long start = System.nanoTime();
    Thread.sleep(measure.toMillis());
    recording.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Thread w : workers) {
      w.join();
    }
    LatencyHistogram all = new LatencyHistogram();
    perThread.forEach(all::add);
    return Latencies.of(all, errors.get(), firstError.get(), seconds);
  }

  private static <T> void loop(List<T> items, int offset, Request<T> request, AtomicBoolean recording,
      AtomicBoolean stop, AtomicLong errors, AtomicReference<String> firstError, LatencyHistogram latencies) {
    int i = offset;
    while (!stop.get()) {
      T item = items.get(i++ % items.size());
      long t0 = System.nanoTime();
      String failure;
      try {
        failure = request.send(item);
      } catch (Exception e) {
        failure = e.toString();
      }
      long took = System.nanoTime() - t0;
      if (recording.get()) {
        if (failure == null) {
          latencies.record(took);
        } else {
          errors.incrementAndGet();
          firstError.compareAndSet(null, failure + " (request: " + item + ")");
        }
      }
    }
  }
}
