package dev.recaps.search;

import static dev.recaps.index.IndexSchema.*;

import dev.recaps.index.RecapBodies;
import dev.recaps.model.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Finds recaps like a given one: more-like-this over its title, headings, body and facets. */
final class RelatedRecaps {
  static final int LIMIT = 5;

  private final Analyzer analyzer;

  RelatedRecaps(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  // The text is doc values, not stored, so MoreLikeThis gets the field values handed over.
  private static Map<String, Collection<Object>> likeFields(IndexSearcher searcher, int doc) throws IOException {
    Document d = searcher.storedFields().document(doc, Set.of(TITLE, HEADINGS));
    Map<String, Collection<Object>> fields = new HashMap<>();
    fields.put(TITLE, Arrays.asList(d.get(TITLE))); // a missing value is skipped
    fields.put(HEADINGS, Arrays.asList(d.get(HEADINGS)));
    fields.put(BODY, List.of(new RecapBodies(searcher.getIndexReader()).text(doc)));
    return fields;
  }

  List<Hit> find(IndexSearcher searcher, int doc) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {TITLE, HEADINGS, BODY, SPEAKER_TEXT, TOPIC_TEXT, CONFERENCE_TEXT});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(40);
    Query like = mlt.like(likeFields(searcher, doc));
    BooleanQuery q = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(ID, searcher.storedFields().document(doc, Set.of(ID)).get(ID))),
            Occur.MUST_NOT)
        .build();
    TopDocs top = searcher.search(q, LIMIT);
    StoredFields stored = searcher.storedFields();
    List<Hit> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(HitLoader.load(stored, sd, null, ""));
    }
    return out;
  }
}
