package dev.recaps.crawl;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of one crawl run; {@link #defaults()} holds the polite defaults in one place so the CLI
 * help, the docs and a test all see the same values.
 *
 * @param maxCrawlDelayMs cap for a robots.txt {@code Crawl-delay} and for any single back-off wait
 * @param connectTimeout budget for opening the connection; jsoup has one per-request timeout, which
 *     is set to {@code connectTimeout + readTimeout}
 * @param readTimeout budget for receiving the response once connected
 * @param maxBodyBytes a larger body is skipped as "too large", never truncated
 * @param include only URLs matching this are fetched (seeds excepted); {@code null} means all
 * @param exclude URLs matching this are never fetched; {@code null} means none
 * @param refresh ignore stored validators: fetch everything unconditionally and hand it on again
 * @param sameSiteOnly stay on the seeds' hosts (and tenants of multi-tenant platforms)
 * @param maxPerPathPattern bound on link-discovered URLs sharing one path shape (digits folded),
 *     the backstop against calendar-style link traps
 */
public record CrawlConfig(
    String userAgent,
    int maxPages,
    int maxDepth,
    long delayMs,
    long maxCrawlDelayMs,
    Duration connectTimeout,
    Duration readTimeout,
    int maxBodyBytes,
    int maxRedirects,
    int maxRetries,
    Pattern include,
    Pattern exclude,
    boolean refresh,
    boolean sameSiteOnly,
    int maxPerPathPattern) {

  public static final String DEFAULT_USER_AGENT =
      "RecapsBot/0.1 (+https://github.com/recaps-dev/recaps)";
  public static final int DEFAULT_MAX_PAGES = 1000;
  public static final int DEFAULT_MAX_DEPTH = 5;
  public static final long DEFAULT_DELAY_MS = 1000;
  public static final long DEFAULT_MAX_CRAWL_DELAY_MS = 30_000;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
  public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  public static final int DEFAULT_MAX_RETRIES = 3;
  public static final int DEFAULT_MAX_PER_PATH_PATTERN = 200;

  public CrawlConfig {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("user agent must not be blank");
    }
    requireAtLeast("max pages", maxPages, 1);
    requireAtLeast("max depth", maxDepth, 0);
    requireAtLeast("delay ms", delayMs, 0);
    requireAtLeast("max crawl delay ms", maxCrawlDelayMs, delayMs);
    requireAtLeast("max body bytes", maxBodyBytes, 1);
    requireAtLeast("max redirects", maxRedirects, 0);
    requireAtLeast("max retries", maxRetries, 0);
    requireAtLeast("max per path pattern", maxPerPathPattern, 1);
    if (maxBodyBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException("max body bytes must be below " + Integer.MAX_VALUE);
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
        || readTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /** The polite defaults: named user agent, 1 s per host, 1000 pages, depth 5, 5 MiB bodies. */
  public static CrawlConfig defaults() {
    return new CrawlConfig(
        DEFAULT_USER_AGENT, DEFAULT_MAX_PAGES, DEFAULT_MAX_DEPTH, DEFAULT_DELAY_MS,
        DEFAULT_MAX_CRAWL_DELAY_MS, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
        DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_MAX_RETRIES, null, null, false, true,
        DEFAULT_MAX_PER_PATH_PATTERN);
  }

  /** A builder starting from these settings, for the CLI's options and for tests. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void requireAtLeast(String name, long value, long min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
  }

  /** Changes a few settings of an existing config; validation runs in {@link #build()}. */
  public static final class Builder {
    private String userAgent;
    private int maxPages;
    private int maxDepth;
    private long delayMs;
    private long maxCrawlDelayMs;
    private Duration connectTimeout;
    private Duration readTimeout;
    private int maxBodyBytes;
    private int maxRedirects;
    private int maxRetries;
    private Pattern include;
    private Pattern exclude;
    private boolean refresh;
    private boolean sameSiteOnly;
    private int maxPerPathPattern;

    private Builder(CrawlConfig c) {
      userAgent = c.userAgent;
      maxPages = c.maxPages;
      maxDepth = c.maxDepth;
      delayMs = c.delayMs;
      maxCrawlDelayMs = c.maxCrawlDelayMs;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      maxBodyBytes = c.maxBodyBytes;
      maxRedirects = c.maxRedirects;
      maxRetries = c.maxRetries;
      include = c.include;
      exclude = c.exclude;
      refresh = c.refresh;
      sameSiteOnly = c.sameSiteOnly;
      maxPerPathPattern = c.maxPerPathPattern;
    }

    public Builder userAgent(String v) { userAgent = v; return this; }
    public Builder maxPages(int v) { maxPages = v; return this; }
    public Builder maxDepth(int v) { maxDepth = v; return this; }
    public Builder delayMs(long v) { delayMs = v; return this; }
    public Builder maxCrawlDelayMs(long v) { maxCrawlDelayMs = v; return this; }
    public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
    public Builder readTimeout(Duration v) { readTimeout = v; return this; }
    public Builder maxBodyBytes(int v) { maxBodyBytes = v; return this; }
    public Builder maxRedirects(int v) { maxRedirects = v; return this; }
    public Builder maxRetries(int v) { maxRetries = v; return this; }
    public Builder include(Pattern v) { include = v; return this; }
    public Builder exclude(Pattern v) { exclude = v; return this; }
    public Builder refresh(boolean v) { refresh = v; return this; }
    public Builder sameSiteOnly(boolean v) { sameSiteOnly = v; return this; }
    public Builder maxPerPathPattern(int v) { maxPerPathPattern = v; return this; }

    public CrawlConfig build() {
      return new CrawlConfig(
          userAgent, maxPages, maxDepth, delayMs, maxCrawlDelayMs, connectTimeout, readTimeout,
          maxBodyBytes, maxRedirects, maxRetries, include, exclude, refresh, sameSiteOnly,
          maxPerPathPattern);
    }
  }
}
