package dev.recaps.extract;

import java.util.Locale;

/**
 * Tells binary content from text before decoding, so an image or archive renamed to {@code .txt}
 * is skipped instead of indexed as mojibake.
 */
final class BinarySniffer {
  /** Only the start is inspected: binary formats show themselves in their headers. */
  static final int SNIFF_BYTES = 8192;

  /**
   * Control characters (other than tab, newline, carriage return, form feed and escape) above this
   * share of the sniffed bytes mean binary; real text has almost none.
   */
  static final double MAX_CONTROL_SHARE = 0.10;

  private BinarySniffer() {}

  /** Returns why the bytes look binary, or {@code null} when they look like text. */
  static String binaryReason(byte[] bytes) {
    if (startsWithUtf16Bom(bytes)) {
      return null; // UTF-16 text is full of NUL bytes by design
    }
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return "NUL byte at offset " + i;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    if (n > 0 && (double) controls / n > MAX_CONTROL_SHARE) {
      return String.format(
          Locale.ROOT, "%d%% control characters in the first %d bytes", 100 * controls / n, n);
    }
    return null;
  }

  private static boolean startsWithUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }
}
