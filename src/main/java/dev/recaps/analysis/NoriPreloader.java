package dev.recaps.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.ko.KoreanTokenizer;

/**
 * Loads Nori's system dictionaries (tens of MB, about half a second) on a background thread, so a
 * server start overlaps that with opening the index instead of paying it on its first query.
 */
public final class NoriPreloader {
  private NoriPreloader() {}

  /** Starts the loading; the returned thread ends when Korean text has been tokenized once. */
  public static Thread start() {
    Thread t = new Thread(NoriPreloader::tokenizeOnce, "nori-preload");
    t.setDaemon(true);
    t.start();
    return t;
  }

  static void tokenizeOnce() {
    try (KoreanTokenizer tokenizer = new KoreanTokenizer()) {
      tokenizer.setReader(new StringReader("서버리스 아키텍처를 소개한 키노트"));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        // Consuming the tokens is the point: it touches every dictionary the tokenizer uses.
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Nori's bundled dictionaries", e);
    }
  }
}
