package dev.recaps.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the English possessive {@code 's} after a Latin word ({@code Jassy's} → {@code Jassy}),
 * which Nori would otherwise emit as a stray token {@code s}; a bare trailing apostrophe
 * ({@code Vogels'}) is punctuation that Nori drops by itself.
 */
final class PossessiveRemover implements TextRewriter {

  static final PossessiveRemover INSTANCE = new PossessiveRemover();

  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{IsLatin})['’][sS](?![\\p{L}\\p{Nd}])");

  private PossessiveRemover() {}

  @Override
  public List<Replacement> replacements(String text) {
    List<Replacement> edits = new ArrayList<>();
    Matcher matcher = POSSESSIVE.matcher(text);
    while (matcher.find()) {
      edits.add(new Replacement(matcher.start(), matcher.end(), ""));
    }
    return edits;
  }
}
