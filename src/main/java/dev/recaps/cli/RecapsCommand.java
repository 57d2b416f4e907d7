package dev.recaps.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recaps} command line: the composition root that wires every pipeline stage. */
@Command(
    name = "recaps",
    mixinStandardHelpOptions = true,
    version = "recaps 0.1.0",
    description = "Search Korean and English conference recaps.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      EnrichCommand.class,
      CrawlCommand.class,
      ReindexCommand.class,
      EvalCommand.class,
      dev.recaps.bench.Bench.class
    })
public final class RecapsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with the error handling every command shares. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new RecapsCommand());
    cl.setExecutionExceptionHandler(RecapsCommand::report);
    return cl;
  }

  // Lucene logs a warning at every start unless the JVM gets --add-modules jdk.incubator.vector,
  // which an executable jar cannot request; the scalar code path it falls back to is fine here.
  private static final java.util.logging.Logger VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    CommandLine cl = commandLine();
    int code = cl.execute(args);
    cl.getOut().flush();
    cl.getErr().flush();
    System.exit(code);
  }

  // Users get one line saying what went wrong and what to do; the stack trace only on request.
  private static int report(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    err.println("recaps " + cl.getCommandName() + ": " + describe(e));
    if (System.getenv("RECAPS_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return e instanceof dev.recaps.model.InvalidRequestException ? 2 : 1;
  }

  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": " + (f.getReason() == null ? "no such file or folder" : f.getReason());
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": " + (f.getReason() == null ? "permission denied" : f.getReason());
    }
    if (e instanceof FileSystemException f) {
      return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
    }
    String m = e.getMessage();
    if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
