package dev.recaps.crawl;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the crawler remembers per URL between runs (validators, content hash, archive reference,
 * gone flag), kept crash-safely in an append-only log {@code data/crawl/state.tsv}: each change is
 * one flushed line, a torn last line is ignored on load, and the log is compacted through a
 * temporary file and an atomic move.
 */
public final class CrawlState implements Closeable {
  static final String FILE_NAME = "state.tsv";
  private static final String HEADER = "#recaps-crawl-state v1";
  private static final int FIELDS = 8;
  private static final System.Logger LOG = System.getLogger(CrawlState.class.getName());

  /** Remembered facts about one URL; a {@code null} field was not sent by the server. */
  public record Entry(
      String url, int status, String etag, String lastModified, String contentHash,
      String warcRef, boolean gone, Instant fetchedAt) {}

  private final Path file;
  private final Map<String, Entry> entries = new HashMap<>();
  private BufferedWriter log;

  private CrawlState(Path file) {
    this.file = file;
  }

  /** Loads (and compacts) the state under {@code stateDir}, creating it when absent. */
  public static CrawlState open(Path stateDir) throws IOException {
    Files.createDirectories(stateDir);
    CrawlState state = new CrawlState(stateDir.resolve(FILE_NAME));
    state.load();
    state.compact();
    state.log = Files.newBufferedWriter(state.file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return state;
  }

  public Optional<Entry> get(String url) {
    return Optional.ofNullable(entries.get(url));
  }

  public int size() {
    return entries.size();
  }

  /** All entries, for building the content-hash index of earlier runs. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** Records a change and appends it to the log at once, so a crash loses at most this line. */
  public void put(Entry entry) throws IOException {
    entries.put(entry.url(), entry);
    log.write(format(entry));
    log.write('\n');
    log.flush();
  }

  @Override
  public void close() throws IOException {
    if (log != null) {
      log.close();
      log = null;
    }
  }

  private void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    String content = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = content.split("\n", -1);
    // The last element is "" after a complete final line, or a torn line after a crash.
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].isEmpty() || lines[i].startsWith("#")) {
        continue;
      }
      Entry e = parse(lines[i]);
      if (e == null) {
        LOG.log(System.Logger.Level.WARNING, "{0}:{1}: malformed state line skipped", file, i + 1);
      } else {
        entries.put(e.url(), e);
      }
    }
    if (!lines[lines.length - 1].isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "{0}: torn last line ignored", file);
    }
  }

  private void compact() throws IOException {
    Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (Entry e : entries.values()) {
        out.write(format(e));
        out.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String format(Entry e) {
    return String.join("\t", enc(e.url()), Integer.toString(e.status()), enc(e.etag()),
        enc(e.lastModified()), enc(e.contentHash()), enc(e.warcRef()), e.gone() ? "1" : "0",
        e.fetchedAt() == null ? "" : e.fetchedAt().toString());
  }

  private static Entry parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != FIELDS) {
      return null;
    }
    try {
      return new Entry(dec(f[0]), Integer.parseInt(f[1]), dec(f[2]), dec(f[3]), dec(f[4]),
          dec(f[5]), "1".equals(f[6]), f[7].isEmpty() ? null : Instant.parse(f[7]));
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private static String enc(String s) {
    return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    return s.isEmpty() ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
