package dev.recaps.crawl;

/**
 * What a {@link PageSink} did with a page: indexed it, or skipped it for a short reason that the
 * crawl report counts ({@code "not an article"}, {@code "duplicate"}, {@code "not a recap"}).
 */
public record SinkOutcome(boolean indexed, String skipReason) {

  public SinkOutcome {
    if (indexed && skipReason != null) {
      throw new IllegalArgumentException("an indexed page has no skip reason");
    }
    if (!indexed && (skipReason == null || skipReason.isBlank())) {
      throw new IllegalArgumentException("a skipped page needs a reason");
    }
  }

  public static SinkOutcome ofIndexed() {
    return new SinkOutcome(true, null);
  }

  public static SinkOutcome ofSkipped(String reason) {
    return new SinkOutcome(false, reason);
  }
}
