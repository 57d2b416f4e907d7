package dev.recaps.crawl;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Deals with a successful response: feeds and sitemaps feed discovery; an HTML page is checked
 * for changes and duplicates (content hash, canonical URL), archived, remembered in the crawl
 * state, handed to the sink, and mined for links.
 */
final class PageHandler {
  private static final System.Logger LOG = System.getLogger(PageHandler.class.getName());
  /** Bound on sitemap documents per crawl, against sitemap indexes of huge sites. */
  static final int MAX_SITEMAPS = 100;

  private final CrawlConfig config;
  private final UrlNormalizer normalizer;
  private final Discovery discovery;
  private final Frontier frontier;
  private final WarcArchive archive;
  private final CrawlState state;
  private final PageSink sink;
  private final CrawlTally tally;
  private final SitemapReader sitemaps = new SitemapReader();
  /** Content hash to the URL that holds it, this run and earlier ones: mirrors are duplicates. */
  private final Map<String, String> urlByHash = new HashMap<>();
  /** URLs (and canonical URLs) whose content went to the sink: each post goes there once. */
  private final Set<String> handed = new HashSet<>();
  private int sitemapCount;

  PageHandler(CrawlConfig config, UrlNormalizer normalizer, Discovery discovery, Frontier frontier,
      WarcArchive archive, CrawlState state, PageSink sink, CrawlTally tally) {
    this.config = config;
    this.normalizer = normalizer;
    this.discovery = discovery;
    this.frontier = frontier;
    this.archive = archive;
    this.state = state;
    this.sink = sink;
    this.tally = tally;
    for (CrawlState.Entry e : state.entries()) {
      if (e.contentHash() != null && !e.gone()) {
        urlByHash.putIfAbsent(e.contentHash(), e.url());
      }
    }
  }

  /** Whether the content of {@code url} already went to the sink under this or another URL. */
  boolean alreadyHanded(String url) {
    return handed.contains(url);
  }

  /** A 2xx response of any kind of item. */
  void handle(CrawlItem item, HttpResult r, CrawlState.Entry previous) throws IOException {
    String origin = Frontier.originOf(item.url());
    tally.fetched(origin);
    if (r.tooLarge()) {
      tally.skipped(origin, CrawlTally.TOO_LARGE);
      return;
    }
    // Entries of a feed or sitemap the user gave (or a page linked) are the point of the crawl,
    // not starting points for more: they are leaves.
    boolean entriesFollowLinks = item.kind() != CrawlItem.Kind.PAGE && item.followLinks();
    switch (ContentSniffer.classify(r.contentType(), r.body())) {
      case FEED -> readFeed(item, r, entriesFollowLinks);
      case SITEMAP -> readSitemap(item, r, entriesFollowLinks);
      case HTML -> {
        if (item.kind() == CrawlItem.Kind.PAGE) {
          handlePage(item, r, previous);
        }
      }
      case OTHER -> {
        if (item.kind() == CrawlItem.Kind.PAGE) {
          tally.skipped(origin, CrawlTally.NOT_HTML);
        } else {
          readSitemap(item, r, entriesFollowLinks); // plain-text and gzipped sitemaps
        }
      }
    }
  }

  /** A 304 (or a page whose validators matched): nothing to hand on, links still followed. */
  void unchanged(CrawlItem item, CrawlState.Entry previous, HttpResult r) throws IOException {
    unchanged(item, previous, r, null);
  }

  private void unchanged(CrawlItem item, CrawlState.Entry previous, HttpResult r,
      HtmlLinks known) throws IOException {
    String origin = Frontier.originOf(item.url());
    tally.notModified(origin);
    handed.add(item.url());
    state.put(new CrawlState.Entry(item.url(), previous.status(),
        firstNonNull(r.header("etag"), previous.etag()),
        firstNonNull(r.header("last-modified"), previous.lastModified()), previous.contentHash(),
        previous.warcRef(), false, r.fetchedAt()));
    if (known != null) {
      discover(item, known);
    } else if (item.kind() == CrawlItem.Kind.PAGE && previous.warcRef() != null) {
      try {
        FetchedPage archived = archive.read(previous.warcRef());
        discover(item, HtmlLinks.parse(archived.body(), item.url(), normalizer));
      } catch (IOException e) {
        LOG.log(System.Logger.Level.WARNING, "archived copy of {0} unreadable ({1}); its links"
            + " are not followed this time", item.url(), e.getMessage());
      }
    }
  }

