package dev.recaps.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code recaps} command line: the composition root that wires every pipeline stage. */
@Command(
    name = "recaps",
    mixinStandardHelpOptions = true,
    version = "recaps 0.1.0",
    description = "Search Korean and English conference recaps.")
public final class RecapsCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new RecapsCommand()).execute(args));
  }
}
