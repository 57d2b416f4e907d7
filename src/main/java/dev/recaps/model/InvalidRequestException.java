package dev.recaps.model;

/** A caller's mistake in a search or lookup (bad parameter), reported as a 400 or a CLI error. */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
