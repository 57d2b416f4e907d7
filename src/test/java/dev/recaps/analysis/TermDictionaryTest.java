package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermDictionaryTest {

  private static final TermDictionary DEFAULTS = TermDictionary.withDefaults().freeze();

  @TempDir Path dir;

  @Test
  void bundledFileLoadsWithoutWarningsAndHasAtLeast300Groups() throws IOException {
    List<String> warnings = new ArrayList<>();
    TermDictionary dictionary = TermDictionary.load(null, warnings::add);
    assertEquals(List.of(), warnings);
    assertTrue(dictionary.size() >= 300, "size " + dictionary.size());
    assertEquals(dictionary.size(), dictionary.groups().size());
  }

  @Test
  void equivalentsLinkKoreanAndEnglishBothWays() {
    assertEquals(Set.of("serverless", "서버리스"), DEFAULTS.equivalents("서버리스"));
    assertEquals(Set.of("keynote", "키노트", "기조연설", "기조 연설"), DEFAULTS.equivalents("keynote"));
    assertEquals(Set.of("kubernetes", "쿠버네티스", "k8s", "쿠베"), DEFAULTS.equivalents("k8s"));
    assertEquals(Set.of("hackathon", "해커톤"), DEFAULTS.equivalents("해커톤"));
    assertTrue(DEFAULTS.equivalents("다이나모디비").contains("dynamodb"));
    assertTrue(DEFAULTS.equivalents("lambda").contains("람다"));
    assertTrue(DEFAULTS.equivalents("리인벤트").contains("re:invent"));
  }

  @Test
  void equivalentsListTheCanonicalTermFirst() {
    assertEquals(List.of("kubernetes", "쿠버네티스", "k8s", "쿠베"),
        List.copyOf(DEFAULTS.equivalents("쿠베")));
  }

  @Test
  void lookupIgnoresCaseWhitespaceAndUnicodeForm() {
    assertEquals(DEFAULTS.equivalents("dynamodb"), DEFAULTS.equivalents("다이나모DB"));
    assertEquals(DEFAULTS.equivalents("dynamodb"), DEFAULTS.equivalents("  DynamoDB "));
    String nfd = Normalizer.normalize("쿠버네티스", Normalizer.Form.NFD);
    assertEquals(DEFAULTS.equivalents("kubernetes"), DEFAULTS.equivalents(nfd));
    assertEquals(DEFAULTS.equivalents("event driven architecture"),
        DEFAULTS.equivalents("Event   Driven\tArchitecture"));
  }

  @Test
  void unknownTermsHaveNoEquivalents() {
    assertEquals(Set.of(), DEFAULTS.equivalents("blorp"));
    assertEquals(Set.of(), DEFAULTS.equivalents(""));
    assertEquals(Set.of(), DEFAULTS.equivalents("😀"));
  }

  @Test
  void keyNormalizesForms() {
    assertEquals("다이나모db", TermDictionary.key(" 다이나모DB "));
    assertEquals("event driven", TermDictionary.key("Event \u3000 Driven"));
    assertEquals("", TermDictionary.key("   "));
  }

  @Test
  void userFileIsMergedAndMalformedLinesAreReported() throws IOException {
    Path file = dir.resolve("terms.tsv");
    Files.writeString(file, String.join("\n",
        "\uFEFF# my terms",
        "recaps\t리캡스",
        "only-one-field",
        "serverless 서버리스 with spaces",
        "empty\t\tvariant",
        "lambda\t람다 함수 2",
        "lambda2\t람다",
        ""), StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();
    TermDictionary dictionary = TermDictionary.load(file, warnings::add);
    String name = file.toString();
    assertEquals(List.of(
        name + ":3: expected a term and at least one variant separated by tabs",
        name + ":4: expected a term and at least one variant separated by tabs",
        name + ":5: field 2 is empty",
        name + ":7: '람다' already belongs to 'lambda'; kept there"), warnings);
    assertEquals(Set.of("recaps", "리캡스"), dictionary.equivalents("리캡스"));
    assertTrue(dictionary.equivalents("lambda").contains("람다 함수 2"));
    assertEquals(Set.of("lambda2"), dictionary.equivalents("lambda2"));
  }

  @Test
  void userFileThatIsNotUtf8IsAClearError() throws IOException {
    Path file = dir.resolve("latin1.tsv");
    Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\t', 'x', '\n'});
    IOException error = assertThrows(IOException.class, () -> TermDictionary.load(file, w -> {}));
    assertEquals(file + ": not valid UTF-8", error.getMessage());
  }

  @Test
  void addJoinsTheGroupOfAKnownForm() {
    TermDictionary dictionary = TermDictionary.withDefaults();
    dictionary.add("k8s", List.of("쿠버네티즈"));
    dictionary.add("Kubernetes", List.of("KUBE"));
    assertEquals(Set.of("kubernetes", "쿠버네티스", "k8s", "쿠베", "쿠버네티즈", "kube"),
        dictionary.equivalents("쿠버네티즈"));
  }

  @Test
  void addKeepsAFormInItsFirstGroup() {
    TermDictionary dictionary = TermDictionary.withDefaults();
    int before = dictionary.size();
    dictionary.add("Werner Vogels", List.of("베르너 보겔스", "람다"));
    assertEquals(before + 1, dictionary.size());
    assertEquals(Set.of("werner vogels", "베르너 보겔스"), dictionary.equivalents("베르너 보겔스"));
    assertEquals(DEFAULTS.equivalents("lambda"), dictionary.equivalents("람다"));
  }

  @Test
  void addRejectsBlankFormsAndWorkAfterFreeze() {
    TermDictionary dictionary = TermDictionary.withDefaults();
    assertThrows(IllegalArgumentException.class, () -> dictionary.add(" ", List.of("x")));
    assertThrows(IllegalArgumentException.class, () -> dictionary.add("x", List.of("")));
    dictionary.freeze();
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> dictionary.add("x", List.of("y")));
    assertEquals("the term dictionary is frozen; add terms before freeze()", error.getMessage());
  }

  @Test
  void groupsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> DEFAULTS.groups().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> DEFAULTS.equivalents("람다").add("x"));
  }

  @Test
  void findInReturnsLongestMatchesWithOffsets() {
    String query = "AWS 람다를 쓰는 event driven architecture 후기";
    List<TermMatch> matches = DEFAULTS.findIn(query);
    assertEquals(List.of("AWS", "람다", "event driven architecture", "후기"),
        matches.stream().map(TermMatch::text).toList());
    assertEquals(List.of(0, 4, 11, 37), matches.stream().map(TermMatch::start).toList());
    assertEquals(List.of(3, 6, 36, 39), matches.stream().map(TermMatch::end).toList());
    assertEquals("event driven architecture", matches.get(2).group().canonical());
    assertEquals("recap", matches.get(3).group().canonical());
  }

  @Test
  void findInPrefersTheLongerForm() {
    List<TermMatch> matches = DEFAULTS.findIn("spring boot 스프링 부트");
    assertEquals(List.of("spring boot", "스프링 부트"), matches.stream().map(TermMatch::text).toList());
    assertEquals(List.of("spring boot", "spring boot"),
        matches.stream().map(m -> m.group().canonical()).toList());
  }

  @Test
  void findInMatchesAcrossExtraWhitespaceAndCase() {
    List<TermMatch> matches = DEFAULTS.findIn("Event  Driven\nArchitecture");
    assertEquals(1, matches.size());
    assertEquals(new TermMatch(0, 26, "Event  Driven\nArchitecture", matches.get(0).group()),
        matches.get(0));
  }

  @Test
  void findInRespectsWordBoundaries() {
    assertEquals(List.of(), DEFAULTS.findIn("googlesearch goes"));
    assertEquals(List.of(), DEFAULTS.findIn("웹툰 큐레이션"));
    assertEquals(List.of("쿠버네티스"),
        DEFAULTS.findIn("쿠버네티스에서는").stream().map(TermMatch::text).toList());
    assertEquals(List.of("re:Invent", "키노트"),
        DEFAULTS.findIn("re:Invent의 키노트들").stream().map(TermMatch::text).toList());
    assertEquals(List.of("서버리스"),
        DEFAULTS.findIn("(서버리스)").stream().map(TermMatch::text).toList());
  }

  @Test
  void findInHandlesEmptyEmojiAndLongInput() {
    assertEquals(List.of(), DEFAULTS.findIn(""));
    assertEquals(List.of("람다"), DEFAULTS.findIn("😀람다😀").stream().map(TermMatch::text).toList());
    assertEquals(3_000, DEFAULTS.findIn("람다 k8s ".repeat(1_500)).size());
    assertEquals(List.of(), DEFAULTS.findIn("가".repeat(10_000)));
  }

  @Test
  void findInWorksBeforeFreezeAndSeesAddedTerms() {
    TermDictionary dictionary = TermDictionary.withDefaults();
    dictionary.add("werner vogels", List.of("베르너 보겔스"));
    List<TermMatch> matches = dictionary.findIn("베르너 보겔스 keynote");
    assertEquals(List.of("werner vogels", "keynote"),
        matches.stream().map(m -> m.group().canonical()).toList());
  }
}
