package dev.recaps.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recaps.index.RecapIndexer;
import dev.recaps.analysis.AnalyzerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `recaps` commands over the bundled corpus, in a temporary data directory. */
class CommandLineTest {
  @TempDir static Path data;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void indexCorpus() {
    CliRun r = CliRun.of("index", "--data", data.toString(), "corpus");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("files 5: indexed 5 (added 5, updated 0), unchanged 0, skipped 0, failed 0,"
        + " pruned 0; 5 recaps in the index;"), r.out());
  }

  private static Set<String> titles(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("search", "--json", "--data", data.toString(), "--size", "20"));
    all.addAll(List.of(args));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    Set<String> out = new TreeSet<>();
    JSON.readTree(r.out()).get("hits").forEach(h -> out.add(h.get("title").asText()));
    return out;
  }

  static final Set<String> ALL_FIVE = Set.of("Re:Invent 2019", "AWS re:Invent 2019 견문록",
      "lendit reinvent 2019 day1", "AWS re:Invent 2024 Part3",
      "라스베가스를 다녀오고... 4편 (feat. AWS re:Invent 2021) - 세미나 넷째 날");

  @Test
  void reinventInEverySpellingFindsAllFive() throws Exception {
    for (String q : List.of("reinvent", "리인벤트", "\"re:Invent\"", "re:Invent", "re invent", "Re:Invent")) {
      assertEquals(ALL_FIVE, titles(q), q);
    }
  }

  @Test
  void hackathonInKoreanFindsTheHackathonRecap() throws Exception {
    assertEquals(Set.of("Re:Invent 2019"), titles("해커톤"));
    assertEquals(Set.of("Re:Invent 2019"), titles("hackathon"));
  }

  @Test
  void keynotesFindTheKeynoteRecaps() throws Exception {
    Set<String> hits = titles("keynotes");
    assertTrue(hits.containsAll(Set.of("Re:Invent 2019", "AWS re:Invent 2024 Part3")), hits.toString());
  }

  @Test
  void rerunningOverUnchangedFilesChangesNothing() {
    CliRun r = CliRun.of("index", "--data", data.toString(), "corpus");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("files 5: indexed 0 (added 0, updated 0), unchanged 5,"), r.out());
  }

  @Test
  void searchJsonCarriesTheApiFields() throws Exception {
    CliRun r = CliRun.of("search", "--json", "--data", data.toString(), "--year", "2019", "서버리스");
    assertEquals(0, r.exit(), r.err());
    JsonNode n = JSON.readTree(r.out());
    for (String f : List.of("query", "total", "tookMs", "page", "size", "hits", "facets")) {
      assertTrue(n.has(f), f);
    }
    assertEquals("서버리스", n.get("query").asText());
    JsonNode hit = n.get("hits").get(0);
    for (String f : List.of("id", "url", "title", "site", "author", "published", "conference", "year",
        "speakers", "topics", "lang", "snippet")) {
      assertTrue(hit.has(f), f);
    }
    assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.get("snippet").asText());
    JsonNode years = n.get("facets").get("year");
    assertTrue(years.toString().contains("{\"value\":\"2019\",\"count\":1,\"selected\":true}"), years.toString());
  }

  @Test
  void emptyQueryListsEverythingNewestFirst() throws Exception {
    CliRun r = CliRun.of("search", "--json", "--data", data.toString());
    JsonNode hits = JSON.readTree(r.out()).get("hits");
    assertEquals(5, hits.size());
    assertEquals("AWS re:Invent 2024 Part3", hits.get(0).get("title").asText());
  }

  @Test
  void unparsableQueriesAreAnsweredNotCrashed() {
    for (String q : List.of("\"unbalanced", "title:", "((", "은 는 이 가", "*", "🙂")) {
      CliRun r = CliRun.of("search", "--data", data.toString(), q);
      assertEquals(0, r.exit(), q + ": " + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  @Test
  void badPagingIsAUsageErrorWithAClearMessage() {
    CliRun r = CliRun.of("search", "--data", data.toString(), "--size", "0", "x");
    assertEquals(2, r.exit());
    assertEquals("recaps search: size must be between 1 and 100\n", r.err());
    CliRun s = CliRun.of("search", "--data", data.toString(), "--sort", "best", "x");
    assertEquals("recaps search: sort must be 'relevance' or 'newest', not 'best'\n", s.err());
  }

  @Test
  void showPrintsEvidenceAndUnknownIdIsAnError() throws Exception {
    CliRun list = CliRun.of("search", "--json", "--data", data.toString(), "해커톤");
    String id = JSON.readTree(list.out()).get("hits").get(0).get("id").asText();
    CliRun show = CliRun.of("show", "--json", "--data", data.toString(), id);
    assertEquals(0, show.exit(), show.err());
    JsonNode n = JSON.readTree(show.out());
    assertEquals("AWS re:Invent", n.get("conference").asText());
    assertEquals(2019, n.get("year").asInt());
    assertEquals("title", n.get("evidence").get("year").get("from").asText());
    CliRun missing = CliRun.of("show", "--data", data.toString(), "0000000000000000");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().startsWith("recaps: no recap with id '0000000000000000'"), missing.err());
  }

  @Test
  void statsCountFacets() throws Exception {
    CliRun r = CliRun.of("stats", "--json", "--data", data.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode n = JSON.readTree(r.out());
    assertEquals(5, n.get("docs").asInt());
    assertEquals("[{\"value\":\"AWS re:Invent\",\"count\":5,\"selected\":false}]",
        n.get("facets").get("conference").toString());
  }

  @Test
  void missingPathIsARunLevelError(@TempDir Path other) {
    CliRun r = CliRun.of("index", "--data", other.toString(), "no/such/folder");
    assertEquals(1, r.exit());
    assertEquals("recaps index: no/such/folder: no such file or folder\n", r.err());
  }

  @Test
  void searchWithoutAnIndexSaysHowToBuildOne(@TempDir Path empty) {
    CliRun r = CliRun.of("search", "--data", empty.toString(), "x");
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("recaps search: there is no index at " + empty.resolve("index") + " yet: run `recaps index`"), r.err());
  }

  @Test
  void lockedIndexNamesTheHolder(@TempDir Path other) throws Exception {
    try (RecapIndexer holder = RecapIndexer.open(other.resolve("index"), AnalyzerFactory.withDefaults())) {
      CliRun r = CliRun.of("index", "--data", other.toString(), "corpus");
      assertEquals(1, r.exit());
      assertTrue(r.err().startsWith("recaps index: the index at " + other.resolve("index")
          + " is locked by another recaps process (pid " + ProcessHandle.current().pid()), r.err());
    }
  }

  @Test
  void pruneRemovesDeletedFiles(@TempDir Path work) throws Exception {
    Path folder = Files.createDirectory(work.resolve("notes"));
    Files.writeString(folder.resolve("a.md"), "# KubeCon 2023 정리\n\n쿠버네티스 이야기");
    Files.writeString(folder.resolve("b.md"), "# DEVIEW 2019 후기\n\n검색 이야기");
    Path d = work.resolve("data");
    assertEquals(0, CliRun.of("index", "--data", d.toString(), folder.toString()).exit());
    Files.delete(folder.resolve("b.md"));
    CliRun r = CliRun.of("index", "--prune", "--data", d.toString(), folder.toString());
    assertTrue(r.out().contains("files 1: indexed 0 (added 0, updated 0), unchanged 1, skipped 0, failed 0,"
        + " pruned 1; 1 recaps in the index"), r.out());
  }

  @Test
  void badFilesAreSkippedWithReasons(@TempDir Path work) throws Exception {
    Path folder = Files.createDirectory(work.resolve("mixed"));
    Files.writeString(folder.resolve("empty.md"), "");
    Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 0, 5, 0, 7, 8, 0, 0});
    Files.writeString(folder.resolve("bad-yaml.md"), "---\ntitle: [unclosed\ndate: 2021-13-45\n---\n# Google I/O 2019 정리\n\n본문");
    Files.writeString(folder.resolve("ok.txt"), "DEVIEW 2019 후기\n\n발표 정리");
    CliRun r = CliRun.of("index", "--data", work.resolve("data").toString(), folder.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("files 4: indexed 2 (added 2, updated 0), unchanged 0, skipped 2 (1 binary, 1 empty), failed 0"), r.out());
    assertTrue(r.err().contains("bad-yaml.md: "), r.err());
  }
}
