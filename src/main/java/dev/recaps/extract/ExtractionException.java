package dev.recaps.extract;

/**
 * A document that cannot become a recap for a known reason; the caller counts it by {@link
 * #reason()} and goes on with the next one.
 */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final SkipReason reason;

  public ExtractionException(SkipReason reason, String detail) {
    super(reason.label() + ": " + detail);
    this.reason = reason;
  }

  public SkipReason reason() {
    return reason;
  }
}
