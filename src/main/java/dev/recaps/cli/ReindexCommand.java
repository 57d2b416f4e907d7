package dev.recaps.cli;

import dev.recaps.crawl.Crawler;
import dev.recaps.crawl.SinkOutcome;
import dev.recaps.crawl.WarcArchive;
import dev.recaps.index.RecapIndexer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recaps reindex}: rebuilds the whole index from the WARC archive and the corpus folder,
 * offline, and publishes it in one commit, so a server never sees a half-built index.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the index from the archive and corpus/ without the network (e.g. after improving an extractor).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Folder of local recaps to include (default ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--only-recaps", description = "Index only archived articles about a known conference.")
  boolean onlyRecaps;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Components c = Components.load(data, err);
    long start = System.nanoTime();
    Map<String, Integer> archived = new TreeMap<>();
    WarcArchive.ReadSummary read;
    IndexSummary local = null;
    try (RecapIndexer indexer = RecapIndexer.open(data.index(), c.analyzers);
        WarcArchive archive = new WarcArchive(Crawler.archiveDir(data.root()))) {
      indexer.deleteAll();
      CrawlIndexingSink sink = new CrawlIndexingSink(c.html, c.enricher, indexer, onlyRecaps, false);
      read = archive.forEachPage(page -> {
        SinkOutcome o = sink.accept(page);
        archived.merge(o.indexed() ? "indexed" : o.skipReason(), 1, Integer::sum);
      });
      if (Files.isDirectory(corpus)) {
        local = new CorpusIndexer(c.files, c.enricher, indexer, err, false).run(List.of(corpus), false);
      }
      indexer.commit();
      read.problems().forEach(p -> err.println("  archive: " + p));
      out.printf("archive: %d pages (%d gone): %s%n", read.pages(), read.gone(), archived);
      if (local != null) {
        out.println("corpus: " + local.line());
      }
      out.printf("reindexed %d recaps into %s in %.1f s%n", indexer.docCount(), data.index(),
          (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
