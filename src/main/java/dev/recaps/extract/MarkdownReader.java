package dev.recaps.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown post: YAML front matter (validated, read leniently when invalid) and the body
 * rendered to plain text with its headings.
 */
final class MarkdownReader {
  /**
   * Front matter opens with {@code ---} on the first line and closes with {@code ---} or {@code
   * ...}; without a closing line the {@code ---} is a thematic break, not front matter.
   */
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---[ \\t]*\\n(.*?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);

  /** The front matter fields and the rendered body with its headings. */
  record Result(YamlFields frontMatter, String text, List<TextBuilder.Heading> headings) {}

  private MarkdownReader() {}

  static Result read(String raw) {
    String source = raw.replace("\r\n", "\n").replace('\r', '\n');
    YamlFields fields = YamlFields.NONE;
    Matcher m = FRONT_MATTER.matcher(source);
    if (m.find()) {
      String yaml = m.group(1) == null ? "" : m.group(1);
      fields = YamlFieldsReader.read(yaml, "front matter", 2);
      source = source.substring(m.end());
    }
    TextBuilder out = MarkdownRenderer.render(source);
    return new Result(fields, out.build(), out.headings());
  }
}
