package dev.recaps.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.search.RecapSearcher;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
  @TempDir Path dir;

  @Test
  void startedServerAnswersAndClosesItsPort() throws Exception {
    try (RecapSearcher searcher = TestRecaps.index(dir.resolve("index"))) {
      WebConfig config = new WebConfig("127.0.0.1", 0, List.of(), List.of(), "", null);
      int port;
      try (WebServer server = WebServer.start(searcher, ArchivedPages.NONE, config)) {
        port = server.port();
        HttpResponse<String> r = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
      }
      try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
        assertTrue(again.isBound());
      }
    }
  }

  @Test
  void aPortInUseIsReportedWithWhatToDo() throws Exception {
    try (RecapSearcher searcher = TestRecaps.index(dir.resolve("index"));
        ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      WebConfig config = new WebConfig("127.0.0.1", taken.getLocalPort(), List.of(), List.of(), "", null);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> WebServer.start(searcher, ArchivedPages.NONE, config));
      assertEquals("port " + taken.getLocalPort() + " is in use on 127.0.0.1: stop the other program or use --port N",
          e.getMessage());
    }
  }
}
