package dev.recaps.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper.Builder;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of Recaps, shared by the HTTP API and the CLI's {@code --json}: record
 * components in declaration order, ISO-8601 dates and instants, and every field present (null
 * rather than missing) so scripts can rely on the names.
 */
public final class JsonMapper {
  private JsonMapper() {}

  /** A new, fully configured mapper; cheap enough to create once per server or command. */
  public static ObjectMapper create() {
    Builder builder =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    return builder.build();
  }
}
