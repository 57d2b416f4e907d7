package dev.recaps.search;

import java.nio.file.Path;

/** There is no index at the expected place yet; the message says how to build one. */
public class IndexNotFoundYetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexNotFoundYetException(Path indexDir) {
    super("there is no index at " + indexDir + " yet: run `recaps index` (or `recaps serve`, which"
        + " indexes corpus/ on first start), or point --data at an existing data directory");
  }
}
