package dev.recaps.crawl;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The durable raw copy of a crawl: WARC files under {@code data/archive/}, one gzip member per
 * record (so any record can be read at its offset), response then request record per fetch, a new
 * file per run and whenever a file passes the rotation size. Reading it back needs no network:
 * {@link #forEachPage} yields the latest copy of every archived HTML page for {@code reindex}.
 */
public final class WarcArchive implements Closeable {
  public static final long DEFAULT_ROTATE_BYTES = 1L << 30;
  static final String SUFFIX = ".warc.gz";
  private static final System.Logger LOG = System.getLogger(WarcArchive.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** What a full read of the archive found. */
  public record ReadSummary(int pages, int gone, List<String> problems) {}

  private final Path dir;
  private final long rotateBytes;
  private final String runStamp = STAMP.format(Instant.now());
  private int fileSequence;
  private FileChannel channel;
  private WarcWriter writer;
  private Path current;

  public WarcArchive(Path archiveDir) {
    this(archiveDir, DEFAULT_ROTATE_BYTES);
  }

  public WarcArchive(Path archiveDir, long rotateBytes) {
    this.dir = archiveDir;
    this.rotateBytes = rotateBytes;
  }

  /** Archive files in write order (their names sort by run time and sequence). */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    }
  }

  /** Writes a response and its request; returns the response's reference {@code file#offset}. */
  String write(HttpResult exchange, String requestedUrl, Map<String, String> hints, int depth)
      throws IOException {
    if (writer == null || channel.size() >= rotateBytes) {
      openNextFile();
    }
    long offset = writer.position();
    WarcResponse response = WarcRecords.response(exchange, requestedUrl, hints, depth);
    writer.write(response);
    writer.write(WarcRecords.request(exchange, response.id()));
    return current.getFileName() + "#" + offset;
  }

  /** Reads the archived response at {@code file#offset}. */
  public FetchedPage read(String warcRef) throws IOException {
    int hash = warcRef.lastIndexOf('#');
    if (hash < 0) {
      throw new IOException("not an archive reference (file#offset): " + warcRef);
    }
    Path file = dir.resolve(warcRef.substring(0, hash));
    long offset = Long.parseLong(warcRef.substring(hash + 1));
    try (FileChannel in = FileChannel.open(file)) {
      in.position(offset);
      WarcReader reader = new WarcReader(in);
      Optional<WarcRecord> record = reader.next();
      if (record.isEmpty() || !(record.get() instanceof WarcResponse response)) {
        throw new IOException("no response record at " + warcRef);
      }
      return WarcRecords.toPage(response, warcRef);
    }
  }

  /**
   * Hands the latest archived copy of every HTML page to {@code action}, flagged gone when a
   * later capture of its URL answered 404/410. A torn record (a crash mid-write) ends the reading
   * of its file and is reported in the summary.
   */
  public ReadSummary forEachPage(Consumer<FetchedPage> action) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> latestPage = new HashMap<>();
    Set<String> goneUrls = new HashSet<>();
    scan(problems, (ref, response, status) -> {
      String url = response.target();
      if (status == 404 || status == 410) {
        goneUrls.add(url);
      } else if (status >= 200 && status < 300 && isHtml(response)) {
        latestPage.put(url, ref);
        goneUrls.remove(url);
      }
    });
    Set<String> wanted = new HashSet<>(latestPage.values());
    int[] counts = new int[2];
    scan(new ArrayList<>(), (ref, response, status) -> {
      if (wanted.contains(ref)) {
        FetchedPage page = WarcRecords.toPage(response, ref);
        boolean gone = goneUrls.contains(response.target());
        counts[0]++;
        counts[1] += gone ? 1 : 0;
        action.accept(gone ? page.asGone() : page);
      }
    });
    return new ReadSummary(counts[0], counts[1], problems);
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
      channel = null;
    }
  }

  private interface ResponseVisitor {
    void visit(String ref, WarcResponse response, int status) throws IOException;
  }

  private void scan(List<String> problems, ResponseVisitor visitor) throws IOException {
    for (Path file : files()) {
      try (WarcReader reader = new WarcReader(file)) {
        String name = file.getFileName().toString();
        try {
          for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
            long position = reader.position();
            if (r.get() instanceof WarcResponse response) {
              visitor.visit(name + "#" + position, response, response.http().status());
            }
          }
        } catch (IOException | RuntimeException e) {
          problems.add(name + ": torn or unreadable record at offset " + reader.position()
              + " skipped (" + e.getMessage() + ")");
        }
      }
    }
  }

  private static boolean isHtml(WarcResponse response) throws IOException {
    String type = response.http().headers().first("Content-Type").orElse("");
    return ContentSniffer.isHtmlType(type);
  }

  private void openNextFile() throws IOException {
    close();
    Files.createDirectories(dir);
    if (fileSequence == 0) {
      repairNewest();
    }
    Path file;
    do {
      fileSequence++;
      file = dir.resolve(String.format("recaps-%s-%05d%s", runStamp, fileSequence, SUFFIX));
    } while (Files.exists(file));
    channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    writer = new WarcWriter(channel, WarcCompression.GZIP);
    current = file;
    writer.write(new Warcinfo.Builder()
        .filename(file.getFileName().toString())
        .fields(Map.of(
            "software", List.of("Recaps crawler (jsoup, crawler-commons, jwarc)"),
            "format", List.of("WARC File Format 1.1"),
            "robots", List.of("obey"),
            "description", List.of("payloads are content-decoded; Content-Length restated")))
        .build());
  }

  /**
   * Cuts a torn last record off the newest earlier file (a crash mid-write leaves one there), so
   * every tool reads the file cleanly again.
   */
  private void repairNewest() throws IOException {
    List<Path> existing = files();
    if (existing.isEmpty()) {
      return;
    }
    Path newest = existing.get(existing.size() - 1);
    long goodEnd = 0;
    boolean torn = false;
    try (WarcReader reader = new WarcReader(newest)) {
      try {
        for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
          r.get().body().consume();
        }
      } catch (IOException | RuntimeException e) {
        // jwarc advances its position to a record's start before parsing it, so this is the
        // offset of the torn record, i.e. the end of the last complete one.
        torn = true;
        goodEnd = reader.position();
      }
    }
    if (torn) {
      LOG.log(System.Logger.Level.WARNING, "{0}: torn last record cut at offset {1}", newest, goodEnd);
      try (FileChannel out = FileChannel.open(newest, StandardOpenOption.WRITE)) {
        out.truncate(goodEnd);
      }
    }
  }
}
