package dev.recaps.search;

import static dev.recaps.index.IndexSchema.BODY;
import static dev.recaps.index.IndexSchema.TITLE;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
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
 * <mark>}, using the offsets stored in the postings (no re-analysis of the text).
 */
final class SnippetBuilder {
  /** Fragments per hit. */
  static final int PASSAGES = 2;

  /** Aimed length of one fragment in characters. */
  static final int FRAGMENT_CHARS = 160;

  private final Analyzer analyzer;

  SnippetBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Highlighted body snippet and title per hit, in the order of {@code page}. */
  Highlights highlight(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
    DefaultPassageFormatter formatter = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
    UnifiedHighlighter body =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter)
            .withHandleMultiTermQuery(true)
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), FRAGMENT_CHARS, 0.3f))
            .build();
    UnifiedHighlighter title =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(formatter)
            .withHandleMultiTermQuery(true)
            .withBreakIterator(WholeBreakIterator::new)
            .build();
    Map<String, String[]> b =
        body.highlightFields(new String[] {BODY}, query, page, new int[] {PASSAGES});
    Map<String, String[]> t =
        title.highlightFields(new String[] {TITLE}, query, page, new int[] {1});
    return new Highlights(t.get(TITLE), b.get(BODY));
  }

  record Highlights(String[] titles, String[] snippets) {}
}
