package dev.recaps.search;

import static dev.recaps.index.IndexSchema.BODY;
import static dev.recaps.index.IndexSchema.TITLE;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

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

  SnippetBuilder(IndexSearcher searcher, Analyzer analyzer) {
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
          protected BreakIterator getBreakIterator(String field) {
            if (TITLE.equals(field)) {
              return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(
                new SentenceBreaks(), FRAGMENT_CHARS, 0.3f);
          }
        };
  }

  /** Highlighted title and body snippet per hit, in the order of {@code page}. */
  Highlights highlight(Query query, TopDocs page) throws IOException {
    Map<String, String[]> h = highlighter.highlightFields(FIELDS, query, page, MAX_PASSAGES);
    return new Highlights(h.get(TITLE), h.get(BODY));
  }

  record Highlights(String[] titles, String[] snippets) {}
}
