package dev.recaps.crawl;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a sources file: one http(s) URL a line, {@code #} starts a comment, blank lines ignored. */
public final class SourcesFile {

  /** A sources file line that is not an absolute http(s) URL. */
  public static final class InvalidSourceException extends IOException {
    public InvalidSourceException(String message) {
      super(message);
    }
  }

  private SourcesFile() {}

  /**
   * The URLs of the file in order; throws with {@code file:line: reason} on the first bad line, so
   * a typo is fixed instead of silently crawling less.
   */
  public static List<String> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf(" #");
      String content = (line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line)
          .strip();
      if (content.isEmpty()) {
        continue;
      }
      String problem = problem(content);
      if (problem != null) {
        throw new InvalidSourceException(file + ":" + (i + 1) + ": " + problem + ": " + content);
      }
      urls.add(content);
    }
    return urls;
  }

  private static String problem(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "not an http(s) URL";
      }
      if (uri.getHost() == null) {
        return "URL has no host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "malformed URL (" + e.getReason() + ")";
    }
  }
}
