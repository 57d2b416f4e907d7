package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebConfigTest {
  @Test
  void defaultsAreLocalPort7070RootPathAndOpenReadOnlyApi() {
    WebConfig d = WebConfig.defaults();
    assertEquals("127.0.0.1", d.host());
    assertEquals(7070, d.port());
    assertEquals(List.of(), d.corsOrigins());
    assertEquals(List.of(), d.frameAncestors());
    assertEquals("", d.basePath());
    assertEquals(null, d.publicUrl());
  }

  @Test
  void basePathsAndOriginsAreNormalized() {
    WebConfig c = new WebConfig(null, 8080, List.of("https://Wiki.Example.com/"), List.of("*"), "recaps/", "https://x.io/r/");
    assertEquals("/recaps", c.basePath());
    assertEquals(List.of("https://wiki.example.com"), c.corsOrigins());
    assertEquals("https://x.io/r", c.publicUrl());
    assertEquals("", new WebConfig(null, 1, null, null, "/", null).basePath());
  }

  @Test
  void badValuesAreRefusedWithTheValueInTheMessage() {
    assertEquals("an origin is scheme://host[:port] such as https://wiki.example.com, not 'wiki.example.com/page'",
        assertThrows(IllegalArgumentException.class,
            () -> new WebConfig(null, 1, List.of("wiki.example.com/page"), null, "", null)).getMessage());
    assertEquals("base path must look like /recaps (letters, digits, . _ ~ - between slashes), not '/a b'",
        assertThrows(IllegalArgumentException.class, () -> new WebConfig(null, 1, null, null, "/a b", null)).getMessage());
    assertEquals("port must be between 0 and 65535, not 70000",
        assertThrows(IllegalArgumentException.class, () -> new WebConfig(null, 70000, null, null, "", null)).getMessage());
  }
}
