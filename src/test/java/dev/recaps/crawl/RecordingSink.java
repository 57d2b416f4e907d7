package dev.recaps.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test sink: a page whose URL contains {@code /posts/} (or a Naver PostView) is an article. */
final class RecordingSink implements PageSink {
  final List<FetchedPage> pages = new ArrayList<>();

  @Override
  public SinkOutcome accept(FetchedPage page) {
    pages.add(page);
    return isArticle(page) ? SinkOutcome.ofIndexed() : SinkOutcome.ofSkipped("not an article");
  }

  static boolean isArticle(FetchedPage page) {
    return (page.finalUrl().contains("/posts/") || page.finalUrl().contains("PostView"))
        && page.hint(PageHints.NAVER_POST_VIEW) == null;
  }

  /** Handed pages by final URL relative to {@code base}, each marked article or listing. */
  Map<String, String> outcomes(String base) {
    Map<String, String> out = new TreeMap<>();
    for (FetchedPage p : pages) {
      out.put(p.finalUrl().replace(base, ""), isArticle(p) ? "article" : "listing");
    }
    return out;
  }

  FetchedPage page(String finalUrl) {
    return pages.stream().filter(p -> p.finalUrl().equals(finalUrl)).findFirst().orElseThrow();
  }
}
