package dev.recaps.crawl;

/**
 * Keys of {@link FetchedPage#hints()}: facts the crawler learned from feeds, sitemaps and frames
 * that the extractor cannot see on the page itself.
 */
public final class PageHints {
  /** Publication date of the feed entry that linked the page, ISO-8601 as the feed gave it. */
  public static final String FEED_DATE = "feedDate";
  /** Title of the feed entry that linked the page. */
  public static final String FEED_TITLE = "feedTitle";
  /** Author of the feed entry that linked the page. */
  public static final String FEED_AUTHOR = "feedAuthor";
  /** Categories of the feed entry, joined by {@code ", "}. */
  public static final String FEED_CATEGORIES = "feedCategories";
  /** {@code <lastmod>} of the sitemap entry, ISO-8601. */
  public static final String SITEMAP_LASTMOD = "sitemapLastmod";
  /**
   * Set on a Naver Blog outer page: the URL of the {@code PostView} page holding the post. The
   * outer page is a frame shell, not an article.
   */
  public static final String NAVER_POST_VIEW = "naverPostView";
  /** Set on a page that was found as the main frame of another page: that outer page's URL. */
  public static final String FRAME_OF = "frameOf";
  /** The page's own {@code <link rel=canonical>}, normalized, when it differs from its URL. */
  public static final String CANONICAL = "canonical";

  private PageHints() {}
}
