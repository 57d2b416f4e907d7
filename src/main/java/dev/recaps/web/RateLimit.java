package dev.recaps.web;

/**
 * How many requests one client (remote address) may make: a sustained rate plus a burst, so that a
 * page load or fast typing in the widget passes while a flood from one address gets 429 answers.
 *
 * @param perSecond sustained requests per second per address; 0 turns the limit off
 * @param burst requests an idle client may make at once
 */
public record RateLimit(double perSecond, int burst) {
  /** 50 requests/s with bursts of 200: far above a person typing, far below a flood. */
  public static final RateLimit DEFAULT = new RateLimit(50, 200);

  /** No limit, for a server behind a proxy that limits (all clients share the proxy's address). */
  public static final RateLimit OFF = new RateLimit(0, 0);

  public RateLimit {
    if (perSecond < 0 || Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("rate limit must be 0 (off) or a positive number of requests per second, not " + perSecond);
    }
    if (perSecond > 0 && burst < 1) {
      throw new IllegalArgumentException("rate limit burst must be at least 1, not " + burst);
    }
  }

  /** {@code perSecond} requests per second with bursts of four seconds' worth; 0 turns it off. */
  public static RateLimit perSecond(double perSecond) {
    return perSecond == 0 ? OFF : new RateLimit(perSecond, (int) Math.max(1, Math.ceil(perSecond * 4)));
  }

  public boolean enabled() {
    return perSecond > 0;
  }
}
