package dev.recaps.bench;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexes a bench corpus two ways on the same files and thread count: a bare Lucene {@link
 * IndexWriter} with {@link KoreanAnalyzer} (the baseline), and the recaps pipeline (extract, enrich,
 * {@link RecapIndexer}).
 */
final class IndexingBench {
  /** Same buffer as {@code RecapIndexer}, so the baseline flushes as often. */
  static final double RAM_BUFFER_MB = 64;

  private static final Pattern TITLE = Pattern.compile("(?m)^title: \"((?:[^\"\\\\]|\\\\.)*)\"$");

  private IndexingBench() {}

  /**
   * One indexing run over the whole corpus.
   *
   * @param cpuSeconds CPU time of this whole process during the run (all threads, merges and GC
   *     included): unlike wall time it hardly moves when other processes share the cores
   */
  record Run(String name, int threads, int docs, int failed, long chars, double seconds, double cpuSeconds,
      long indexBytes) {
    double charsPerSecond() {
      return chars / seconds;
    }

    double charsPerCpuSecond() {
      return chars / cpuSeconds;
    }
  }

  static Run raw(BenchCorpus corpus, int threads, Path indexDir) throws Exception {
    long start = System.nanoTime();
    long cpu = Machine.processCpuNanos();
    IndexWriterConfig iwc = new IndexWriterConfig(new KoreanAnalyzer()).setRAMBufferSizeMB(RAM_BUFFER_MB);
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, iwc)) {
      Parallel.forEach(corpus.size(), threads, i -> writer.addDocument(rawDocument(corpus.files().get(i))));
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run("raw Lucene + KoreanAnalyzer", threads, corpus.size(), 0, corpus.chars(), seconds,
        (Machine.processCpuNanos() - cpu) / 1e9, BenchCorpus.sizeOf(indexDir));
  }

  private static Document rawDocument(Path file) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    String[] parts = BenchMarkdownReader.splitFrontMatter(content, file);
    Matcher title = TITLE.matcher(parts[0]);
    Document doc = new Document();
    doc.add(new StringField("id", file.getFileName().toString(), Field.Store.YES));
    doc.add(new TextField("title", title.find() ? title.group(1) : "", Field.Store.YES));
    doc.add(new TextField("body", parts[1], Field.Store.YES));
    return doc;
  }

  /** The production path: extract, enrich and {@link RecapIndexer#upsert} on every thread. */
  static Run pipeline(BenchCorpus corpus, int threads, Path indexDir, PipelineStages stages,
      AnalyzerFactory analyzers) throws Exception {
    long start = System.nanoTime();
    long cpu = Machine.processCpuNanos();
    AtomicInteger failed = new AtomicInteger();
    try (RecapIndexer indexer = RecapIndexer.open(indexDir, analyzers)) {
      Parallel.forEach(corpus.size(), threads, i -> {
        Recap recap;
        try {
          recap = stages.enrich().apply(stages.extract().extract(corpus.root(), corpus.files().get(i)));
        } catch (IOException | RuntimeException e) {
          failed.incrementAndGet(); // a broken post is counted, as the indexer command does
          return;
        }
        indexer.upsert(recap);
      });
      indexer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run("recaps pipeline (" + stages.label() + ")", threads, corpus.size(), failed.get(),
        corpus.chars(), seconds, (Machine.processCpuNanos() - cpu) / 1e9, BenchCorpus.sizeOf(indexDir));
  }
}
