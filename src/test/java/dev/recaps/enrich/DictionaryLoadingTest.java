package dev.recaps.enrich;

import static dev.recaps.enrich.CorpusRecaps.recap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryLoadingTest {
  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private void write(String name, String... lines) throws IOException {
    Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  @Test
  void bundledDictionariesLoadWithoutWarningsAndCoverTheIssue() throws IOException {
    Knowledge k = Enricher.load(null, warnings::add).knowledge();

    assertEquals(List.of(), warnings);
    for (String name : List.of("AWS re:Invent", "AWS Summit", "KubeCon + CloudNativeCon", "Kubernetes Forum",
        "Google I/O", "Google I/O Extended", "DevFest", "WWDC", "Microsoft Build", "Microsoft Ignite", "DockerCon",
        "HashiConf", "SpringOne", "QCon", "GOTO Conference", "Strange Loop", "JSConf", "FEConf", "PyCon", "DEVIEW",
        "if(kakao)", "Toss SLASH", "WOOWACON", "INFCON", "Droid Knights", "Let'Swift", "Facebook F8", "Devoxx",
        "AWS re:Inforce", "NVIDIA GTC", "Open Source Summit")) {
      assertTrue(k.conference(name).isPresent(), name);
    }
    assertTrue(k.conferences().size() >= 50, "conferences: " + k.conferences().size());
    for (String slug : List.of("ai-ml", "analytics", "architecture", "career", "cloud-migration", "containers",
        "culture", "databases", "data-engineering", "devops", "distributed-systems", "finance", "frontend",
        "governance", "hackathon", "infrastructure-as-code", "keynote", "mobile", "networking", "observability",
        "reliability", "security", "serverless", "storage", "testing", "travel")) {
      assertTrue(k.topic(slug).isPresent(), slug);
    }
  }

  @Test
  void lookupsIgnoreCaseSpacesAndPunctuation() throws IOException {
    Knowledge k = Enricher.load(null, warnings::add).knowledge();

    assertEquals("AWS re:Invent", k.conference("reinvent").orElseThrow().name());
    assertEquals("AWS re:Invent", k.conference("리인벤트").orElseThrow().name());
    assertEquals("Werner Vogels", k.speaker("버너 보겔스").orElseThrow().name());
    assertEquals("serverless", k.topic("서버리스").orElseThrow().slug());
  }

  @Test
  void malformedUserLineIsSkippedWithFileAndLineInTheWarning() throws IOException {
    write("conferences.txt", "# mine", "Rust Korea | 러스트 코리아 | 11", "Broken line without columns",
        "Bad Month Conf | bmc | 13");

    Enricher enricher = Enricher.load(dir, warnings::add);

    assertEquals(2, warnings.size());
    String file = dir.resolve("conferences.txt").toString();
    assertTrue(warnings.get(0).startsWith(file + ":3: expected 'name | aliases | months | editions'"), warnings.get(0));
    assertTrue(warnings.get(1).startsWith(file + ":4: month '13' is not a number from 1 to 12"), warnings.get(1));
    assertEquals("Rust Korea", enricher.enrich(recap("러스트 코리아 2024 후기", "")).enrichment().conference());
  }

  @Test
  void userEntryWithAKnownNameAddsAliases() throws IOException {
    write("conferences.txt", "AWS re:Invent | 알인벤트 |");

    Enricher enricher = Enricher.load(dir, warnings::add);

    assertEquals("AWS re:Invent", enricher.enrich(recap("알인벤트 2022 정리", "")).enrichment().conference());
    assertTrue(enricher.knowledge().conference("AWS re:Invent").orElseThrow().aliases().contains("reinvent"));
    assertEquals(List.of(11, 12), enricher.knowledge().conference("AWS re:Invent").orElseThrow().months());
  }

  @Test
  void userSpeakerIsDetected() throws IOException {
    write("speakers.txt", "Jeong Minho | 정민호 | DEVIEW");

    Enricher enricher = Enricher.load(dir, warnings::add);

    assertEquals(List.of("Jeong Minho"),
        enricher.enrich(recap("DEVIEW 2020", "정민호 님의 키노트가 인상 깊었다.")).enrichment().speakers());
  }

  @Test
  void aliasNamingTwoSpeakersIsALoadErrorNamingBoth() throws IOException {
    write("speakers.txt", "Matt Smith | Matt |", "Matt Jones | Matt |");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Enricher.load(dir, warnings::add));

    assertTrue(e.getMessage().endsWith("alias 'Matt' maps to both 'Matt Smith' and 'Matt Jones'"), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir.resolve("speakers.txt") + ":2:"), e.getMessage());
  }

  @Test
  void aliasClashingWithABundledConferenceIsALoadError() throws IOException {
    write("conferences.txt", "My Conf | re:Invent | 5");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Enricher.load(dir, warnings::add));

    assertTrue(e.getMessage().contains("'AWS re:Invent' and 'My Conf'"), e.getMessage());
  }

  @Test
  void sessionCodeOfTwoTopicsIsALoadError() throws IOException {
    write("topics.txt", "fintech | 핀테크 | Fintech | 핀테크 | FSI");

    assertThrows(IllegalArgumentException.class, () -> Enricher.load(dir, warnings::add));
  }

  @Test
  void malformedTopicAndUnknownRuleKindAreSkipped() throws IOException {
    write("topics.txt", "Not A Slug | 라벨 | Label | kw |", "too | few");
    write("speaker-rules.txt", "colour | red");

    Enricher.load(dir, warnings::add);

    assertEquals(3, warnings.size());
    assertTrue(warnings.get(0).endsWith("topics.txt:1: slug 'Not A Slug' must be lower-case words joined by '-'; line skipped"));
    assertTrue(warnings.get(2).contains("speaker-rules.txt:1: unknown kind 'colour'"));
  }

  @Test
  void missingUserDirectoryAddsNothing() throws IOException {
    Enricher enricher = Enricher.load(dir.resolve("absent"), warnings::add);

    assertEquals(Enricher.withDefaults().knowledge(), enricher.knowledge());
  }

  @Test
  void userDirectoryThatIsAFileIsAnError() throws IOException {
    write("file.txt", "x");

    IOException e = assertThrows(IOException.class, () -> Enricher.load(dir.resolve("file.txt"), warnings::add));

    assertTrue(e.getMessage().endsWith("dictionary directory is not a directory"));
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheFile() throws IOException {
    Files.write(dir.resolve("speakers.txt"), new byte[] {'A', ' ', '|', ' ', (byte) 0xC3, (byte) 0x28});

    IOException e = assertThrows(IOException.class, () -> Enricher.load(dir, warnings::add));

    assertTrue(e.getMessage().contains("speakers.txt: not valid UTF-8 text"), e.getMessage());
  }
}
