package dev.recaps.cli;

import dev.recaps.index.RecapIndexer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recaps index}: indexes local files and folders (default {@code corpus/}). */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index local recap files and folders (.md, .markdown, .txt, .html, .htm).")
final class IndexCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to index. Default: ${DEFAULT-VALUE}.", defaultValue = "corpus")
  List<Path> paths;

  @Option(names = "--prune", description = "Remove indexed files that no longer exist under the given folders.")
  boolean prune;

  @Option(names = "--verbose", description = "List every warning and skipped file.")
  boolean verbose;

  @Option(names = "--threads", description = "Files processed at once (default: one per core, here ${DEFAULT-VALUE}).")
  int threads = CorpusIndexer.DEFAULT_THREADS;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Components c = Components.load(data, err);
    IndexSummary s;
    try (RecapIndexer indexer = RecapIndexer.open(data.index(), c.analyzers)) {
      s = new CorpusIndexer(c.files, c.enricher, indexer, err, true, threads).run(paths, prune);
    }
    int shown = verbose ? s.problems().size() : Math.min(20, s.problems().size());
    s.problems().stream().limit(shown).forEach(p -> err.println("  " + p));
    if (shown < s.problems().size()) {
      err.println("  … " + (s.problems().size() - shown) + " more (use --verbose)");
    }
    out.println("indexed into " + data.index() + ": " + s.line());
    return s.failedTotal() > 0 ? 1 : 0;
  }
}
