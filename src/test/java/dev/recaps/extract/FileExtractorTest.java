package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExtractorTest {
  @TempDir Path root;

  private final FileExtractor extractor =
      new FileExtractor(HtmlExtractor.withDefaults(), FileExtractor.DEFAULT_MAX_BYTES);

  private Path write(String name, String content) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    Path p = root.resolve(name);
    Files.write(p, content);
    return p;
  }

  private ExtractionException skipped(Path file) {
    return assertThrows(ExtractionException.class, () -> extractor.extract(root, file));
  }

  @Test
  void supportedExtensionsIgnoreCase() {
    for (String name : List.of("a.md", "b.MARKDOWN", "c.Txt", "d.html", "e.HTM")) {
      assertTrue(FileExtractor.isSupported(Path.of(name)), name);
    }
    for (String name : List.of("a.pdf", "a.meta.yaml", "README", "a.md.bak")) {
      assertFalse(FileExtractor.isSupported(Path.of(name)), name);
    }
  }

  @Test
  void emptyFileIsSkippedAsEmpty() throws IOException {
    ExtractionException e = skipped(writeBytes("empty.md", new byte[0]));
    assertEquals(SkipReason.EMPTY, e.reason());
    assertEquals("empty: empty.md: 0 bytes", e.getMessage());
  }

  @Test
  void whitespaceOnlyFileIsEmpty() throws IOException {
    assertEquals(SkipReason.EMPTY, skipped(write("blank.txt", " \n\n\t\n")).reason());
  }

  @Test
  void markdownWithOnlyFrontMatterIsEmpty() throws IOException {
    assertEquals(SkipReason.EMPTY, skipped(write("fm.md", "---\ntitle: Nothing else\n---\n\n")).reason());
  }

  @Test
  void binaryFileWithTextExtensionIsSkippedAsBinary() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    ExtractionException e = skipped(writeBytes("photo.txt", png));
    assertEquals(SkipReason.BINARY, e.reason());
    assertEquals("binary: photo.txt: NUL byte at offset 8", e.getMessage());
  }

  @Test
  void controlCharacterNoiseWithoutNulIsBinary() throws IOException {
    byte[] noise = new byte[200];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertEquals(SkipReason.BINARY, skipped(writeBytes("noise.md", noise)).reason());
  }

  @Test
  void fileAboveMaxBytesIsTooLargeWithoutBeingRead() throws IOException {
    Path big = root.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(FileExtractor.DEFAULT_MAX_BYTES + 1); // sparse: nothing is written or read
    }
    ExtractionException e = skipped(big);
    assertEquals(SkipReason.TOO_LARGE, e.reason());
    assertEquals("too large: huge.txt: 10485761 bytes, above the limit of 10485760 bytes", e.getMessage());
  }

  @Test
  void missingFileIsAnIoErrorNamingIt() {
    Path missing = root.resolve("gone.md");
    IOException e = assertThrows(IOException.class, () -> extractor.extract(root, missing));
    assertEquals("no such file: " + missing, e.getMessage());
  }

  @Test
  void unsupportedExtensionIsSkipped() throws IOException {
    assertEquals(SkipReason.UNSUPPORTED_TYPE, skipped(write("notes.rst", "Title\n=====\n")).reason());
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementAndAWarning() throws Exception {
    byte[] good = "Re:Invent notes\n\nThe keynote was long but worth it.\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, 20);
    bad[20] = (byte) 0xFF;
    System.arraycopy(good, 20, bad, 21, good.length - 20);
    Extraction e = extractor.extract(root, writeBytes("damaged.txt", bad));
    assertEquals("Re:Invent notes", e.recap().title());
    assertTrue(e.recap().text().contains("\uFFFD"));
    assertEquals(
        List.of("not valid text in any known encoding; decoded as UTF-8 with undecodable bytes replaced by U+FFFD"),
        e.warnings());
  }

  @Test
  void legacyEucKrTextFileComesOutAsHangul() throws Exception {
    String text = "AWS 서밋 서울 2019 후기\n\n코엑스에서 열린 서밋에 다녀왔습니다. 서버리스 세션이 특히 좋았습니다.\n";
    Extraction e = extractor.extract(root, writeBytes("summit.txt", text.getBytes(Charset.forName("EUC-KR"))));
    assertEquals("AWS 서밋 서울 2019 후기", e.recap().title());
    assertEquals("AWS 서밋 서울 2019 후기\n\n코엑스에서 열린 서밋에 다녀왔습니다. 서버리스 세션이 특히 좋았습니다.", e.recap().text());
    assertEquals(List.of(), e.warnings());
  }

  @Test
  void invalidYamlFrontMatterIsIndexedWithAWarningAndTheReadableFields() throws Exception {
    Path md =
        write(
            "broken.md",
            "---\ntitle: KubeCon 2023 후기\ntags: [k8s, cncf\ndate: 2023-04-20\n---\n\n본문입니다.\n");
    Extraction e = extractor.extract(root, md);
    assertEquals("KubeCon 2023 후기", e.recap().title());
    assertEquals(LocalDate.of(2023, 4, 20), e.recap().published());
    assertEquals(1, e.warnings().size());
    String w = e.warnings().get(0);
    assertTrue(w.startsWith("front matter is not valid YAML (line 4: "), w);
    assertTrue(w.endsWith("); used the fields that could be read"), w);
  }

  @Test
  void unrecognizedFrontMatterDateIsIgnoredWithAWarning() throws Exception {
    Extraction e = extractor.extract(root, write("d.md", "---\ndate: sometime in spring\n---\n# Title\n\ntext\n"));
    assertNull(e.recap().published());
    assertEquals(List.of("date 'sometime in spring' is not a recognized date; ignored"), e.warnings());
  }

  @Test
  void frontMatterDateFormatsAreAllRead() throws Exception {
    Map<String, LocalDate> cases =
        Map.of(
            "2021-12-31", LocalDate.of(2021, 12, 31),
            "2021-12-31 21:28:31", LocalDate.of(2021, 12, 31),
            "2021-12-31T23:30:00+09:00", LocalDate.of(2021, 12, 31),
            "2021/12/31", LocalDate.of(2021, 12, 31));
    for (var c : cases.entrySet()) {
      Path md = write("dates.md", "---\ndate: " + c.getKey() + "\n---\n# T\n\nx\n");
      assertEquals(c.getValue(), extractor.extract(root, md).recap().published(), c.getKey());
    }
  }

  @Test
  void markdownRendersToPlainTextWithoutUrlsImagesOrMarkup() throws Exception {
    String md =
        """
        # Serverless at re:Invent

        Read the [launch post](https://aws.amazon.com/blogs/x) first. ![diagram](arch.png)

        ## Sessions

        - SVS401 *deep dive*
        - SVS310 `cold starts`

        ```java
        handler.handle(event);
        ```

        <div class="note"><p>Slides are <b>online</b>.</p></div>
        """;
    Recap r = extractor.extract(root, write("svs.md", md)).recap();
    assertEquals(
        "Serverless at re:Invent\n\nRead the launch post first.\n\nSessions\n\nSVS401 deep dive\nSVS310 cold starts\n\n"
            + "handler.handle(event);\n\nSlides are online.",
        r.text());
    assertEquals(List.of("Serverless at re:Invent", "Sessions"), r.headings());
  }

  @Test
  void markdownWithoutTitleOrLevelOneHeadingUsesItsFirstHeading() throws Exception {
    Recap r = extractor.extract(root, write("x1.md", "## 들어가며\n\n글.\n\n## DEVIEW 2023 둘째 날\n\n본문.\n")).recap();
    assertEquals("DEVIEW 2023 둘째 날", r.title());
  }

  @Test
  void markdownWithoutHeadingsUsesAMeaningfulFileName() throws Exception {
    Recap r = extractor.extract(root, write("2023-11-30-reinvent-day-3.md", "그냥 본문만 있다.\n")).recap();
    assertEquals("reinvent day 3", r.title());
  }

  @Test
  void hashLikeFileNameFallsBackToTheFirstSentence() throws Exception {
    Recap r =
        extractor.extract(root, write("001_33b442c71569e712.txt", "들어가며\n\n올해도 re:Invent에 다녀왔다. 둘째 날 이야기.\n")).recap();
    assertEquals("올해도 re:Invent에 다녀왔다.", r.title());
    assertEquals(List.of("들어가며"), r.headings());
  }

  @Test
  void sidecarWinsOverFrontMatterAndSetsOverrides() throws Exception {
    write("post.md", "---\ntitle: Front title\ntags: [a]\n---\n\n본문.\n");
    write(
        "post.meta.yaml",
        "title: Sidecar title\nconference: AWS re:Invent\nyear: 2019\nspeakers:\n  - Werner Vogels\n  - Andy Jassy\ntopics: [serverless, containers]\n");
    Extraction e = extractor.extract(root, root.resolve("post.md"));
    Recap r = e.recap();
    assertEquals("Sidecar title", r.title());
    assertEquals(List.of("a"), r.tags());
    assertEquals(
        Map.of(
            "conference", "AWS re:Invent",
            "year", "2019",
            "speakers", "Werner Vogels, Andy Jassy",
            "topics", "serverless, containers"),
        r.overrides());
    assertEquals(List.of(), e.warnings());
  }

  @Test
  void plainYamlSidecarWithSameBaseNameIsFound() throws Exception {
    write("day1.txt", "Day one\n\nWe arrived.\n");
    write("day1.yaml", "date: 2019-12-02\nauthor: terry\n");
    Recap r = extractor.extract(root, root.resolve("day1.txt")).recap();
    assertEquals(LocalDate.of(2019, 12, 2), r.published());
    assertEquals("terry", r.author());
  }

  @Test
  void nestedFileIdUsesForwardSlashRelativePath() throws Exception {
    Path p = write("2019/reinvent/day1.txt", "Day one\n\nWe arrived.\n");
    Recap r = extractor.extract(root, p).recap();
    assertEquals("2019/reinvent/day1.txt", r.source());
    assertEquals(RecapIds.of("2019/reinvent/day1.txt"), r.id());
    assertEquals(r.id(), extractor.extract(root, p).recap().id());
  }

  @Test
  void localHtmlFileIsReadByTheHtmlExtractorWithALocalId() throws Exception {
    String html =
        "<html><head><title>Saved recap</title><meta property=og:type content=article></head><body>"
            + "<nav>menu</nav><article><h1>Saved recap</h1><p>" + "Saved from a blog that went away. ".repeat(5)
            + "</p></article></body></html>";
    Recap r = extractor.extract(root, write("saved/page.html", html)).recap();
    assertEquals("Saved recap", r.title());
    assertEquals("saved/page.html", r.source());
    assertEquals("local", r.site());
    assertNull(r.url());
    assertFalse(r.text().contains("menu"));
  }

  @Test
  void localHtmlListingIsNotAnArticle() throws IOException {
    StringBuilder html = new StringBuilder("<html><head><meta property=og:type content=website></head><body><main><ul>");
    for (int i = 1; i <= 8; i++) {
      html.append("<li><a href=\"https://blog.example.com/p/").append(i).append("\">Post ").append(i).append("</a></li>");
    }
    html.append("</ul></main></body></html>");
    assertEquals(SkipReason.NOT_AN_ARTICLE, skipped(write("index.html", html.toString())).reason());
  }
}
