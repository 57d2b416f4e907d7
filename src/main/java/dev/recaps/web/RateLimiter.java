package dev.recaps.web;

import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Enforces a {@link RateLimit} with one token bucket per remote address, answering 429 with a
 * {@code Retry-After} when a bucket is empty; idle buckets are dropped so the table stays small.
 */
final class RateLimiter {
  /** Above this many tracked addresses, buckets that have refilled completely are forgotten. */
  static final int MAX_TRACKED = 10_000;

  private final RateLimit limit;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(RateLimit limit, LongSupplier nanoTime) {
    this.limit = limit;
    this.nanoTime = nanoTime;
  }

  /** Javalin before-handler: lets the request through or throws a 429. */
  void apply(Context ctx) {
    if (!limit.enabled()) {
      return;
    }
    long now = nanoTime.getAsLong();
    String client = ctx.ip();
    if (!buckets.computeIfAbsent(client, k -> new Bucket(limit.burst(), now)).take(now, limit)) {
      ctx.header("Retry-After", Long.toString(Math.max(1, Math.round(1 / limit.perSecond()))));
      throw new TooManyRequestsResponse("more than " + formatRate() + " requests per second from "
          + client + "; wait a moment and retry");
    }
    if (buckets.size() > MAX_TRACKED) {
      buckets.values().removeIf(b -> b.isFull(now, limit));
    }
  }

  private String formatRate() {
    double r = limit.perSecond();
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  /** Tokens of one client; synchronized per bucket so clients never wait on each other. */
  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    synchronized boolean take(long now, RateLimit limit) {
      refill(now, limit);
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }

    synchronized boolean isFull(long now, RateLimit limit) {
      refill(now, limit);
      return tokens >= limit.burst();
    }

    private void refill(long now, RateLimit limit) {
      tokens = Math.min(limit.burst(), tokens + (now - last) / 1e9 * limit.perSecond());
      last = now;
    }
  }
}
