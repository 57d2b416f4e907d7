package dev.recaps.index;

import static dev.recaps.index.IndexSchema.BODY;
import static dev.recaps.index.IndexSchema.BODY_SOURCE;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

/**
 * Reads recap texts by document number: from the BODY_SOURCE doc values, or from the stored BODY field of
 * segments written before the text moved to doc values (mapping version 1), so an index built by an
 * older version keeps answering until it is re-indexed.
 */
public final class RecapBodies {
  private final IndexReader reader;
  private final List<LeafReaderContext> leaves;
  private final BinaryDocValues[] values;
  private final int[] positioned;

  /** Readers for one thread's use (doc values iterators are not shared between threads). */
  public RecapBodies(IndexReader reader) {
    this.reader = reader;
    this.leaves = reader.leaves();
    this.values = new BinaryDocValues[leaves.size()];
    this.positioned = new int[leaves.size()];
  }

  /**
   * The text of a document, cut at {@code maxChars} characters; "" when it has none. Documents
   * must be asked for in increasing order within a segment (as hits sorted by doc id are).
   */
  public String text(int doc, int maxChars) throws IOException {
    int leafIndex = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext leaf = leaves.get(leafIndex);
    int local = doc - leaf.docBase;
    BinaryDocValues dv = values[leafIndex];
    if (dv == null || local < positioned[leafIndex]) {
      // A fresh iterator when first used or asked to go back (doc values only move forward).
      dv = leaf.reader().getBinaryDocValues(BODY_SOURCE);
      values[leafIndex] = dv;
    }
    String text;
    if (dv != null) {
      positioned[leafIndex] = local;
      text = dv.advanceExact(local) ? dv.binaryValue().utf8ToString() : "";
    } else {
      String stored = reader.storedFields().document(doc, Set.of(BODY)).get(BODY);
      text = stored == null ? "" : stored;
    }
    return text.length() > maxChars ? text.substring(0, maxChars) : text;
  }

  /** The whole text of a document. */
  public String text(int doc) throws IOException {
    return text(doc, Integer.MAX_VALUE);
  }
}
