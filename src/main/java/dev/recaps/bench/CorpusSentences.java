package dev.recaps.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sentences of the real recaps in {@code corpus/} (front matter, headings, images, tables and
 * code dropped), which the generator reshuffles into new Korean paragraphs.
 */
record CorpusSentences(List<String> sentences) {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+");
  private static final Pattern LIST_MARKER = Pattern.compile("^([-*+]|\\d+[.)])\\s+");
  private static final Pattern MARKUP_LINE = Pattern.compile("^(#|!\\[|\\||```|>|<|https?://|\\[).*");
  private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^[A-Za-z_]+:\\s.*");

  /** Shortest kept sentence: shorter fragments are mostly captions and link labels. */
  static final int MIN_CHARS = 15;

  static CorpusSentences read(Path corpusDir) throws IOException {
    if (!Files.isDirectory(corpusDir)) {
      throw new IOException("corpus folder " + corpusDir.toAbsolutePath()
          + " not found: the generator reshuffles its real recaps; pass --corpus DIR");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(corpusDir)) {
      files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .sorted().toList();
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(sentencesOf(Files.readString(f, StandardCharsets.UTF_8)));
    }
    if (out.isEmpty()) {
      throw new IOException("no usable sentences in " + corpusDir.toAbsolutePath() + " (.md/.txt recaps)");
    }
    return new CorpusSentences(List.copyOf(out));
  }

  static List<String> sentencesOf(String text) {
    List<String> out = new ArrayList<>();
    String[] lines = text.replace("\r", "").split("\n");
    int start = skipFrontMatter(lines);
    for (int i = start; i < lines.length; i++) {
      String line = lines[i].strip();
      if (MARKUP_LINE.matcher(line).matches() || FRONT_MATTER_KEY.matcher(line).matches()) {
        continue;
      }
      line = LIST_MARKER.matcher(line).replaceFirst("").replace("**", "").replace("`", "");
      for (String s : SENTENCE_END.split(line)) {
        if (s.strip().length() >= MIN_CHARS) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  private static int skipFrontMatter(String[] lines) {
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return 0;
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        return i + 1;
      }
    }
    return 0;
  }
}
