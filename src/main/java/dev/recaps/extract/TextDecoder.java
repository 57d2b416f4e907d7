package dev.recaps.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes of unknown encoding into text, because Korean pages and files still come in EUC-KR
 * (often undeclared or declared wrongly) next to UTF-8.
 *
 * <p>Order: byte order mark (it cannot be wrong, so it beats any declaration, as in the WHATWG
 * encoding standard), the {@code Content-Type} header charset, a {@code <meta>} or XML declaration
 * in the first 4 KiB, then strict UTF-8, then detection. A declaration of UTF-8 that the bytes
 * contradict is ignored, because that lie is common on old Korean sites.
 */
public final class TextDecoder {
  /** How much of the document is searched for a {@code <meta charset>} declaration. */
  private static final int META_SCAN_BYTES = 4096;

  /**
   * Share of invalid sequences among non-ASCII sequences below which a mostly-UTF-8 input is
   * treated as damaged UTF-8 rather than as some other encoding.
   */
  private static final double DAMAGED_UTF8_MAX_INVALID_SHARE = 0.05;

  /** Share of non-ASCII characters that must be Hangul before bytes are taken as legacy Korean. */
  private static final double MIN_HANGUL_SHARE = 0.8;

  /** MS949 is a superset of EUC-KR that also maps the 8,822 extra Hangul syllables. */
  private static final Charset MS949 = Charset.forName("x-windows-949");

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)");

  private TextDecoder() {}

  /**
   * Decoded text.
   *
   * @param text the text, without a byte order mark
   * @param charset name of the charset used
   * @param lossy whether some bytes could not be decoded and were replaced by U+FFFD
   */
  public record Decoded(String text, String charset, boolean lossy) {}

  /** Decodes {@code bytes}, honouring {@code contentTypeHeader} (nullable) when the bytes agree. */
  public static Decoded decode(byte[] bytes, String contentTypeHeader) {
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return decodeWith(bom.charset, bytes, bom.length);
    }
    Charset declared = declared(contentTypeHeader, bytes);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return decodeDeclaredLegacy(declared, bytes);
    }
    String strict = strictly(StandardCharsets.UTF_8, bytes, 0);
    if (strict != null) {
      return new Decoded(strict, "UTF-8", false);
    }
    return decodeInvalidUtf8(bytes);
  }

  private static Decoded decodeDeclaredLegacy(Charset declared, byte[] bytes) {
    String strict = strictly(declared, bytes, 0);
    if (strict != null) {
      return new Decoded(strict, declared.name(), false);
    }
    // A page declared in a legacy charset that fails to decode is usually valid UTF-8 after a
    // migration that kept the old <meta>.
    String utf8 = strictly(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8", false);
    }
    return decodeWith(declared, bytes, 0);
  }

  /**
   * Bytes that are not UTF-8: mostly-valid UTF-8 with a few broken bytes stays UTF-8 (lossy);
   * otherwise legacy Korean is tried (detected, or MS949 that decodes cleanly to mostly Hangul);
   * anything else is UTF-8 with replacement characters, flagged lossy so the caller can warn.
   */
  private static Decoded decodeInvalidUtf8(byte[] bytes) {
    if (invalidUtf8Share(bytes) < DAMAGED_UTF8_MAX_INVALID_SHARE) {
      return decodeWith(StandardCharsets.UTF_8, bytes, 0);
    }
    if (MS949.equals(detect(bytes))) {
      return decodeWith(MS949, bytes, 0);
    }
    // The detector needs a few hundred bytes to be sure; short Korean files are checked directly.
    String korean = strictly(MS949, bytes, 0);
    if (korean != null && mostlyHangul(korean)) {
      return new Decoded(korean, MS949.name(), false);
    }
    return decodeWith(StandardCharsets.UTF_8, bytes, 0);
  }

  /** Whether Hangul makes up most of the non-ASCII characters, as in any real Korean text. */
  private static boolean mostlyHangul(String s) {
    long nonAscii = s.chars().filter(c -> c > 0x7F).count();
    long hangul =
        s.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL).count();
    return nonAscii > 0 && hangul >= MIN_HANGUL_SHARE * nonAscii;
  }

  private static Charset declared(String contentTypeHeader, byte[] bytes) {
    if (contentTypeHeader != null) {
      Matcher m = HEADER_CHARSET.matcher(contentTypeHeader);
      if (m.find()) {
        Charset c = charsetNamed(m.group(1));
        if (c != null) {
          return c;
        }
      }
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return charsetNamed(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? charsetNamed(meta.group(1)) : null;
  }

  /** Resolves a declared name, mapping the Korean legacy names to MS949; unknown names are null. */
  static Charset charsetNamed(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("euc-kr")
        || n.equals("euckr")
        || n.equals("ks_c_5601-1987")
        || n.equals("ksc5601")
        || n.equals("cp949")
        || n.equals("ms949")
        || n.equals("uhc")) {
      return MS949;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    return name == null ? null : charsetNamed(name);
  }

  private static String strictly(Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Decoded decodeWith(Charset charset, byte[] bytes, int offset) {
    String strict = strictly(charset, bytes, offset);
    if (strict != null) {
      return new Decoded(strict, charset.name(), false);
    }
    return new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset.name(), true);
  }

  /** Share of non-ASCII sequences that are not well-formed UTF-8. */
  private static double invalidUtf8Share(byte[] b) {
    int sequences = 0;
    int invalid = 0;
    int i = 0;
    while (i < b.length) {
      int lead = b[i] & 0xFF;
      if (lead < 0x80) {
        i++;
        continue;
      }
      sequences++;
      int need = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
      if (need < 0 || lead > 0xF4 || !continuations(b, i + 1, need)) {
        invalid++;
        i++;
      } else {
        i += need + 1;
      }
    }
    return sequences == 0 ? 0 : (double) invalid / sequences;
  }

  private static boolean continuations(byte[] b, int from, int count) {
    if (from + count > b.length) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
