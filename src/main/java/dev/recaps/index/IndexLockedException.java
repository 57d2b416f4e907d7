package dev.recaps.index;

import java.io.IOException;

/** Another process holds the index writer lock; the message names it and says what to do. */
public class IndexLockedException extends IOException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
