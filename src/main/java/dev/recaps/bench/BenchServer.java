package dev.recaps.bench;

import dev.recaps.search.RecapSearcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The search server process of the HTTP figures: opens an index, serves the API on a loopback
 * port, prints {@code READY <port>} and runs until its standard input closes.
 * Usage: {@code BenchServer INDEX_DIR PORT}.
 */
public final class BenchServer {
  private BenchServer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BenchServer INDEX_DIR PORT");
      System.exit(2);
    }
    try (RecapSearcher searcher = SearchStack.open(Path.of(args[0]))) {
      Javalin app = BenchHttpApi.start(searcher, Integer.parseInt(args[1]));
      System.out.println("READY " + app.port());
      System.out.flush();
      waitForStdinToClose(System.in);
      app.stop();
    }
  }

  static void waitForStdinToClose(InputStream in) throws IOException {
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // The parent bench process holds the pipe; when it closes it (or dies) the server stops.
    }
  }
}
