package dev.recaps.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Finds the element holding a page's post body: the matching platform's selectors, then the
 * generic ones, then a text-density search; boilerplate inside it is removed.
 */
final class MainContentFinder {
  /**
   * A generic selector (article, main, …) must hold this many letter units to be trusted; shorter
   * matches are often a teaser card while the post sits in an unmarked div.
   */
  static final int MIN_GENERIC_LETTERS = 200;

  /** Paragraph-like blocks shorter than this do not vote in the density search. */
  static final int MIN_BLOCK_CHARS = 25;

  /** The content element and how it was found ({@code tistory}, {@code generic}, {@code density}). */
  record Found(Element element, String method) {}

  private final HtmlRules rules;

  MainContentFinder(HtmlRules rules) {
    this.rules = rules;
  }

  /** The first platform with a host or marker matching the page, or {@code null}. */
  Platform platformOf(String host, Document doc) {
    for (Platform p : rules.platforms()) {
      boolean generic = p.host() == null && p.marker() == null;
      if (!generic && p.matches(host, doc)) {
        return p;
      }
    }
    return null;
  }

  /** The cleaned post body of {@code doc}; never null (falls back to the body). */
  Found find(Document doc, Platform platform) {
    if (platform != null) {
      Element el = firstMatch(doc, platform.content(), 1);
      if (el != null) {
        return new Found(clean(el), platform.name());
      }
    }
    for (Platform p : rules.platforms()) {
      if (p.host() == null && p.marker() == null) {
        Element el = firstMatch(doc, p.content(), MIN_GENERIC_LETTERS);
        if (el != null) {
          return new Found(clean(el), p.name());
        }
      }
    }
    Element body = clean(doc.body().clone());
    Element densest = densest(body);
    return new Found(densest == null ? body : densest, "density");
  }

  /** For each selector in order, the match with the most letters if it has at least {@code min}. */
  private Element firstMatch(Document doc, List<Evaluator> selectors, int min) {
    for (Evaluator selector : selectors) {
      Element best = null;
      long bestLetters = 0;
      for (Element el : doc.select(selector)) {
        long letters = Texts.letterUnits(clean(el.clone()).text());
        if (letters > bestLetters) {
          best = el;
          bestLetters = letters;
        }
      }
      if (best != null && bestLetters >= min) {
        return best.clone();
      }
    }
    return null;
  }

  /** Removes boilerplate inside {@code root}, sparing elements that hold most of its text. */
  Element clean(Element root) {
    root.select("script, style, noscript, template").remove();
    long total = Math.max(1, Texts.letters(root.text()));
    for (Evaluator selector : rules.boilerplate()) {
      for (Element el : root.select(selector)) {
        if (el != root && el.parent() != null && Texts.letters(el.text()) * 2 <= total) {
          el.remove();
        }
      }
    }
    return root;
  }

  /**
   * Readability-style search: every paragraph-like block gives its parent a score for its length
   * and commas (half to the grandparent); the best parent, discounted by its link density, wins.
   */
  private static Element densest(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element block : body.select("p, pre, blockquote, td, li, div:not(:has(div, p))")) {
      String text = block.text();
      if (text.length() < MIN_BLOCK_CHARS) {
        continue;
      }
      double score = 1 + text.split("[,，、]").length + Math.min(text.length() / 100.0, 3);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - Texts.linkDensity(e.getKey()));
      if (s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    return best;
  }
}
