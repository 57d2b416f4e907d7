package dev.recaps.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decides whether a page is one post (ARTICLE), a page of links to posts (LISTING) or has too
 * little text to be either (EMPTY), so that crawling a blog's home, tag and archive pages does not
 * index them as recaps.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>A listing URL is a listing: the home page, {@code /page/N}, {@code ?page=N}, {@code
 *       /tag(s)/}, {@code /category/}, {@code /categories/}, {@code /label(s)/}, {@code /author/},
 *       {@code /series/}, {@code /search}, {@code /archive(s)} alone or with a year/month (but not
 *       WordPress's {@code /archives/123} post permalinks), and bare {@code /2021/} or {@code
 *       /2021/12/} date archives.
 *   <li>A page that declares itself an article (og:type=article or a JSON-LD Article) is one when
 *       its main text has at least {@value #MIN_DECLARED_LETTERS} letters; a link round-up post is
 *       still a post.
 *   <li>A main block holding at least {@value #MIN_LISTING_POST_LINKS} links to other pages of the
 *       same site is a listing when links make up at least {@value #MAX_ARTICLE_LINK_DENSITY} of
 *       its text or there are fewer than {@value #MIN_LETTERS_PER_POST_LINK} letters per link
 *       (teasers); og:type=website with that many post links is a listing too. Three or more
 *       {@code <article>} elements on a page are a listing of cards.
 *   <li>A main text of at least {@value #MIN_ARTICLE_LETTERS} letters with link density at most
 *       {@value #MAX_ARTICLE_LINK_DENSITY} is an article.
 *   <li>Anything else: LISTING when mostly links, else EMPTY (too little text).
 * </ol>
 *
 * <p>Lengths are in letter units ({@link Texts#letterUnits}): a Hangul syllable counts 2, a Latin
 * letter 1, so the 300-unit floor is about 150 syllables of Korean or 60 words of English, a few
 * sentences either way.
 */
final class PageClassifier {
  static final int MIN_ARTICLE_LETTERS = 300;
  static final int MIN_DECLARED_LETTERS = 80;
  static final int MIN_LISTING_POST_LINKS = 5;
  static final double MAX_ARTICLE_LINK_DENSITY = 0.5;
  static final int MIN_LETTERS_PER_POST_LINK = 120;
  static final int MIN_ARTICLE_CARDS = 3;

  private static final Pattern LISTING_PATH =
      Pattern.compile(
          "^/?(?:index\\.(?:html?|php))?$"
              + "|/page/\\d+/?$"
              + "|/(?:tags?|categor(?:y|ies)|labels?|author|authors|series|search)(?:/|$)"
              + "|/archives?(?:/\\d{4}(?:/\\d{1,2})?)?/?$"
              + "|^/\\d{4}(?:/\\d{1,2})?/?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LISTING_QUERY =
      Pattern.compile("(?:^|&)(?:page|paged|s|q|query|tag|category)=", Pattern.CASE_INSENSITIVE);

  /** The verdict and, when not an article, why. */
  record Verdict(PageType type, String reason) {}

  /** What the classifier looks at, gathered by the extractor. */
  record Signals(
      String url, String ogType, boolean jsonLdArticle, Element content, Document doc) {}

  private PageClassifier() {}

  static Verdict classify(Signals s) {
    URI uri = parse(s.url());
    String listingUrl = listingUrlReason(uri);
    if (listingUrl != null) {
      return new Verdict(PageType.LISTING, listingUrl);
    }
    String text = s.content().text();
    long letters = Texts.letterUnits(text);
    double density = Texts.linkDensity(s.content());
    boolean declared = "article".equals(s.ogType()) || s.jsonLdArticle();
    if (declared) {
      return letters >= MIN_DECLARED_LETTERS
          ? new Verdict(PageType.ARTICLE, null)
          : new Verdict(PageType.EMPTY, "declared an article but its main text has only " + letters + " letter units");
    }
    int postLinks = postLinks(s.content(), uri);
    if (postLinks >= MIN_LISTING_POST_LINKS
        && (density >= MAX_ARTICLE_LINK_DENSITY
            || letters / postLinks < MIN_LETTERS_PER_POST_LINK
            || "website".equals(s.ogType()))) {
      return new Verdict(PageType.LISTING, "main content is a list of " + postLinks + " links to posts");
    }
    int cards = s.doc().select("article:has(a[href])").size();
    if (cards >= MIN_ARTICLE_CARDS) {
      return new Verdict(PageType.LISTING, cards + " <article> cards on one page");
    }
    if (letters >= MIN_ARTICLE_LETTERS && density <= MAX_ARTICLE_LINK_DENSITY) {
      return new Verdict(PageType.ARTICLE, null);
    }
    if (density > MAX_ARTICLE_LINK_DENSITY) {
      return new Verdict(PageType.LISTING, String.format(Locale.ROOT, "%.0f%% of the main text is links", density * 100));
    }
    return new Verdict(
        PageType.EMPTY,
        "main text has only " + letters + " letter units (an article needs " + MIN_ARTICLE_LETTERS + ")");
  }

  private static String listingUrlReason(URI uri) {
    if (uri == null || uri.getRawPath() == null) {
      return null;
    }
    if (LISTING_PATH.matcher(uri.getRawPath()).find()) {
      return "URL path " + (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()) + " is a listing";
    }
    String query = uri.getRawQuery();
    if (query != null && LISTING_QUERY.matcher(query).find()) {
      return "URL query ?" + query + " is a listing";
    }
    return null;
  }

  /** Distinct links to other non-listing pages of the same site. */
  private static int postLinks(Element content, URI page) {
    if (page == null || page.getHost() == null) {
      return 0;
    }
    Set<String> seen = new HashSet<>();
    for (Element a : content.select("a[href]")) {
      URI target = resolve(page, a.attr("href"));
      if (target != null
          && Texts.letters(a.text()) >= 2
          && sameSite(page.getHost(), target.getHost())
          && target.getRawPath() != null
          && !target.getRawPath().equals(page.getRawPath())
          && listingUrlReason(target) == null) {
        seen.add(target.getRawPath() + "?" + target.getRawQuery());
      }
    }
    return seen.size();
  }

  /** Same host once {@code www.} and {@code m.} are ignored, or one a subdomain of the other. */
  static boolean sameSite(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = bare(a);
    String y = bare(b);
    return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
  }

  private static String bare(String host) {
    return host.toLowerCase(Locale.ROOT).replaceFirst("^(?:www|m)\\.", "");
  }

  static URI parse(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static URI resolve(URI page, String href) {
    try {
      return page.resolve(href.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
