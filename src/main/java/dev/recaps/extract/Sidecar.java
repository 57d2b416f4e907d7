package dev.recaps.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the YAML file a user puts next to a corpus file ({@code NAME.meta.yaml} or
 * {@code NAME.yaml}) to state or correct its metadata; its keys win over the file's own.
 */
final class Sidecar {
  /** Suffixes tried in order after the file's base name. */
  static final List<String> SUFFIXES = List.of(".meta.yaml", ".meta.yml", ".yaml", ".yml");

  /** Sidecars are a few lines; anything bigger is not one. */
  static final long MAX_BYTES = 64 * 1024;

  private Sidecar() {}

  /** The fields of the sidecar of {@code file}, or {@link YamlFields#NONE} when it has none. */
  static YamlFields readFor(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    for (String suffix : SUFFIXES) {
      Path candidate = file.resolveSibling(base + suffix);
      if (Files.isRegularFile(candidate)) {
        return read(candidate);
      }
    }
    return YamlFields.NONE;
  }

  private static YamlFields read(Path sidecar) throws IOException {
    String what = "sidecar " + sidecar.getFileName();
    if (Files.size(sidecar) > MAX_BYTES) {
      return new YamlFields(
          Map.of(), List.of(what + " is larger than " + MAX_BYTES + " bytes; ignored"));
    }
    String yaml = TextDecoder.decode(Files.readAllBytes(sidecar), null).text();
    return YamlFieldsReader.read(yaml, what, 1);
  }
}
