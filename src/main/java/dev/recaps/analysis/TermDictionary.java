package dev.recaps.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Korean↔English term equivalences (서버리스 ⇄ serverless, 쿠버네티스 ⇄ kubernetes ⇄ k8s), applied
 * at query time so the list can change without reindexing.
 *
 * <p>Every form is kept as a normalized key: NFC with conjoining jamo made compatible, lower case,
 * whitespace collapsed to one space. A form belongs to exactly one group; when a later source puts
 * it in another group it stays where it was first seen, so the curated file wins over later additions.
 *
 * <p>Thread safety: build the dictionary on one thread ({@link #load}, {@link #add}), call {@link
 * #freeze}, then share it (through a final field or a constructor): after that it is read-only and
 * safe for concurrent readers, and {@code add} throws.
 */
public final class TermDictionary {

  /** The bundled file, next to this class on the classpath. */
  public static final String RESOURCE = "terms.tsv";

  private final List<String> canonicals = new ArrayList<>();
  private final List<LinkedHashSet<String>> members = new ArrayList<>();
  private final Map<String, Integer> groupOf = new HashMap<>();
  private final TermTrie trie = new TermTrie();
  private List<TermGroup> frozenGroups;

  /** The bundled terms only, not yet frozen; a malformed bundled file is a bug and throws. */
  public static TermDictionary withDefaults() {
    List<String> problems = new ArrayList<>();
    try {
      TermDictionary dictionary = load(null, problems::add);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("bundled " + RESOURCE + " is malformed: " + problems);
      }
      return dictionary;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled terms merged with {@code userFile} (same format; null for none), not yet frozen.
   * Malformed lines are skipped and reported as {@code "terms.tsv:12: reason"}.
   *
   * @throws IOException if the user file cannot be read or is not UTF-8
   */
  public static TermDictionary load(Path userFile, Consumer<String> warnings) throws IOException {
    TermDictionary dictionary = new TermDictionary();
    try (InputStream in = TermDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("bundled " + RESOURCE + " is missing from the classpath");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      dictionary.read(reader, RESOURCE, warnings);
    }
    if (userFile != null) {
      try (BufferedReader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
        dictionary.read(reader, userFile.toString(), warnings);
      } catch (CharacterCodingException e) {
        throw new IOException(userFile + ": not valid UTF-8", e);
      }
    }
    return dictionary;
  }

  private void read(BufferedReader reader, String source, Consumer<String> warnings)
      throws IOException {
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String where = source + ":" + lineNumber + ": ";
      String[] fields = line.split("\t", -1);
      if (fields.length < 2) {
        warnings.accept(where + "expected a term and at least one variant separated by tabs");
        continue;
      }
      int empty = firstEmptyField(fields);
      if (empty >= 0) {
        warnings.accept(where + "field " + (empty + 1) + " is empty");
        continue;
      }
      List<String> variants = List.of(fields).subList(1, fields.length);
      for (String conflict : addGroup(fields[0], variants)) {
        warnings.accept(where + conflict);
      }
    }
  }

  private static int firstEmptyField(String[] fields) {
    for (int i = 0; i < fields.length; i++) {
      if (key(fields[i]).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds {@code variants} as equivalents of {@code canonical}, for aliases from other sources
   * (speaker and conference dictionaries, pairs mined from the corpus). Joins the group that
   * already holds the canonical term, else starts a new one; a variant that already belongs to
   * another group stays there, so one wrong mined pair cannot merge two groups.
   *
   * @throws IllegalStateException after {@link #freeze}
   * @throws IllegalArgumentException if a form is blank
   */
  public void add(String canonical, Collection<String> variants) {
    requireNotFrozen();
    for (String form : variants) {
      if (key(form).isEmpty()) {
        throw new IllegalArgumentException("blank variant for " + canonical);
      }
    }
    if (key(canonical).isEmpty()) {
      throw new IllegalArgumentException("blank canonical term");
    }
    addGroup(canonical, variants);
  }

  /** Adds the forms and returns one message per form that was kept in another group. */
  private List<String> addGroup(String canonical, Collection<String> variants) {
    requireNotFrozen();
    List<String> forms = new ArrayList<>();
    forms.add(key(canonical));
    variants.forEach(variant -> forms.add(key(variant)));
    Integer target = groupOf.get(forms.get(0));
    if (target == null) {
      target = canonicals.size();
      canonicals.add(forms.get(0));
      members.add(new LinkedHashSet<>());
    }
    List<String> conflicts = new ArrayList<>();
    for (String form : forms) {
      Integer existing = groupOf.putIfAbsent(form, target);
      if (existing == null) {
        members.get(target).add(form);
        trie.add(form, target);
      } else if (!existing.equals(target)) {
        conflicts.add("'" + form + "' already belongs to '" + canonicals.get(existing) + "'; kept there");
      }
    }
    return conflicts;
  }

  private void requireNotFrozen() {
    if (frozenGroups != null) {
      throw new IllegalStateException("the term dictionary is frozen; add terms before freeze()");
    }
  }

  /** Makes the dictionary read-only and returns it. */
  public TermDictionary freeze() {
    if (frozenGroups == null) {
      frozenGroups = buildGroups();
    }
    return this;
  }

  /** Every form equivalent to {@code term}, itself included (as a normalized key); empty if unknown. */
  public Set<String> equivalents(String term) {
    Integer group = groupOf.get(key(term));
    return group == null ? Set.of() : group(group).forms();
  }

  /** All groups in the order they were first added. */
  public List<TermGroup> groups() {
    return frozenGroups != null ? frozenGroups : buildGroups();
  }

  /** The number of groups. */
  public int size() {
    return canonicals.size();
  }

  /**
   * Occurrences of any form in {@code query}, longest first and non-overlapping, left to right.
   * Matches start and end at word boundaries, except that a Korean form may be followed by a
   * particle: 람다를 contains 람다, but google does not contain go nor 웹툰 웹 ({@link TermBoundaries}).
   */
  public List<TermMatch> findIn(String query) {
    String text = Hangul.normalize(query);
    List<TermMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      TermTrie.Hit hit = TermBoundaries.isStart(text, i) ? trie.longestAt(text, i) : null;
      if (hit == null) {
        i++;
        continue;
      }
      matches.add(new TermMatch(i, hit.end(), text.substring(i, hit.end()), group(hit.group())));
      i = hit.end();
    }
    return matches;
  }

  private TermGroup group(int index) {
    if (frozenGroups != null) {
      return frozenGroups.get(index);
    }
    return new TermGroup(canonicals.get(index), members.get(index));
  }

  private List<TermGroup> buildGroups() {
    List<TermGroup> groups = new ArrayList<>(canonicals.size());
    for (int i = 0; i < canonicals.size(); i++) {
      groups.add(new TermGroup(canonicals.get(i), members.get(i)));
    }
    return List.copyOf(groups);
  }

  /** The normalized key of a form: NFC, compatible jamo, lower case, single spaces, trimmed. */
  public static String key(String form) {
    String text = Hangul.normalize(form).strip();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(fold(c));
      } else if (out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** Per-char lower case, so keys and query offsets keep the same length (unlike "İ".toLowerCase). */
  static char fold(char c) {
    return Character.toLowerCase(c);
  }
}
