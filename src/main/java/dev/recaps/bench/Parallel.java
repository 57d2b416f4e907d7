package dev.recaps.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** Runs work items 0..n-1 on a fixed number of platform threads, each taking the next free item. */
final class Parallel {
  private Parallel() {}

  /** One unit of work that may fail with a checked exception. */
  @FunctionalInterface
  interface Item {
    void run(int index) throws Exception;
  }

  /** Runs every item; the first failure stops the others and is rethrown. */
  static void forEach(int n, int threads, Item item) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        int i;
        while (failure.get() == null && (i = next.getAndIncrement()) < n) {
          try {
            item.run(i);
          } catch (Exception e) {
            failure.compareAndSet(null, e);
          }
        }
      }, "bench-worker-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}
