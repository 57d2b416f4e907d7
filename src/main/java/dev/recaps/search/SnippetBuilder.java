package dev.recaps.search;

import static dev.recaps.index.IndexSchema.BODY;
import static dev.recaps.index.IndexSchema.TITLE;

import dev.recaps.index.RecapBodies;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Builds HTML-safe snippets and titles: text is escaped and matched morphemes are wrapped in {@code
 * <mark>}, using the offsets stored in the postings (no re-analysis of the text). One highlighter
 * per index searcher, title and body in one pass.
 */
final class SnippetBuilder {
  /** Fragments per hit. */
  static final int PASSAGES = 2;

  /** Aimed length of one fragment in characters. */
  static final int FRAGMENT_CHARS = 160;

  private static final String[] FIELDS = {TITLE, BODY};
  private static final int[] MAX_PASSAGES = {1, PASSAGES};

  private final UnifiedHighlighter highlighter;
  private final IndexReader reader;
  private final IndexSearcher searcher;

  SnippetBuilder(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withHandleMultiTermQuery(true)
            // Term and phrase extraction per field is much cheaper than asking the whole
            // eight-field query for matches per hit, and marks the same morphemes.
            .withWeightMatches(false);
    this.highlighter =
        new UnifiedHighlighter(b) {
          @Override
          protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
              int cacheCharsThreshold) throws IOException {
            return load(fields, docs, getMaxLength());
          }

          @Override
          protected BreakIterator getBreakIterator(String field) {
            if (TITLE.equals(field)) {
              return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(
                new SentenceBreaks(), FRAGMENT_CHARS, 0.3f);
          }
        };
  }

  /** The body from its doc values, the other fields from stored fields, for every remaining doc. */
  private List<CharSequence[]> load(String[] fields, DocIdSetIterator docs, int maxLength) throws IOException {
    RecapBodies bodies = new RecapBodies(reader);
    StoredFields stored = reader.storedFields();
    Set<String> storedFields = new HashSet<>(Arrays.asList(fields));
    storedFields.remove(BODY);
    List<CharSequence[]> out = new ArrayList<>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      Document d = storedFields.isEmpty() ? null : stored.document(doc, storedFields);
      CharSequence[] values = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String v = fields[i].equals(BODY) ? bodies.text(doc, maxLength) : d.get(fields[i]);
        values[i] = v == null || v.length() <= maxLength ? v : v.substring(0, maxLength);
      }
      out.add(values);
    }
    return out;
  }

  /** Highlighted title and body snippet per hit, in the order of {@code page}. */
  Highlights highlight(Query query, TopDocs page) throws IOException {
    // A prefix (kube*) left as an automaton makes the highlighter re-analyze every hit's text into
    // a memory index (80 % of such a search); rewritten, it is the terms the prefix expanded to,
    // whose offsets the postings already hold.
    Query terms = hasMultiTermQuery(query) ? searcher.rewrite(query) : query;
    Map<String, String[]> h = highlighter.highlightFields(FIELDS, terms, page, MAX_PASSAGES);
    return new Highlights(h.get(TITLE), h.get(BODY));
  }

  // Prefix, wildcard and fuzzy queries report themselves to a visitor as automata.
  private static boolean hasMultiTermQuery(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        found[0] = true;
      }
    });
    return found[0];
  }

  record Highlights(String[] titles, String[] snippets) {}
}
