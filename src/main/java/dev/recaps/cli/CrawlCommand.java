package dev.recaps.cli;

import dev.recaps.crawl.CrawlConfig;
import dev.recaps.crawl.CrawlReport;
import dev.recaps.crawl.Crawler;
import dev.recaps.crawl.SourcesFile;
import dev.recaps.index.RecapIndexer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recaps crawl}: fetches blogs, feeds, sitemaps and posts politely, archives them, indexes the articles. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawl recap blogs, feeds, sitemaps or posts into the archive and the index (see docs/crawling.md).")
final class CrawlCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "URL", arity = "0..*", description = "Site roots, posts, RSS/Atom feeds or sitemaps. Default: the URLs in --sources.")
  List<String> urls = List.of();

  @Option(names = "--sources", paramLabel = "FILE", defaultValue = "corpus/sources.txt",
      description = "File with one URL a line (# comments), used when no URL is given (default ${DEFAULT-VALUE}).")
  Path sources;

  @Option(names = "--max-pages", defaultValue = "" + CrawlConfig.DEFAULT_MAX_PAGES, description = "Stop after this many fetched pages (default ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--max-depth", defaultValue = "" + CrawlConfig.DEFAULT_MAX_DEPTH, description = "Link distance from a start URL (default ${DEFAULT-VALUE}).")
  int maxDepth;

  @Option(names = "--delay-ms", defaultValue = "" + CrawlConfig.DEFAULT_DELAY_MS, description = "Pause between requests to one host (default ${DEFAULT-VALUE}; robots.txt Crawl-delay may raise it).")
  long delayMs;

  @Option(names = "--include", paramLabel = "REGEX", description = "Only follow URLs matching this regular expression.")
  String include;

  @Option(names = "--exclude", paramLabel = "REGEX", description = "Never follow URLs matching this regular expression.")
  String exclude;

  @Option(names = "--user-agent", paramLabel = "UA", defaultValue = CrawlConfig.DEFAULT_USER_AGENT, description = "User agent (default ${DEFAULT-VALUE}).")
  String userAgent;

  @Option(names = "--refresh", description = "Re-fetch pages even when the archive has them (still with conditional requests).")
  boolean refresh;

  @Option(names = "--only-recaps", description = "Index only articles about a known conference (others stay in the archive).")
  boolean onlyRecaps;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> seeds = new ArrayList<>(urls);
    if (seeds.isEmpty()) {
      if (!Files.isRegularFile(sources)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "give at least one URL, or a sources file (" + sources + " does not exist)");
      }
      seeds.addAll(SourcesFile.read(sources));
    }
    CrawlConfig config = CrawlConfig.defaults().toBuilder()
        .userAgent(userAgent).maxPages(maxPages).maxDepth(maxDepth).delayMs(delayMs)
        .include(regex("--include", include)).exclude(regex("--exclude", exclude)).refresh(refresh)
        .build();
    Components c = Components.load(data, err);
    long start = System.nanoTime();
    CrawlReport report;
    try (RecapIndexer indexer = RecapIndexer.open(data.index(), c.analyzers)) {
      CrawlIndexingSink sink = new CrawlIndexingSink(c.html, c.enricher, indexer, onlyRecaps, true);
      report = new Crawler(config, data.root(), sink, new CrawlStatus(err)).crawl(seeds);
      indexer.commit();
    }
    out.printf("crawled %d start URL(s) in %.1f s into %s%n", seeds.size(),
        (System.nanoTime() - start) / 1e9, data.root());
    out.print(report.summary());
    return report.fetched() == 0 && report.errorsTotal() > 0 ? 1 : 0;
  }

  private Pattern regex(String option, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Pattern.compile(value);
    } catch (PatternSyntaxException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          option + " is not a valid regular expression: " + e.getDescription());
    }
  }
}
