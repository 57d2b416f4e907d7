package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.crawl.Crawler;
import dev.recaps.crawl.WarcArchive;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * {@code recaps crawl} SIGKILLed at random points against a local blog, then resumed: every WARC
 * file reads to its end without a corrupt record (a torn last record is cut by the next run), an
 * archived page is never downloaded again (only revalidated), and the final index holds the same
 * recaps as an uninterrupted crawl.
 */
class KillDuringCrawlTest {
  static final int POSTS = Integer.getInteger("recaps.reliability.crawlPosts", 150);
  static final int KILLS = Integer.getInteger("recaps.reliability.crawlKills", 3);
  private static final String[] SECTIONS = {"aws", "kubecon", "deview", "ifkakao", "googleio",
      "feconf", "pycon", "ndc"};

  @TempDir Path tmp;
  private Javalin blog;
  private final Map<String, AtomicInteger> fullAnswers = new ConcurrentHashMap<>();

  @BeforeEach
  void startBlog() {
    blog = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.routes.get("/", ctx -> ctx.html(index()));
      c.routes.get("/{section}/{n}/", ctx -> {
        int n = Integer.parseInt(ctx.pathParam("n"));
        if (!ctx.pathParam("section").equals(section(n))) {
          ctx.status(404);
          return;
        }
        String etag = "\"post-" + n + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
          ctx.status(304);
          return;
        }
        fullAnswers.computeIfAbsent(ctx.path(), p -> new AtomicInteger()).incrementAndGet();
        ctx.html(post(n));
      });
    }).start("127.0.0.1", 0);
  }

  @AfterEach
  void stopBlog() {
    blog.stop();
  }

  private static String index() {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><title>Conference notes</title>"
        + "</head><body><h1>Conference notes</h1><ul>");
    for (int n = 0; n < POSTS; n++) {
      b.append("<li><a href=\"/").append(section(n)).append('/').append(n).append("/\">")
          .append(GeneratedRecaps.title(n))
          .append("</a></li>");
    }
    return b.append("</ul></body></html>").toString();
  }

  /**
   * Posts live under several sections: the crawler treats more than 200 URLs of one shape
   * ({@code /posts/N/}) as a link trap.
   */
  private static String section(int n) {
    return SECTIONS[n % SECTIONS.length];
  }

  private static String post(int n) {
    String body = GeneratedRecaps.body(n, 150).replace("\n\n", "</p><p>");
    return "<!doctype html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>"
        + GeneratedRecaps.title(n) + "</title><meta property=\"og:type\" content=\"article\">"
        + "<meta property=\"article:published_time\" content=\"" + GeneratedRecaps.year(n)
        + "-12-0" + (1 + n % 9) + "T10:00:00+09:00\"></head><body><header><nav><a href=\"/\">home</a>"
        + "</nav></header><main><article><h1>" + GeneratedRecaps.title(n) + "</h1><p class=\"byline\">"
        + "by 작성자 " + (n % 7) + "</p><p>" + body + "</p></article></main></body></html>";
  }

  private String[] crawlArgs(Path data) {
    return new String[] {"crawl", "--data", data.toString(), "--delay-ms", "0", "--max-pages",
        "10000", "http://127.0.0.1:" + blog.port() + "/"};
  }

  @Test
  void sigkillDuringACrawlLosesNothingAndRefetchesNothing() throws Exception {
    Path logs = tmp.resolve("logs");
    long started = System.nanoTime();
    RecapsProcess reference = RecapsProcess.start(logs, crawlArgs(tmp.resolve("reference")));
    assertEquals(0, reference.waitFor(300), reference.stderr());
    long cleanMillis = (System.nanoTime() - started) / 1_000_000;
    Map<String, String> expected = IndexSnapshot.content(tmp.resolve("reference/index"));
    assertEquals(POSTS, expected.size(), reference.stdout());
    fullAnswers.clear();

    Path data = tmp.resolve("data");
    long seed = System.nanoTime();
    Random random = new Random(seed);
    int killedMidRun = 0;
    for (int k = 0; k <= KILLS; k++) {
      Set<String> archived = archivedPosts(data);
      Map<String, Integer> before = snapshotAnswers();
      RecapsProcess run = RecapsProcess.start(logs, crawlArgs(data));
      if (k < KILLS) {
        Thread.sleep(300 + (long) (random.nextDouble() * cleanMillis * 0.6));
        if (run.isAlive()) {
          run.kill();
          killedMidRun++;
        } else {
          assertEquals(0, run.waitFor(10), run.stderr());
        }
      } else {
        assertEquals(0, run.waitFor(300), run.stderr());
      }
      for (String path : archived) {
        assertEquals(before.getOrDefault(path, 0), fullAnswers.get(path).get(),
            path + " was archived before run " + (k + 1) + " but downloaded again (seed " + seed + ")");
      }
      assertWarcFilesReadable(data, k == KILLS);
    }
    Map<String, String> resumed = IndexSnapshot.content(data.resolve("index"));
    System.out.printf("crawl kill test: %d posts, clean run %d ms, %d of %d kills mid-run, %d recaps"
        + " after resuming (seed %d)%n", POSTS, cleanMillis, killedMidRun, KILLS, resumed.size(), seed);
    Set<String> lost = new HashSet<>(expected.keySet());
    lost.removeAll(resumed.keySet());
    assertEquals(Set.of(), lost, lost.size() + " recaps of the clean crawl are missing after the kills");
    assertEquals(expected, resumed);
    assertNotEquals(0, killedMidRun, "no kill hit a running crawl; the test proved nothing");
  }

  private Map<String, Integer> snapshotAnswers() {
    Map<String, Integer> out = new ConcurrentHashMap<>();
    fullAnswers.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /** Paths of posts with a complete response record in the archive. */
  private static Set<String> archivedPosts(Path data) throws IOException {
    Set<String> paths = new HashSet<>();
    for (Path file : new WarcArchive(Crawler.archiveDir(data)).files()) {
      try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
        for (WarcRecord record : reader) {
          if (record instanceof org.netpreserve.jwarc.WarcResponse r
              && java.net.URI.create(r.target()).getPath().matches("/[a-z]+/\\d+/")) {
            r.http().body().consume();
            paths.add(java.net.URI.create(r.target()).getPath());
          }
        }
      } catch (IOException | RuntimeException tornTail) {
        // The newest file may end in a record the kill cut short; the next run cuts it off.
      }
    }
    return paths;
  }

  /** Every record of every file parses; only the newest may end torn until the next run. */
  private static void assertWarcFilesReadable(Path data, boolean finished) throws IOException {
    List<Path> files = new WarcArchive(Crawler.archiveDir(data)).files();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      boolean newest = i == files.size() - 1;
      try (WarcReader reader = new WarcReader(FileChannel.open(files.get(i)))) {
        for (WarcRecord record : reader) {
          record.body().consume();
        }
      } catch (IOException | RuntimeException e) {
        if (finished || !newest) {
          problems.add(files.get(i).getFileName() + ": " + e);
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
