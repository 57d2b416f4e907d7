package dev.recaps.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a jsoup element to recap plain text: headings h1 to h4 on their own lines and recorded,
 * code blocks verbatim, block elements separated, media and form controls dropped.
 */
final class HtmlTextRenderer {
  /** Elements whose content is never text a reader sees as the post. */
  private static final Set<String> SKIPPED =
      Set.of(
          "script", "style", "noscript", "template", "head", "img", "picture", "svg", "video",
          "audio", "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea",
          "map", "source", "track");

  private static final Set<String> PARAGRAPHS =
      Set.of(
          "p", "div", "section", "article", "main", "blockquote", "figure", "figcaption", "header",
          "footer", "aside", "nav", "ul", "ol", "dl", "table", "form", "address", "details",
          "summary", "hr", "center", "fieldset");

  private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption", "thead", "tbody");

  /** Headings from h1 to this level are recorded as section headings; h5 and h6 are only lines. */
  static final int MAX_RECORDED_HEADING = 4;

  private HtmlTextRenderer() {}

  /** Renders {@code root} into a new builder. */
  static TextBuilder render(Element root) {
    TextBuilder out = new TextBuilder();
    renderInto(root, out);
    return out;
  }

  /** Renders {@code root} into {@code out}. */
  static void renderInto(Element root, TextBuilder out) {
    for (Node child : root.childNodes()) {
      renderNode(child, out);
    }
  }

  private static void renderNode(Node node, TextBuilder out) {
    if (node instanceof TextNode text) {
      out.text(text.getWholeText());
      return;
    }
    if (!(node instanceof Element el)) {
      return; // comments, doctype, data nodes
    }
    String tag = el.normalName();
    if (SKIPPED.contains(tag)) {
      return;
    }
    int level = headingLevel(tag);
    if (level > 0) {
      if (level <= MAX_RECORDED_HEADING) {
        out.heading(level, el.text());
      } else {
        out.paragraphBreak();
        out.text(el.text());
        out.paragraphBreak();
      }
    } else if (tag.equals("pre")) {
      out.preformatted(el.wholeText());
    } else if (tag.equals("br")) {
      out.lineBreak();
    } else if (PARAGRAPHS.contains(tag)) {
      out.paragraphBreak();
      renderInto(el, out);
      out.paragraphBreak();
    } else if (LINES.contains(tag)) {
      out.lineBreak();
      renderInto(el, out);
      out.lineBreak();
    } else if (tag.equals("td") || tag.equals("th")) {
      out.text(" ");
      renderInto(el, out);
      out.text(" ");
    } else {
      renderInto(el, out);
    }
  }

  private static int headingLevel(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
        ? tag.charAt(1) - '0'
        : 0;
  }
}
