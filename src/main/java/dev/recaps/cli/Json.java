package dev.recaps.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.recaps.web.JsonMapper;

/** Prints values in exactly the JSON form the HTTP API uses. */
final class Json {
  private Json() {}

  static String write(Object value) throws JsonProcessingException {
    return JsonMapper.create().writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }
}
