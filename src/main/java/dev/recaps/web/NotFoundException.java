package dev.recaps.web;

/** The caller asked for something that does not exist (an unknown recap id); answered with 404. */
final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFoundException(String message) {
    super(message);
  }
}
