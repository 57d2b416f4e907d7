package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class JsonAnswerTest {
  @Test
  void tagIgnoresOnlyTheVolatileNumber() {
    String a = "{\"query\":\"k\",\"total\":3,\"tookMs\":12,\"hits\":[]}";
    String b = "{\"query\":\"k\",\"total\":3,\"tookMs\":7,\"hits\":[]}";
    String c = "{\"query\":\"k\",\"total\":4,\"tookMs\":7,\"hits\":[]}";
    assertEquals(JsonAnswer.etag(a, "tookMs"), JsonAnswer.etag(b, "tookMs"));
    assertNotEquals(JsonAnswer.etag(b, "tookMs"), JsonAnswer.etag(c, "tookMs"));
    assertNotEquals(JsonAnswer.etag(a, null), JsonAnswer.etag(b, null));
    assertEquals("\"cbf29ce484222325\"", JsonAnswer.etag("", null));
  }
}
