package dev.recaps.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * URLs to fetch, one queue per origin, each origin with the earliest time its next request may
 * start. {@link #next()} picks the origin that is ready first and sleeps until then, so a single
 * thread stays polite to every host and never idles while another host is ready.
 */
final class Frontier {
  private static final Comparator<Queued> ORDER = Comparator
      .comparingInt((Queued q) -> q.item.rank())
      .thenComparingInt(q -> q.item.depth())
      .thenComparingLong(q -> q.sequence);

  private record Queued(CrawlItem item, long sequence) {}

  private static final class Host {
    final Deque<CrawlItem> front = new ArrayDeque<>();
    final PriorityQueue<Queued> queue = new PriorityQueue<>(ORDER);
    long readyAtNanos = System.nanoTime();

    boolean isEmpty() {
      return front.isEmpty() && queue.isEmpty();
    }
  }

  private final Map<String, Host> hosts = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private long sequence;
  private int size;

  static String originOf(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  /** Queues an item unless its URL was queued before; returns whether it was queued. */
  boolean offer(CrawlItem item) {
    if (!seen.add(item.url())) {
      return false;
    }
    host(item.url()).queue.add(new Queued(item, sequence++));
    size++;
    return true;
  }

  /** Whether the URL was ever queued in this crawl. */
  boolean seen(String url) {
    return seen.contains(url);
  }

  /** Marks a URL as handled without queueing it (a canonical already covered by another page). */
  void markSeen(String url) {
    seen.add(url);
  }

  /** Puts an item back at the head of its origin's queue (a retry, a redirect hop, after robots). */
  void putFirst(CrawlItem item) {
    seen.add(item.url());
    host(item.url()).front.addFirst(item);
    size++;
  }

  /** Returns a dequeued item to its origin's queue in its normal order (after robots.txt). */
  void putBack(CrawlItem item) {
    host(item.url()).queue.add(new Queued(item, sequence++));
    size++;
  }

  /** The origin may not be asked again before {@code delayMillis} from now. */
  void holdOrigin(String origin, long delayMillis) {
    Host h = hosts.computeIfAbsent(origin, o -> new Host());
    h.readyAtNanos = Math.max(h.readyAtNanos, System.nanoTime() + delayMillis * 1_000_000L);
  }

  int size() {
    return size;
  }

  /** The next item of the origin that is ready first, after sleeping until it is; null when empty. */
  CrawlItem next() throws InterruptedException {
    Host best = null;
    for (Host h : hosts.values()) {
      if (!h.isEmpty() && (best == null || h.readyAtNanos < best.readyAtNanos)) {
        best = h;
      }
    }
    if (best == null) {
      return null;
    }
    long waitNanos = best.readyAtNanos - System.nanoTime();
    if (waitNanos > 0) {
      Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
    }
    size--;
    return best.front.isEmpty() ? best.queue.poll().item : best.front.pollFirst();
  }

  /** Empties the frontier, returning what was still waiting. */
  java.util.List<CrawlItem> drain() {
    java.util.List<CrawlItem> left = new java.util.ArrayList<>();
    for (Host h : hosts.values()) {
      left.addAll(h.front);
      h.queue.forEach(q -> left.add(q.item));
      h.front.clear();
      h.queue.clear();
    }
    size = 0;
    return left;
  }

  private Host host(String url) {
    return hosts.computeIfAbsent(originOf(url), o -> new Host());
  }
}
