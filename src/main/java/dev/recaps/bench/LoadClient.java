package dev.recaps.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The HTTP load generator process: N keep-alive clients (one shared HTTP/1.1 connection pool)
 * cycle through a list of request paths in a closed loop and print the result as one JSON line.
 * A response counts as answered when its status is 200 and its body starts with the expected
 * prefix. Prints {@code RESULT <json>}. Usage: {@code LoadClient BASE_URL PATHS_FILE CLIENTS WARMUP_S DURATION_S OK_PREFIX}.
 */
public final class LoadClient {
  private LoadClient() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: LoadClient BASE_URL PATHS_FILE CLIENTS WARMUP_S DURATION_S OK_PREFIX");
      System.exit(2);
    }
    String base = args[0];
    List<String> paths = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    int clients = Integer.parseInt(args[2]);
    String okPrefix = args[5];
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    Latencies result = LoadLoop.run(paths, clients, Duration.ofMillis(seconds(args[3])),
        Duration.ofMillis(seconds(args[4])), path -> {
          HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30)).GET().build();
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          if (response.statusCode() != 200 || !response.body().startsWith(okPrefix)) {
            String body = response.body();
            return "HTTP " + response.statusCode() + ": " + body.substring(0, Math.min(200, body.length()));
          }
          return null;
        });
    System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
  }

  private static long seconds(String s) {
    return Math.round(Double.parseDouble(s) * 1000);
  }
}
