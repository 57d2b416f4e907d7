package dev.recaps.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns from a corpus folder's {@code .recapsignore} (one a line, {@code #} comments) naming
 * files that are not recaps, such as the folder's README or source list.
 */
record IgnoreRules(List<PathMatcher> matchers) {
  static final String FILE = ".recapsignore";

  static IgnoreRules load(Path folder) throws IOException {
    Path f = folder.resolve(FILE);
    List<PathMatcher> out = new ArrayList<>();
    if (Files.isRegularFile(f)) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String glob = line.strip();
        if (!glob.isEmpty() && !glob.startsWith("#")) {
          out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
      }
    }
    return new IgnoreRules(List.copyOf(out));
  }

  boolean ignores(Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative) || m.matches(relative.getFileName()));
  }
}
