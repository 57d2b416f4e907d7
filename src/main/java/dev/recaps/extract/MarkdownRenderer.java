package dev.recaps.extract;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Renders a Markdown body to recap plain text: link text kept and URLs dropped, images dropped,
 * code kept, HTML blocks reduced to their text, list items one per line.
 */
final class MarkdownRenderer extends AbstractVisitor {
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

  /** Immutable and thread-safe, so one instance serves every document. */
  private static final Parser PARSER = Parser.builder().build();

  private final TextBuilder out;

  private MarkdownRenderer(TextBuilder out) {
    this.out = out;
  }

  /** Parses {@code markdown} (front matter already removed) and renders it into a new builder. */
  static TextBuilder render(String markdown) {
    TextBuilder out = new TextBuilder();
    MarkdownRenderer renderer = new MarkdownRenderer(out);
    PARSER.parse(markdown).accept(renderer);
    return out;
  }

  @Override
  public void visit(Heading heading) {
    TextBuilder inline = new TextBuilder();
    new MarkdownRenderer(inline).visitChildren(heading);
    out.heading(heading.getLevel(), inline.build());
  }

  @Override
  public void visit(Paragraph paragraph) {
    boolean inList = paragraph.getParent() instanceof ListItem;
    breakBlock(inList);
    visitChildren(paragraph);
    breakBlock(inList);
  }

  @Override
  public void visit(ListItem item) {
    out.lineBreak();
    visitChildren(item);
    out.lineBreak();
  }

  @Override
  public void visit(BulletList list) {
    block(list);
  }

  @Override
  public void visit(OrderedList list) {
    block(list);
  }

  @Override
  public void visit(BlockQuote quote) {
    block(quote);
  }

  @Override
  public void visit(ThematicBreak thematicBreak) {
    out.paragraphBreak();
  }

  @Override
  public void visit(Text text) {
    out.text(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.text(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    out.text(" ");
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    out.lineBreak();
  }

  @Override
  public void visit(Image image) {
    // Alt text describes a picture nobody searching for a recap will see: dropped.
  }

  @Override
  public void visit(HtmlInline html) {
    if (BR.matcher(html.getLiteral()).matches()) {
      out.lineBreak();
    }
  }

  @Override
  public void visit(HtmlBlock html) {
    out.paragraphBreak();
    HtmlTextRenderer.renderInto(Jsoup.parseBodyFragment(html.getLiteral()).body(), out);
    out.paragraphBreak();
  }

  @Override
  public void visit(FencedCodeBlock code) {
    out.preformatted(code.getLiteral());
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    out.preformatted(code.getLiteral());
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    // A URL table, not content.
  }

  private void block(Node node) {
    out.paragraphBreak();
    visitChildren(node);
    out.paragraphBreak();
  }

  private void breakBlock(boolean inList) {
    if (inList) {
      out.lineBreak();
    } else {
      out.paragraphBreak();
    }
  }
}
