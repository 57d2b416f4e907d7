package dev.recaps.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the spellings of conference and product names ({@code re:Invent}, {@code 리인벤트},
 * {@code C#}, {@code Node.js}, {@code K8s}) to one canonical token before Nori sees them, because
 * Nori would split them at the punctuation and each spelling would give different terms.
 *
 * <p>Line format of {@code names.txt}: {@code variant, variant, ... => canonical}. Matching ignores
 * case, a space in a variant matches any run of whitespace, and a variant that starts or ends with a
 * Latin letter or digit only matches where no Latin letter or digit touches it ({@code reinvent} does
 * not match inside {@code reinventing}, {@code .NET} not inside {@code ASP.NET}); a variant ending in
 * Hangul may be followed by a particle ({@code 리인벤트에서}) but not preceded by Hangul.
 */
final class NameVariants implements TextRewriter {

  private static final Pattern CANONICAL = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+( [\\p{IsLatin}\\p{Nd}]+)*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, String> canonicalByVariant;
  private final Pattern pattern;
  /** Lower-cased first characters of all variants: the only places a match can start. */
  private final java.util.BitSet firstChars = new java.util.BitSet();

  private NameVariants(Map<String, String> canonicalByVariant) {
    this.canonicalByVariant = Map.copyOf(canonicalByVariant);
    this.pattern = compile(canonicalByVariant.keySet());
    for (String v : canonicalByVariant.keySet()) {
      char c = v.charAt(0);
      firstChars.set(Character.toLowerCase(c));
      firstChars.set(Character.toUpperCase(c));
    }
  }

  /** Parses lines in order; a later line overrides an earlier variant (user files come last). */
  static NameVariants parse(List<DataLine> lines) {
    Map<String, String> canonicalByVariant = new LinkedHashMap<>();
    Map<String, DataLine> definedAt = new HashMap<>();
    for (DataLine line : lines) {
      int arrow = line.text().indexOf("=>");
      if (arrow < 0 || line.text().indexOf("=>", arrow + 2) >= 0) {
        throw line.error("expected exactly one '=>' (variant, variant => canonical)");
      }
      String canonical = key(line.text().substring(arrow + 2));
      if (!CANONICAL.matcher(canonical).matches()) {
        throw line.error("canonical '" + canonical + "' must be Latin letters or digits (words separated by spaces)");
      }
      for (String raw : line.text().substring(0, arrow).split(",")) {
        String variant = key(raw);
        if (variant.isEmpty()) {
          throw line.error("empty variant");
        }
        DataLine previous = definedAt.put(variant, line);
        if (previous != null
            && previous.source().equals(line.source())
            && !canonicalByVariant.get(variant).equals(canonical)) {
          throw line.error("variant '" + variant + "' already maps to '" + canonicalByVariant.get(variant) + "' on line " + previous.number());
        }
        canonicalByVariant.put(variant, canonical);
      }
    }
    return new NameVariants(canonicalByVariant);
  }

  /** The canonical tokens, which must survive stemming unchanged. */
  Set<String> canonicalWords() {
    Set<String> words = new TreeSet<>();
    canonicalByVariant.values().forEach(c -> words.addAll(List.of(c.split(" "))));
    return words;
  }

  @Override
  public List<Replacement> replacements(String text) {
    if (pattern == null) {
      return List.of();
    }
    List<Replacement> edits = new ArrayList<>();
    Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    // The alternation of look-behind-guarded variants is costly to try at every position; only
    // positions whose character can start a variant are tried (cut indexing time by a quarter).
    int at = 0;
    int n = text.length();
    while (at < n) {
      if (!firstChars.get(text.charAt(at)) || insideWord(text, at)) {
        at++;
        continue;
      }
      matcher.region(at, n);
      if (!matcher.lookingAt()) {
        at++;
        continue;
      }
      at = Math.max(matcher.end(), at + 1);
      String canonical = canonicalByVariant.get(key(matcher.group()));
      if (canonical.equalsIgnoreCase(matcher.group())) {
        continue;
      }
      // Keep the canonical token apart from Latin neighbours (AWS서밋 -> "AWS summit", not "AWSsummit").
      String before = isLatinOrDigitAt(text, matcher.start() - 1) ? " " : "";
      String after = isLatinOrDigitAt(text, matcher.end()) ? " " : "";
      edits.add(new Replacement(matcher.start(), matcher.end(), before + canonical + after));
    }
    return edits;
  }

  // Cheap form of the variants' look-behinds: a name never starts inside an ASCII word or a Hangul run.
  private static boolean insideWord(String text, int at) {
    if (at == 0) {
      return false;
    }
    char c = text.charAt(at);
    char prev = text.charAt(at - 1);
    if (c < 128 && Character.isLetterOrDigit(c)) {
      return prev < 128 && Character.isLetterOrDigit(prev);
    }
    return c >= '\uAC00' && c <= '\uD7A3' && prev >= '\uAC00' && prev <= '\uD7A3';
  }

  private static Pattern compile(Set<String> variants) {
    if (variants.isEmpty()) {
      return null;
    }
    List<String> longestFirst = new ArrayList<>(variants);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder regex = new StringBuilder();
    for (String variant : longestFirst) {
      regex.append(regex.isEmpty() ? "" : "|").append(boundedRegex(variant));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String boundedRegex(String variant) {
    StringBuilder regex = new StringBuilder("(?:");
    int first = variant.codePointAt(0);
    int last = variant.codePointBefore(variant.length());
    if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HANGUL) {
      regex.append("(?<!\\p{IsHangul})");
    } else {
      regex.append("(?<![\\p{IsLatin}\\p{Nd}])"); // .NET must not match inside ASP.NET or example.net
    }
    String[] words = variant.split(" ");
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    if (isLatinOrDigit(last)) {
      regex.append("(?![\\p{IsLatin}\\p{Nd}])");
    }
    return regex.append(')').toString();
  }

  private static String key(String raw) {
    return WHITESPACE.matcher(raw.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static boolean isLatinOrDigitAt(String text, int index) {
    return index >= 0 && index < text.length() && isLatinOrDigit(text.charAt(index));
  }

  private static boolean isLatinOrDigit(int codePoint) {
    return Character.isDigit(codePoint)
        || (Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN);
  }
}
