package dev.recaps.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The cold-start baseline process: a bare Javalin hello-world whose one route tokenizes Korean
 * with a {@link KoreanAnalyzer} (so the Nori dictionary loads on the first request, as in the real
 * server). Prints {@code READY <port>}, runs until standard input closes. Usage: {@code HelloServer PORT}.
 */
public final class HelloServer {
  private HelloServer() {}

  public static void main(String[] args) throws IOException {
    Analyzer analyzer = new KoreanAnalyzer();
    Javalin app = Javalin.create(config -> config.routes.get("/hello",
            ctx -> ctx.result(String.join(" ", tokens(analyzer, ctx.queryParam("q"))))))
        .start("127.0.0.1", Integer.parseInt(args[0]));
    System.out.println("READY " + app.port());
    System.out.flush();
    BenchServer.waitForStdinToClose(System.in);
    app.stop();
  }

  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text == null ? "" : text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