  private void handlePage(CrawlItem item, HttpResult r, CrawlState.Entry previous)
      throws IOException {
    String url = item.url();
    String origin = Frontier.originOf(url);
    String hash = sha256(r.body());
    HtmlLinks links = HtmlLinks.parse(r.body(), url, normalizer);
    if (!config.refresh() && previous != null && hash.equals(previous.contentHash())
        && !previous.gone()) {
      unchanged(item, previous, r, links);
      return;
    }
    String owner = urlByHash.get(hash);
    String key = links.canonical() != null ? links.canonical() : url;
    if ((owner != null && !owner.equals(url)) || handed.contains(key) || handed.contains(url)) {
      tally.skipped(origin, CrawlTally.DUPLICATE);
      return;
    }
    handed.add(key);
    handed.add(url);
    frontier.markSeen(key);
    urlByHash.put(hash, url);
    Map<String, String> hints = hintsOf(item, links);
    if (links.mainFrame() != null && !links.mainFrame().equals(url)) {
      Map<String, String> frameHints = new HashMap<>(hints);
      frameHints.put(PageHints.FRAME_OF, url);
      discovery.frame(links.mainFrame(), item.depth(), item.followLinks(), frameHints);
      hints.put(PageHints.NAVER_POST_VIEW, links.mainFrame());
    }
    String warcRef = archive.write(r, item.requestedUrl(), hints, item.depth());
    tally.archived();
    state.put(new CrawlState.Entry(url, r.status(), r.header("etag"), r.header("last-modified"),
        hash, warcRef, false, r.fetchedAt()));
    FetchedPage page = new FetchedPage(item.requestedUrl(), url, r.status(), r.contentType(),
        r.body(), r.firstHeaderValues(), r.fetchedAt(), warcRef, hints, item.depth(), false);
    if (links.noindex() || headerSaysNoindex(r)) {
      tally.skipped(origin, CrawlTally.NOINDEX);
    } else {
      deliver(page, origin);
    }
    discover(item, links);
  }

  /**
   * A URL that now answers 404/410: when its content was archived before, the answer is archived
   * too (so a reindex knows), and the archived copy goes to the sink once more, flagged gone.
   * Returns false when nothing was known about the URL (then it is an ordinary error).
   */
  boolean gone(CrawlItem item, HttpResult r, CrawlState.Entry previous) throws IOException {
    if (previous == null || previous.warcRef() == null || previous.status() >= 300) {
      return false;
    }
    String origin = Frontier.originOf(item.url());
    archive.write(r, item.requestedUrl(), Map.of(), item.depth());
    tally.archived();
    tally.gone();
    handed.add(item.url());
    state.put(new CrawlState.Entry(item.url(), previous.status(), previous.etag(),
        previous.lastModified(), previous.contentHash(), previous.warcRef(), true, r.fetchedAt()));
    if (!previous.gone()) {
      deliver(archive.read(previous.warcRef()).asGone(), origin);
    }
    return true;
  }

  /** Hands a page to the sink and counts the outcome; a sink failure is counted, not fatal. */
  void deliver(FetchedPage page, String origin) {
    try {
      SinkOutcome outcome = sink.accept(page);
      if (outcome.indexed()) {
        tally.indexed(origin);
      } else {
        tally.skipped(origin, outcome.skipReason());
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "processing {0} failed: {1}", page.finalUrl(), e);
      tally.error(origin, "processing failed");
    }
  }

  private Map<String, String> hintsOf(CrawlItem item, HtmlLinks links) {
    Map<String, String> hints = new HashMap<>(discovery.hintsFor(item.requestedUrl()));
    hints.putAll(discovery.hintsFor(item.url()));
    hints.putAll(item.hints());
    if (links.canonical() != null && !links.canonical().equals(item.url())) {
      hints.put(PageHints.CANONICAL, links.canonical());
    }
    return hints;
  }

  private void discover(CrawlItem item, HtmlLinks links) {
    for (String feed : links.feeds()) {
      discovery.document(feed, CrawlItem.Kind.DOCUMENT, item.depth(), true);
    }
    if (item.followLinks() && !links.nofollow() && item.depth() < config.maxDepth()) {
      for (String link : links.links()) {
        discovery.link(link, item.depth() + 1);
      }
    }
  }

  private void readFeed(CrawlItem item, HttpResult r, boolean followLinks) throws IOException {
    archiveDocument(item, r);
    for (FeedReader.Entry entry : FeedReader.entries(FeedReader.parseXml(r.body(), item.url()),
        item.url(), normalizer)) {
      discovery.listed(entry, item.depth() + 1, followLinks);
    }
  }

  private void readSitemap(CrawlItem item, HttpResult r, boolean followLinks) throws IOException {
    SitemapReader.Result result;
    try {
      result = sitemaps.read(r.body(), r.contentType(), item.url(), normalizer);
    } catch (IOException e) {
      if (item.kind() == CrawlItem.Kind.DOCUMENT) {
        tally.error(Frontier.originOf(item.url()), "unreadable sitemap");
      }
      return;
    }
    archiveDocument(item, r);
    for (String child : result.sitemaps()) {
      if (++sitemapCount <= MAX_SITEMAPS) {
        discovery.document(child, CrawlItem.Kind.DOCUMENT, item.depth(), followLinks);
      }
    }
    for (FeedReader.Entry entry : result.pages()) {
      discovery.listed(entry, item.depth() + 1, followLinks);
    }
  }

  private void archiveDocument(CrawlItem item, HttpResult r) throws IOException {
    archive.write(r, item.requestedUrl(), Map.of(), item.depth());
    tally.archived();
  }

  private static boolean headerSaysNoindex(HttpResult r) {
    String tag = r.header("x-robots-tag");
    return tag != null && tag.toLowerCase(Locale.ROOT).matches(".*\\b(noindex|none)\\b.*");
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
