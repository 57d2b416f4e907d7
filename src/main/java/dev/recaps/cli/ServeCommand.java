package dev.recaps.cli;

import dev.recaps.analysis.NoriPreloader;
import dev.recaps.crawl.Crawler;
import dev.recaps.crawl.WarcArchive;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.SearchRequest;
import dev.recaps.web.RateLimit;
import dev.recaps.web.WebConfig;
import dev.recaps.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recaps serve}: indexes the bundled corpus on first start, then serves the search page,
 * the API and the wiki widget; picks up commits from other writers within a second.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search page, the JSON API and the embeddable widget.")
final class ServeCommand implements Callable<Integer> {
  /** How often the server looks for commits made by `index`, `crawl` or `reindex`. */
  static final long REFRESH_MS = 1_000;

  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "Origins allowed to call the API (repeat). Default: any origin, since the API is read-only.")
  List<String> corsOrigins = List.of();

  @Option(names = "--frame-ancestors", paramLabel = "ORIGIN", description = "Origins allowed to iframe /embed (repeat). Default: any.")
  List<String> frameAncestors = List.of();

  @Option(names = "--base-path", defaultValue = "", description = "Path prefix when served behind a reverse proxy, e.g. /recaps.")
  String basePath;

  @Option(names = "--public-url", description = "Public URL of this server (for feeds, OpenSearch and widget snippets).")
  String publicUrl;

  @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "50", description = "Requests per second one client address may make, with bursts of 4 s worth; beyond it 429 (default ${DEFAULT-VALUE}; 0 = off, e.g. behind a proxy that limits).")
  double rateLimit;

  @Option(names = "--corpus", defaultValue = "corpus", description = "Folder indexed on first start when the index is empty (default ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    NoriPreloader.start(); // overlaps loading Nori's dictionaries with loading ours and the index
    Components c = Components.load(data, err);
    indexOnFirstStart(c, out, err);
    try (Engine engine = Engine.open(data, err, c.analyzers, c.enricher.knowledge())) {
      ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-refresh");
        t.setDaemon(true);
        return t;
      });
      refresher.scheduleWithFixedDelay(() -> {
        try {
          engine.searcher().refresh();
        } catch (Exception e) {
          err.println("warning: could not refresh the index: " + RecapsCommand.describe(e));
        }
      }, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
      // One Korean search while the web server starts (they overlap on two cores): the first
      // user's query should not pay for Nori's dictionaries and compiling the search path.
      Thread warmSearch = new Thread(() -> engine.search().search(SearchRequest.of("서버리스 keynote")),
          "search-warm-up");
      warmSearch.start();
      WebConfig config = new WebConfig(host, port, corsOrigins, frameAncestors, basePath, publicUrl);
      try (WarcArchive archive = new WarcArchive(Crawler.archiveDir(data.root()));
          WebServer server = WebServer.start(engine.search(),
              new ArchivedPageReader(engine.search(), archive, c.html), config,
              RateLimit.perSecond(rateLimit))) {
        warmSearch.join();
        out.printf("Recaps is serving %d recaps from %s on http://%s:%d%s/%n",
            engine.search().stats().docs(), data.index(), host, server.port(), basePath);
        out.flush();
        warmSuggestions(engine, err);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      } finally {
        refresher.shutdownNow();
      }
    }
    return 0;
  }

  // Completions scan every title, speaker and frequent term (seconds for 100 000 recaps): built
  // after the port opens, so searches answer meanwhile and the first keystroke waits at most for
  // the rest of the build.
  private static void warmSuggestions(Engine engine, PrintWriter err) {
    Thread t = new Thread(() -> {
      try {
        engine.search().suggest("ㅅㅂ", 5);
      } catch (RuntimeException e) {
        err.println("warning: could not prepare suggestions: " + RecapsCommand.describe(e));
      }
    }, "suggestions-warm-up");
    t.setDaemon(true);
    t.start();
  }

  private void indexOnFirstStart(Components c, PrintWriter out, PrintWriter err) throws Exception {
    if (RecapIndexer.committedDocs(data.index()) > 0) {
      return; // the common start: read the commit point only, no writer and no lock
    }
    try (RecapIndexer indexer = RecapIndexer.open(data.index(), c.analyzers)) {
      if (indexer.docCount() > 0) {
        return;
      }
      if (!Files.isDirectory(corpus)) {
        err.println("warning: the index is empty and there is no " + corpus.toAbsolutePath()
            + " folder to index; serving an empty index (add recaps with `recaps index PATH` or `recaps crawl URL`)");
        indexer.commit();
        return;
      }
      out.println("First start: indexing " + corpus.toAbsolutePath() + " into " + data.index() + " …");
      out.flush();
      IndexSummary s = new CorpusIndexer(c.files, c.enricher, indexer, err).run(List.of(corpus), false);
      out.println("indexed: " + s.line());
    }
  }
}
