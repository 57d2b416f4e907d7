package dev.recaps.crawl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Crawls blogs, feeds, sitemaps and posts politely, archives every kept response into WARC files
 * under {@code <data>/archive/}, remembers validators under {@code <data>/crawl/} for the next run,
 * and hands every kept HTML page to a {@link PageSink}; it extracts nothing itself.
 */
public final class Crawler {
  private final CrawlConfig config;
  private final Path dataDir;
  private final PageSink sink;
  private final CrawlProgress progress;
  private final UrlNormalizer normalizer;
  private final Map<String, String> tenantRules;

  public Crawler(CrawlConfig config, Path dataDir, PageSink sink, CrawlProgress progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.progress = progress == null ? CrawlProgress.NONE : progress;
    this.normalizer = UrlNormalizer.load(dataDir);
    this.tenantRules = Scope.loadTenantRules(dataDir);
  }

  /** Where the WARC files of a data directory live. */
  public static Path archiveDir(Path dataDir) {
    return dataDir.resolve("archive");
  }

  /** Where the crawl state of a data directory lives. */
  public static Path stateDir(Path dataDir) {
    return dataDir.resolve("crawl");
  }

  /**
   * Crawls from the seeds (site roots, posts, feeds or sitemaps). Per-page problems are counted
   * in the report; an unusable seed or an unwritable data directory throws.
   *
   * @throws IllegalArgumentException when there is no seed or a seed is not an http(s) URL
   * @throws IOException when the archive or the crawl state cannot be written
   */
  public CrawlReport crawl(List<String> seeds) throws IOException {
    List<String> normalized = new ArrayList<>();
    for (String seed : seeds) {
      String url = normalizer.normalize(seed);
      if (url == null) {
        throw new IllegalArgumentException("not an http(s) URL: " + seed);
      }
      if (!normalized.contains(url)) {
        normalized.add(url);
      }
    }
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("no URL to crawl");
    }
    try (CrawlState state = CrawlState.open(stateDir(dataDir));
        WarcArchive archive = new WarcArchive(archiveDir(dataDir))) {
      Scope scope = new Scope(config, tenantRules, new AddressGuard());
      return new CrawlRun(config, normalizer, scope, archive, state, sink, progress)
          .run(normalized);
    }
  }
}
