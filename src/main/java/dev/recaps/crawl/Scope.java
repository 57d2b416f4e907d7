package dev.recaps.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides which URLs a crawl may fetch: the seeds' sites (a tenant's part of multi-tenant hosts
 * such as velog or Naver Blog), the user's include/exclude patterns, and never an internal address
 * unless a seed itself is on it.
 */
final class Scope {
  static final String TENANTS_FILE = "multi-tenant-hosts.txt";

  private final CrawlConfig config;
  private final Map<String, String> tenantRules;
  private final AddressGuard guard;
  /** Seed sites as authority (www. folded) mapped to the tenant the seed belongs to, or "". */
  private final Map<String, Set<String>> sites = new HashMap<>();
  private final Set<String> internalSeedHosts = new HashSet<>();

  Scope(CrawlConfig config, Map<String, String> tenantRules, AddressGuard guard) {
    this.config = config;
    this.tenantRules = Map.copyOf(tenantRules);
    this.guard = guard;
  }

  /** Loads the bundled multi-tenant host rules merged with the user's file. */
  static Map<String, String> loadTenantRules(Path dataDir) {
    Map<String, String> rules = new HashMap<>();
    for (String line : CrawlDataFile.lines(TENANTS_FILE, dataDir,
        l -> l.matches("\\S+\\s+(segment|param=\\w+)"))) {
      String[] parts = line.split("\\s+");
      rules.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
    }
    return rules;
  }

  /** Registers a seed; its site (and tenant) becomes in scope, its host may be internal. */
  void addSeed(String url) {
    URI uri = URI.create(url);
    sites.computeIfAbsent(siteKey(uri), k -> new HashSet<>()).add(tenantOf(uri));
    if (guard.isInternal(uri.getHost())) {
      internalSeedHosts.add(uri.getHost().toLowerCase(Locale.ROOT));
    }
  }

  /** True when the host of {@code url} is a multi-tenant platform (no site-wide discovery). */
  boolean isMultiTenant(String url) {
    return tenantRules.containsKey(URI.create(url).getHost().toLowerCase(Locale.ROOT));
  }

  /** A skip reason for a discovered URL, or {@code null} when it may be fetched. */
  String rejectLink(String url) {
    URI uri = URI.create(url);
    if (config.sameSiteOnly() && !onSeedSite(uri)) {
      return CrawlTally.OFF_SITE;
    }
    if (config.exclude() != null && config.exclude().matcher(url).find()) {
      return CrawlTally.EXCLUDED;
    }
    if (config.include() != null && !config.include().matcher(url).find()) {
      return CrawlTally.EXCLUDED;
    }
    return rejectAddress(url);
  }

  /** For sitemaps, feeds and redirect hops: site and address rules, not the user's patterns. */
  String rejectDocument(String url) {
    if (config.sameSiteOnly() && !onSeedSite(URI.create(url))) {
      return CrawlTally.OFF_SITE;
    }
    return rejectAddress(url);
  }

  /** {@link CrawlTally#PRIVATE_ADDRESS} when the URL's host is internal and no seed is there. */
  String rejectAddress(String url) {
    String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
    if (!internalSeedHosts.contains(host) && guard.isInternal(host)) {
      return CrawlTally.PRIVATE_ADDRESS;
    }
    return null;
  }

  private boolean onSeedSite(URI uri) {
    Set<String> tenants = sites.get(siteKey(uri));
    if (tenants == null) {
      return false;
    }
    return tenants.contains("") || tenants.contains(tenantOf(uri));
  }

  private static String siteKey(URI uri) {
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return uri.getScheme().replace("https", "http") + "://" + host + ":" + port(uri);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return 0; // default port of either scheme: http and https of one host are one site
  }

  /** The tenant of a URL on a multi-tenant host, "" elsewhere or when the URL names none. */
  private String tenantOf(URI uri) {
    String rule = tenantRules.get(uri.getHost().toLowerCase(Locale.ROOT));
    if (rule == null) {
      return "";
    }
    if (rule.startsWith("param=")) {
      String value = queryParam(uri.getRawQuery(), rule.substring(6));
      if (value != null) {
        return value;
      }
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    List<String> segments = List.of(path.split("/")).stream().filter(s -> !s.isEmpty()).toList();
    return segments.isEmpty() || segments.get(0).contains(".") ? "" : segments.get(0);
  }

  private static String queryParam(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }
}
