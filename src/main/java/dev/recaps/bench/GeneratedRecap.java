package dev.recaps.bench;

import dev.recaps.model.Enrichment;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One generated recap post: what a blog page would show (title, Markdown body with {@code ##}
 * headings, author, date, tags, URL) plus the facets it was generated for, which the bench uses as
 * front-matter facets and as the ground truth of relevance judgments.
 *
 * @param index position in the generated corpus (the generator is random-access by index)
 * @param lang {@code ko}, {@code en} or {@code mixed}
 * @param body Markdown: paragraphs separated by blank lines, section titles as {@code ## } lines
 * @param truth the conference, year, speakers (headline speaker first) and topics (main topic
 *     first) the post is about
 */
record GeneratedRecap(
    int index,
    String id,
    String url,
    String site,
    String lang,
    String title,
    List<String> headings,
    String body,
    String author,
    LocalDate published,
    List<String> tags,
    Enrichment truth) {

  /** The file a blogging tool would keep: YAML front matter (Hexo/Jekyll style) and the body. */
  String markdown() {
    StringBuilder md = new StringBuilder(body.length() + 512);
    md.append("---\n");
    md.append("title: ").append(yaml(title)).append('\n');
    md.append("date: ").append(published).append('\n');
    md.append("author: ").append(yaml(author)).append('\n');
    md.append("url: ").append(url).append('\n');
    md.append("tags: ").append(yamlList(tags)).append('\n');
    md.append("conference: ").append(yaml(truth.conference())).append('\n');
    md.append("year: ").append(truth.year()).append('\n');
    md.append("speakers: ").append(yamlList(truth.speakers())).append('\n');
    md.append("topics: ").append(yamlList(truth.topics())).append('\n');
    md.append("---\n\n");
    md.append(body);
    return md.toString();
  }

  /** Characters of text a search engine indexes for this post (title and body). */
  long chars() {
    return title.length() + (long) body.length();
  }

  private static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String yamlList(List<String> values) {
    return values.stream().map(GeneratedRecap::yaml).collect(Collectors.joining(", ", "[", "]"));
  }
}
