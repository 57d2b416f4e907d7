package dev.recaps.search;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.search.ParsedQuery.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the query syntax users type: words, {@code "phrases"}, {@code -exclusions}, {@code OR},
 * field prefixes ({@code title: speaker: topic: conference: year: lang: site: tag: author:}), year
 * ranges ({@code year:2019..2021}) and prefixes ({@code kube*}). It never fails: whatever does not
 * fit the syntax is searched as plain text.
 */
public final class QuerySyntax {
  /** Queries longer than this are cut (with a notice) so one request cannot cost unbounded work. */
  public static final int MAX_QUERY_CHARS = 500;

  /** At most this many clauses are kept; the rest are dropped with a notice. */
  public static final int MAX_CLAUSES = 32;

  /** Shortest prefix a trailing {@code *} expands, so {@code a*} cannot enumerate the whole index. */
  public static final int MIN_PREFIX_CHARS = 2;

  public static final Set<String> FIELDS =
      Set.of("title", "speaker", "topic", "conference", "year", "lang", "site", "tag", "author");

  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\s*\\.\\.\\s*(\\d{4}))?");
  private static final Pattern FIELD_PREFIX = Pattern.compile("^([A-Za-z]+):(.*)$", Pattern.DOTALL);

  /** Parses a raw query; blank input gives an empty query (which lists everything). */
  public ParsedQuery parse(String raw) {
    List<String> notices = new ArrayList<>();
    String q = clean(raw == null ? "" : raw);
    if (q.length() > MAX_QUERY_CHARS) {
      q = q.substring(0, cutPoint(q));
      notices.add("The query was cut to its first " + MAX_QUERY_CHARS + " characters.");
    }
    List<Token> tokens = tokenize(q);
    List<List<Clause>> groups = new ArrayList<>();
    List<Clause> excluded = new ArrayList<>();
    boolean joinWithPrevious = false;
    int count = 0;
    for (Token t : tokens) {
      if (!t.quoted && t.text.equals("OR") && !t.negated) {
        joinWithPrevious = !groups.isEmpty();
        continue;
      }
      Clause c = toClause(t);
      if (c == null) {
        joinWithPrevious = false;
        continue;
      }
      if (++count > MAX_CLAUSES) {
        notices.add("Only the first " + MAX_CLAUSES + " words of the query were used.");
        break;
      }
      if (t.negated) {
        excluded.add(c);
      } else if (joinWithPrevious) {
        groups.get(groups.size() - 1).add(c);
      } else {
        groups.add(new ArrayList<>(List.of(c)));
      }
      joinWithPrevious = false;
    }
    return new ParsedQuery(
        groups.stream().map(List::copyOf).toList(), List.copyOf(excluded), List.copyOf(notices));
  }

  // Control characters and unpaired surrogates come from copy-paste accidents; they mean nothing.
  private static String clean(String raw) {
    String s = AnalyzerFactory.normalize(raw);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(' ');
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static int cutPoint(String q) {
    int end = MAX_QUERY_CHARS;
    if (Character.isLowSurrogate(q.charAt(end))) {
      end--;
    }
    return end;
  }

  private record Token(String text, boolean quoted, boolean negated) {}

  private static List<Token> tokenize(String q) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
        negated = true;
        i++;
      }
      int start = i;
      // A field prefix may be followed by a quoted phrase: title:"event driven"
      Matcher fm = FIELD_PREFIX.matcher(q.substring(i, Math.min(n, i + 20)));
      String fieldPart = "";
      if (fm.find() && FIELDS.contains(fm.group(1).toLowerCase(Locale.ROOT))
          && i + fm.group(1).length() + 1 < n && q.charAt(i + fm.group(1).length() + 1) == '"') {
        fieldPart = q.substring(i, i + fm.group(1).length() + 1);
        i += fieldPart.length();
      }
      if (i < n && q.charAt(i) == '"') {
        int close = q.indexOf('"', i + 1);
        if (close > i) {
          out.add(new Token(fieldPart + q.substring(i + 1, close), true, negated));
          i = close + 1;
          continue;
        }
        // Unbalanced quote: the rest is searched as plain words.
        i++;
        continue;
      }
      while (i < n && !Character.isWhitespace(q.charAt(i))) {
        i++;
      }
      out.add(new Token(q.substring(start, i), false, negated));
    }
    return out;
  }

  private static Clause toClause(Token t) {
    String text = t.text;
    String field = null;
    Matcher fm = FIELD_PREFIX.matcher(text);
    if (fm.matches() && FIELDS.contains(fm.group(1).toLowerCase(Locale.ROOT))) {
      field = fm.group(1).toLowerCase(Locale.ROOT);
      text = fm.group(2);
    }
    if (t.quoted) {
      String phrase = text.strip();
      return phrase.isEmpty() ? null : Clause.phrase(field, phrase);
    }
    text = stripStrayPunctuation(text);
    if (text.isEmpty()) {
      return null;
    }
    if ("year".equals(field)) {
      Matcher y = YEAR.matcher(text);
      if (y.matches()) {
        int from = Integer.parseInt(y.group(1));
        int to = y.group(2) == null ? from : Integer.parseInt(y.group(2));
        return Clause.years(Math.min(from, to), Math.max(from, to));
      }
      return Clause.word(null, text); // "year:soon" is just text
    }
    if (text.endsWith("*")) {
      String stem = text.replaceAll("\\*+$", "");
      if (stem.codePointCount(0, stem.length()) >= MIN_PREFIX_CHARS && !stem.contains("*")) {
        return Clause.prefix(field, stem);
      }
      text = stem.replace("*", "");
      if (text.isEmpty()) {
        return null;
      }
    }
    return Clause.word(field, text.replace("*", ""));
  }

  // Parentheses and stray quotes are never syntax here; `((`, `title:` or `"` alone mean nothing,
  // while balanced ones stay so names like `if(kakao)` reach the name mapping intact.
  private static String stripStrayPunctuation(String s) {
    String t = s.replace('"', ' ').strip();
    while (count(t, '(') != count(t, ')')) {
      if (t.startsWith("(")) {
        t = t.substring(1);
      } else if (t.endsWith(")")) {
        t = t.substring(0, t.length() - 1);
      } else {
        t = t.replace('(', ' ').replace(')', ' ');
      }
    }
    return t.equals("()") ? "" : t.strip();
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }
}
