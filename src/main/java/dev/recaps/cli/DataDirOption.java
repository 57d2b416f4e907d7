package dev.recaps.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command, defaulting to {@code $RECAPS_DATA} or {@code data}. */
public final class DataDirOption {
  /** Environment variable that moves the data directory when {@code --data} is not given. */
  public static final String ENV = "RECAPS_DATA";

  public static final String DEFAULT = "data";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (index, archive, crawl state, user dictionaries). Default: $"
          + ENV + " or ./" + DEFAULT + ".")
  Path data;

  /** The data directory in effect. */
  public Path root() {
    if (data != null) {
      return data;
    }
    String env = System.getenv(ENV);
    return Path.of(env == null || env.isBlank() ? DEFAULT : env);
  }

  public Path index() {
    return root().resolve("index");
  }

  /** Where users put their own dictionary files (merged with the bundled ones at start). */
  public Path dictionaries() {
    return root().resolve("dictionaries");
  }
}
