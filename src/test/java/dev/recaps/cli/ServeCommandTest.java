package dev.recaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `recaps serve` as users run it: a separate JVM, first start indexes the corpus, a restart reuses it. */
class ServeCommandTest {
  private static final Pattern SERVING =
      Pattern.compile("Recaps is serving (\\d+) recaps from .* on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path data;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void firstStartIndexesTheCorpusAndARestartServesTheSameIndex() throws Exception {
    List<String> first = serveAndSearch();
    assertTrue(first.stream().anyMatch(l -> l.startsWith("First start: indexing ")), first.toString());
    List<String> second = serveAndSearch();
    assertTrue(second.stream().noneMatch(l -> l.startsWith("First start")), second.toString());
  }

  /** Starts serve on a free port, checks a Korean search and a suggestion, stops it; returns its output. */
  private List<String> serveAndSearch() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        RecapsCommand.class.getName(), "serve", "--data", data.toString(), "--port", "0", "--corpus", "corpus")
        .redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      Matcher serving = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
        Matcher m = SERVING.matcher(line);
        if (m.find()) {
          serving = m;
          break;
        }
      }
      assertTrue(serving != null, "serve never said it was serving: " + lines);
      assertEquals("5", serving.group(1));
      String base = "http://127.0.0.1:" + serving.group(2);

      JsonNode search = get(base + "/api/search?q=" + URLEncoder.encode("해커톤", StandardCharsets.UTF_8));
      assertEquals(1, search.get("total").asInt());
      JsonNode suggest = get(base + "/api/suggest?q=" + URLEncoder.encode("해커", StandardCharsets.UTF_8));
      assertTrue(suggest.get("suggestions").size() > 0, suggest.toString());
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
    return lines;
  }

  private JsonNode get(String url) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), url + " → " + r.body());
    return new ObjectMapper().readTree(r.body());
  }
}
