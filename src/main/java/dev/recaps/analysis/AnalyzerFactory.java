package dev.recaps.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one factory of Lucene analyzers: indexing, query parsing, highlighting and suggestions all get
 * their analyzers here, built once from the bundled data files plus the user's own.
 *
 * <p>Analyzers are thread-safe and reuse their token streams per thread, so callers share them.
 */
public final class AnalyzerFactory {

  /** Nori user dictionary: words Nori splits badly. */
  static final String USER_DICTIONARY_FILE = "userdict.txt";

  /** Spellings of conference and product names mapped to one canonical token. */
  static final String NAMES_FILE = "names.txt";

  /** English words KStem must leave alone (product names ending in s, surnames). */
  static final String UNSTEMMED_FILE = "unstemmed.txt";

  /** Chosen by measurement, see docs/analysis.md: compounds and their parts are both findable. */
  static final DecompoundMode DECOMPOUND_MODE = DecompoundMode.MIXED;

  private static final String TOKENS_FIELD = "text";

  private final Analyzer text;
  private final Analyzer keyword;
  private final Analyzer suggest;

  private final NameVariants names;

  private AnalyzerFactory(Analyzer text, NameVariants names) {
    this.text = text;
    this.names = names;
    this.keyword = new ExactValueAnalyzer();
    this.suggest = new SuggestAnalyzer();
  }

  /** Analyzers built from the bundled data files only. */
  public static AnalyzerFactory withDefaults() {
    try {
      return load(null);
    } catch (IOException e) {
      throw new UncheckedIOException("bundled analysis data unreadable", e);
    }
  }

  /**
   * Analyzers built from the bundled data files plus {@code userdict.txt}, {@code names.txt} and
   * {@code unstemmed.txt} in {@code userDir} (nullable; missing files are fine).
   *
   * @throws IOException if a user file exists but cannot be read
   * @throws IllegalArgumentException naming file and line, if a line is malformed
   */
  public static AnalyzerFactory load(Path userDir) throws IOException {
    return new AnalyzerFactory(textAnalyzer(userDir, DECOMPOUND_MODE),
        NameVariants.parse(DataFiles.bundledThenUser(NAMES_FILE, userDir)));
  }

  /**
   * {@code text} with every known spelling of a name replaced by its canonical form ({@code re
   * invent} → {@code reinvent}), so a query parser that splits at spaces keeps multi-word names
   * together; the text analyzer applies the same mapping itself.
   */
  public String canonicalNames(String text) {
    List<Replacement> edits = names.replacements(text);
    if (edits.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Replacement r : edits) {
      out.append(text, at, r.start()).append(r.text());
      at = r.end();
    }
    return out.append(text.substring(at)).toString();
  }

  /** The text analyzer with another decompound mode, for the measurements in the docs and tests. */
  static Analyzer textAnalyzer(Path userDir, DecompoundMode mode) throws IOException {
    NameVariants names = NameVariants.parse(DataFiles.bundledThenUser(NAMES_FILE, userDir));
    CharArraySet unstemmed = new CharArraySet(names.canonicalWords(), false);
    DataFiles.bundledThenUser(UNSTEMMED_FILE, userDir).forEach(line -> unstemmed.add(line.text().toLowerCase(Locale.ROOT)));
    return new KoreanEnglishAnalyzer(
        NoriUserDictionary.build(DataFiles.bundledThenUser(USER_DICTIONARY_FILE, userDir)),
        mode,
        names,
        CharArraySet.unmodifiableSet(unstemmed));
  }

  /** Korean + English morphological analysis for title, headings, body and tags; same at query time. */
  public Analyzer text() {
    return text;
  }

  /** Whole-value, normalized and lowercased: exact fields such as speaker, conference, topic. */
  public Analyzer keyword() {
    return keyword;
  }

  /** Normalized, lowercased words split at whitespace and punctuation: suggestion prefix matching. */
  public Analyzer suggest() {
    return suggest;
  }

  /** The terms {@link #text()} produces for {@code text}, in order, stacked tokens included. */
  public List<String> tokens(String text) {
    return terms(this.text, text);
  }

  /**
   * NFKC (full-width to half-width) with decomposed Hangul recomposed, so a query typed as
   * {@code ᄀ}+{@code ᅡ} equals {@code 가}; every caller normalizes with this before analysis.
   */
  public static String normalize(String s) {
    return UnicodeNormalizer.normalize(s);
  }

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TOKENS_FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return terms;
  }
}
