package dev.recaps.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * robots.txt rules per origin (RFC 9309 via crawler-commons): 2xx parsed, 4xx allow all, 5xx and
 * unreachable disallow all; the Crawl-delay is honoured up to the configured cap.
 */
final class RobotsPolicy {
  private final SimpleRobotRulesParser parser;
  private final List<String> robotNames;
  private final long delayMs;
  private final long maxCrawlDelayMs;
  private final Map<String, BaseRobotRules> rules = new HashMap<>();

  RobotsPolicy(CrawlConfig config) {
    // crawler-commons disallows a whole site whose Crawl-delay exceeds its maximum; we want to
    // crawl such a site slowly instead, so the parser accepts any delay and we cap it ourselves.
    this.parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
    this.robotNames = List.of(productToken(config.userAgent()));
    this.delayMs = config.delayMs();
    this.maxCrawlDelayMs = config.maxCrawlDelayMs();
  }

  /** The robots.txt product token of a user agent: {@code RecapsBot/0.1 (...)} gives recapsbot. */
  static String productToken(String userAgent) {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
  }

  boolean known(String origin) {
    return rules.containsKey(origin);
  }

  /** Records a robots.txt answered with 2xx. */
  void parsed(String origin, HttpResult result) {
    rules.put(origin, parser.parseContent(origin + "/robots.txt", result.body(),
        result.contentType(), robotNames));
  }

  /** Records a robots.txt that answered a non-2xx status (after redirects). */
  void failed(String origin, int status) {
    rules.put(origin, parser.failedFetch(status));
  }

  /** Records a robots.txt that could not be fetched at all: treated as unreachable. */
  void unreachable(String origin) {
    rules.put(origin, parser.failedFetch(503));
  }

  boolean allowed(String origin, String url) {
    BaseRobotRules r = rules.get(origin);
    return r == null || r.isAllowed(url);
  }

  /** Wait between two requests to the origin: our delay, or a longer Crawl-delay up to the cap. */
  long delayMs(String origin) {
    BaseRobotRules r = rules.get(origin);
    if (r == null || r.getCrawlDelay() == BaseRobotRules.UNSET_CRAWL_DELAY) {
      return delayMs;
    }
    return Math.max(delayMs, Math.min(r.getCrawlDelay(), maxCrawlDelayMs));
  }

  /** {@code Sitemap:} lines of the origin's robots.txt. */
  List<String> sitemaps(String origin) {
    BaseRobotRules r = rules.get(origin);
    return r == null ? List.of() : List.copyOf(r.getSitemaps());
  }
}
