package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The web layer is HTTP only: it talks to the engine through model and search, never Lucene or jsoup. */
class WebPackageBoundaryTest {
  @Test
  void webImportsOnlyModelSearchAndHttpLibraries() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/recaps/web"))) {
      List<String> forbidden = files.flatMap(WebPackageBoundaryTest::imports)
          .filter(i -> i.startsWith("org.apache.lucene") || i.startsWith("org.jsoup")
              || (i.startsWith("dev.recaps.") && !i.startsWith("dev.recaps.model.") && !i.startsWith("dev.recaps.search.")))
          .toList();
      assertEquals(List.of(), forbidden);
    }
  }

  private static Stream<String> imports(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith("import "))
          .map(l -> l.replaceFirst("import (static )?", "").replace(";", "").strip());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
