package dev.recaps.enrich;

import java.util.Locale;

/** The one way names are compared: case, spaces and punctuation do not matter ("re:Invent" = "reinvent"). */
final class Aliases {
  private Aliases() {}

  /** Lower-cased letters and digits of a name, the key under which aliases must be unique. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    name.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
