package dev.recaps.extract;

import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns one local Markdown, plain-text or HTML file into a recap whose id is derived from its path
 * relative to the corpus root, so re-indexing the same file updates it.
 */
public final class FileExtractor {
  /** Files above this size are skipped without being read: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Recaps read from files carry this instead of a host name. */
  public static final String LOCAL_SITE = "local";

  private static final Set<String> MARKDOWN = Set.of("md", "markdown");
  private static final Set<String> TEXT = Set.of("txt");
  private static final Set<String> HTML = Set.of("html", "htm");

  private final HtmlExtractor html;
  private final long maxBytes;
  private final PlainTextReader plainText;
  private final GenericHeadings generic;

  public FileExtractor(HtmlExtractor html, long maxBytes) {
    this(html, maxBytes, GenericHeadings.withDefaults());
  }

  /** With a generic-headings list that includes the user's own entries. */
  public FileExtractor(HtmlExtractor html, long maxBytes, GenericHeadings generic) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
    }
    this.html = html;
    this.maxBytes = maxBytes;
    this.generic = generic;
    this.plainText = new PlainTextReader(generic);
  }

  /** Whether the file has an extension this extractor reads: .md .markdown .txt .html .htm. */
  public static boolean isSupported(Path file) {
    String ext = extension(file);
    return MARKDOWN.contains(ext) || TEXT.contains(ext) || HTML.contains(ext);
  }

  /**
   * Extracts {@code file}, which lies under {@code corpusRoot}.
   *
   * @throws ExtractionException when the file is empty, binary, too large, unsupported, unreadable
   *     or (HTML) not an article
   * @throws IOException when the file does not exist or reading fails midway
   */
  public Extraction extract(Path corpusRoot, Path file) throws ExtractionException, IOException {
    String relative = relativePath(corpusRoot, file);
    if (!isSupported(file)) {
      throw new ExtractionException(
          SkipReason.UNSUPPORTED_TYPE, relative + ": not .md, .markdown, .txt, .html or .htm");
    }
    byte[] bytes = readChecked(file, relative);
    String binary = BinarySniffer.binaryReason(bytes);
    if (binary != null) {
      throw new ExtractionException(SkipReason.BINARY, relative + ": " + binary);
    }
    List<String> warnings = new ArrayList<>();
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null);
    if (decoded.lossy()) {
      warnings.add(
          "not valid text in any known encoding; decoded as "
              + decoded.charset()
              + " with undecodable bytes replaced by U+FFFD");
    }
    if (decoded.text().isBlank()) {
      throw new ExtractionException(SkipReason.EMPTY, relative + ": only whitespace");
    }
    YamlFields sidecar = Sidecar.readFor(file);
    String ext = extension(file);
    Recap recap;
    if (HTML.contains(ext)) {
      recap = fromHtml(decoded.text(), relative, sidecar, warnings);
    } else {
      Document doc =
          MARKDOWN.contains(ext)
              ? markdown(decoded.text(), file, sidecar)
              : plainText(decoded.text(), file, sidecar);
      warnings.addAll(doc.declared.warnings());
      recap = toRecap(relative, doc);
    }
    return new Extraction(recap, warnings);
  }

  private byte[] readChecked(Path file, String relative) throws ExtractionException, IOException {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file: " + file, e);
    }
    if (size > maxBytes) {
      throw new ExtractionException(
          SkipReason.TOO_LARGE,
          relative + ": " + size + " bytes, above the limit of " + maxBytes + " bytes");
    }
    if (size == 0) {
      throw new ExtractionException(SkipReason.EMPTY, relative + ": 0 bytes");
    }
    try {
      return Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new ExtractionException(SkipReason.UNREADABLE, relative + ": permission denied");
    }
  }

  /** Title, text and metadata of a Markdown or text file before ids are attached. */
  private record Document(
      String title, String text, List<String> headings, DeclaredMetadata declared) {}

  private Document markdown(String content, Path file, YamlFields sidecar) throws ExtractionException {
    MarkdownReader.Result md = MarkdownReader.read(content);
    if (md.text().isBlank()) {
      throw new ExtractionException(SkipReason.EMPTY, file.getFileName() + ": no text after front matter");
    }
    DeclaredMetadata declared = DeclaredMetadata.from(md.frontMatter().overriddenBy(sidecar));
    List<String> headings = md.headings().stream().map(TextBuilder.Heading::text).toList();
    String title = declared.title();
    if (title == null) {
      title = headingTitle(md.headings());
    }
    if (title == null) {
      title = TitleDeriver.derive(file.getFileName().toString(), firstParagraph(md.text(), headings));
    }
    if (declared.published() == null) {
      declared = declared.withPublished(BylineDate.find(md.text()));
    }
    return new Document(title, md.text(), headings, declared);
  }

  private Document plainText(String content, Path file, YamlFields sidecar) {
    PlainTextReader.Result txt = plainText.read(content);
    DeclaredMetadata declared = DeclaredMetadata.from(sidecar);
    String title = declared.title() != null ? declared.title() : txt.title();
    if (title == null) {
      title = TitleDeriver.derive(file.getFileName().toString(), txt.firstParagraph());
    }
    if (declared.published() == null) {
      declared = declared.withPublished(BylineDate.find(txt.text()));
    }
    return new Document(title, txt.text(), txt.headings(), declared);
  }

  /** The first level-1 heading, else the first heading of any level; generic ones never. */
  private String headingTitle(List<TextBuilder.Heading> headings) {
    List<TextBuilder.Heading> named = headings.stream().filter(h -> !generic.isGeneric(h.text())).toList();
    return named.stream()
        .filter(h -> h.level() == 1)
        .findFirst()
        .or(() -> named.stream().findFirst())
        .map(TextBuilder.Heading::text)
        .orElse(null);
  }

  private static String firstParagraph(String text, List<String> headings) {
    for (String block : text.split("\n\n")) {
      if (!headings.contains(block.strip())) {
        return block.lines().findFirst().orElse(block);
      }
    }
    return null;
  }

  private static Recap toRecap(String relative, Document doc) {
    DeclaredMetadata d = doc.declared;
    return new Recap(
        RecapIds.of(relative), relative, null, LOCAL_SITE, doc.title, doc.text, doc.headings,
        d.author(), d.published(), d.tags(), LanguageDetector.detect(doc.title + "\n" + doc.text),
        d.overrides(), null, null, false);
  }

  private Recap fromHtml(String content, String relative, YamlFields sidecar, List<String> warnings)
      throws ExtractionException {
    HtmlPage page = html.extract(content, null);
    switch (page.type()) {
      case EMPTY -> throw new ExtractionException(SkipReason.EMPTY, relative + ": " + page.reason());
      case NOT_HTML -> throw new ExtractionException(SkipReason.UNSUPPORTED_TYPE, relative + ": " + page.reason());
      case LISTING -> throw new ExtractionException(SkipReason.NOT_AN_ARTICLE, relative + ": " + page.reason());
      case ARTICLE -> { }
    }
    Recap r = page.recap();
    DeclaredMetadata d = DeclaredMetadata.from(sidecar);
    warnings.addAll(d.warnings());
    List<String> tags = d.tags().isEmpty() ? r.tags() : d.tags();
    Map<String, String> overrides = new LinkedHashMap<>(r.overrides());
    overrides.putAll(d.overrides());
    return new Recap(
        RecapIds.of(relative), relative, null, LOCAL_SITE,
        d.title() != null ? d.title() : r.title(), r.text(), r.headings(),
        d.author() != null ? d.author() : r.author(),
        d.published() != null ? d.published() : r.published(),
        tags, r.lang(), overrides, null, null, false);
  }

  private static String relativePath(Path corpusRoot, Path file) {
    Path root = corpusRoot.toAbsolutePath().normalize();
    Path abs = file.toAbsolutePath().normalize();
    // Outside the root the absolute path is the only stable, unique source left.
    Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
    return rel.toString().replace('\\', '/');
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
