package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.bench.SlotFiller.Post;
import dev.recaps.bench.Vocabulary.Conference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecapGeneratorTest {
  static Vocabulary vocabulary;
  static CorpusSentences sentences;

  @BeforeAll
  static void load() throws IOException {
    vocabulary = Vocabulary.load(w -> {});
    sentences = CorpusSentences.read(Path.of("corpus"));
  }

  @Test
  void sameSeedAndIndexGiveTheSameRecapInAnyOrder() {
    RecapGenerator a = new RecapGenerator(vocabulary, sentences, 7);
    RecapGenerator b = new RecapGenerator(vocabulary, sentences, 7);
    b.generate(99);
    assertEquals(a.generate(3), b.generate(3));
    assertEquals(a.generate(3).markdown(), b.generate(3).markdown());
  }

  @Test
  void anotherSeedGivesAnotherCorpus() {
    assertNotEquals(new RecapGenerator(vocabulary, sentences, 1).generate(0).body(),
        new RecapGenerator(vocabulary, sentences, 2).generate(0).body());
  }

  @Test
  void bodiesHaveTheLengthsOfRealPosts() {
    RecapGenerator g = new RecapGenerator(vocabulary, sentences, 42);
    for (int i = 0; i < 300; i++) {
      int length = g.generate(i).body().length();
      // A section ends after the paragraph that crosses its share, so bodies overshoot a little.
      assertTrue(length >= RecapGenerator.MIN_CHARS && length <= RecapGenerator.MAX_CHARS + 2_000,
          "recap " + i + " has " + length + " chars");
    }
  }

  @Test
  void aboutHalfTheRecapsAreKoreanAndAQuarterEachEnglishAndMixed() {
    RecapGenerator g = new RecapGenerator(vocabulary, sentences, 42);
    Map<String, Long> langs = new TreeMap<>();
    IntStream.range(0, 2_000).forEach(i -> langs.merge(g.generate(i).lang(), 1L, Long::sum));
    assertTrue(Math.abs(langs.get("ko") - 1_000) < 100, langs.toString());
    assertTrue(Math.abs(langs.get("en") - 500) < 80, langs.toString());
    assertTrue(Math.abs(langs.get("mixed") - 500) < 80, langs.toString());
  }

  @Test
  void facetsComeFromTheVocabularyAndTheConferenceYears() {
    RecapGenerator g = new RecapGenerator(vocabulary, sentences, 42);
    for (int i = 0; i < 500; i++) {
      GeneratedRecap r = g.generate(i);
      Conference c = vocabulary.conferences().stream()
          .filter(x -> x.name().equals(r.truth().conference())).findFirst().orElseThrow();
      int year = r.truth().year();
      assertTrue(year >= Math.max(2015, c.firstYear()) && year <= Math.min(2025, c.lastYear()), r.url());
      assertTrue(vocabulary.speakersOf(c.name()).containsAll(r.truth().speakers()), r.url());
      assertTrue(!r.truth().topics().isEmpty() && r.truth().topics().size() <= 4, r.url());
      assertEquals(r.headings().size(), r.body().lines().filter(l -> l.startsWith("## ")).count());
    }
  }

  @Test
  void realSentencesMoveToThePostsConferenceAndYear() {
    Conference kubecon = new Conference("KubeCon + CloudNativeCon", "쿠브콘", "any", 11, 2016, 2025);
    Post post = new Post(kubecon, 2023, List.of(), List.of());
    assertEquals("KubeCon + CloudNativeCon 2023 기간 동안 쿠브콘 세션을 들었다.",
        RecapGenerator.retarget("AWS re:Invent 2019 기간 동안 리인벤트 세션을 들었다.", post));
  }

  @Test
  void slugsAreLowercaseAsciiWords() {
    assertEquals("kubecon-cloudnativecon", RecapGenerator.slug("KubeCon + CloudNativeCon"));
    assertEquals("if-kakao", RecapGenerator.slug("if(kakao)"));
  }
}
