package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every family of names.txt gives one term at index and query time, through the whole text analyzer. */
class NameVariantsTest {

  private static final AnalyzerFactory FACTORY = AnalyzerFactory.withDefaults();

  private static void assertAllAnalyzeTo(List<String> expected, String... spellings) {
    for (String spelling : spellings) {
      assertEquals(expected, FACTORY.tokens(spelling), () -> "tokens of: " + spelling);
    }
  }

  @Test
  void reInventInEveryCommonSpelling() {
    assertAllAnalyzeTo(List.of("reinvent"), "re:Invent", "reinvent", "re invent", "Re:Invent", "re-invent", "리인벤트", "RE:INVENT", "re: Invent");
  }

  @Test
  void reInventFollowedByAParticleOrAYear() {
    assertEquals(List.of("aws", "reinvent", "2019", "기간"), FACTORY.tokens("AWS re:Invent 2019 기간"));
    assertEquals(List.of("reinvent", "기간", "reinvent"), FACTORY.tokens("re:Invent기간 리인벤트에서"));
  }

  @Test
  void reinventingTheVerbIsNotRewrittenAsTheConference() {
    // KStem still reduces the verb to "reinvent": the rewrite itself must not fire inside a longer word.
    assertEquals("Reinventing the hypervisor", new NameVariantsProbe().rewrite("Reinventing the hypervisor"));
  }

  @Test
  void otherAwsEvents() {
    assertAllAnalyzeTo(List.of("reinforce"), "re:Inforce", "re-Inforce", "리인포스");
    assertAllAnalyzeTo(List.of("awsreplay"), "re:Play", "RE:PLAY");
    assertAllAnalyzeTo(List.of("remars"), "re:MARS", "re-mars");
    assertAllAnalyzeTo(List.of("aws", "summit"), "AWS Summit", "AWSSummit", "AWS 서밋", "AWS서밋");
  }

  @Test
  void replayAsAnOrdinaryWordStaysReplay() {
    assertAllAnalyzeTo(List.of("replay"), "replay", "Replay");
  }

  @Test
  void koreanConferences() {
    assertAllAnalyzeTo(List.of("ifkakao"), "if(kakao)", "if (kakao)", "if kakao", "ifkakao", "이프카카오", "IF KAKAO");
    assertAllAnalyzeTo(List.of("deview"), "DEVIEW", "데뷰");
    assertAllAnalyzeTo(List.of("letswift"), "Let'Swift", "Let’Swift", "LetSwift", "let swift", "렛츠스위프트");
    assertAllAnalyzeTo(List.of("kubecon"), "KubeCon", "쿠브콘");
    assertAllAnalyzeTo(List.of("google", "io"), "Google I/O", "google i/o");
  }

  @Test
  void languagesAndRuntimes() {
    assertAllAnalyzeTo(List.of("cpp"), "C++", "c++");
    assertAllAnalyzeTo(List.of("csharp"), "C#", "c#");
    assertAllAnalyzeTo(List.of("fsharp"), "F#");
    assertAllAnalyzeTo(List.of("dotnet"), ".NET", "닷넷");
    assertAllAnalyzeTo(List.of("aspnet"), "ASP.NET");
    assertAllAnalyzeTo(List.of("objectivec"), "Objective-C");
    assertAllAnalyzeTo(List.of("nodejs"), "Node.js", "nodejs", "NodeJS", "node js", "노드js", "노드.js");
    assertAllAnalyzeTo(List.of("vuejs"), "Vue.js", "vuejs");
    assertAllAnalyzeTo(List.of("nextjs"), "Next.js", "NextJS");
    assertAllAnalyzeTo(List.of("nuxtjs"), "Nuxt.js");
    assertAllAnalyzeTo(List.of("react"), "React.js", "ReactJS", "React");
    assertAllAnalyzeTo(List.of("threejs"), "Three.js");
    assertAllAnalyzeTo(List.of("socketio"), "Socket.IO");
  }

  @Test
  void kubernetesNumeronym() {
    assertAllAnalyzeTo(List.of("kubernetes"), "K8s", "k8s", "Kubernetes", "k8s를");
  }

  @Test
  void namesInsideSentences() {
    assertEquals(List.of("cpp", "csharp", "개발자", "개발", "자"), FACTORY.tokens("C++와 C# 개발자"));
    assertEquals(List.of("example", "net", "dotnet", "8"), FACTORY.tokens("example.net .NET 8"));
    assertEquals(List.of("nodejs", "18", "vuejs"), FACTORY.tokens("Node.js 18과 Vue.js로"));
  }

  @Test
  void malformedLinesNameFileAndLine() {
    IllegalArgumentException noArrow =
        assertThrows(IllegalArgumentException.class, () -> NameVariants.parse(List.of(new DataLine("names.txt", 3, "re:Invent reinvent"))));
    assertEquals("names.txt line 3: expected exactly one '=>' (variant, variant => canonical) in 're:Invent reinvent'", noArrow.getMessage());
    IllegalArgumentException badCanonical =
        assertThrows(IllegalArgumentException.class, () -> NameVariants.parse(List.of(new DataLine("names.txt", 4, "C++ => c++"))));
    assertEquals("names.txt line 4: canonical 'c++' must be Latin letters or digits (words separated by spaces) in 'C++ => c++'", badCanonical.getMessage());
  }

  @Test
  void aVariantMappedTwiceInOneFileIsAnError() {
    List<DataLine> lines = List.of(new DataLine("u/names.txt", 1, "foo => bar"), new DataLine("u/names.txt", 2, "Foo => baz"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NameVariants.parse(lines));
    assertEquals("u/names.txt line 2: variant 'foo' already maps to 'bar' on line 1 in 'Foo => baz'", e.getMessage());
  }

  @Test
  void aLaterFileOverridesAnEarlierOne() {
    NameVariants names =
        NameVariants.parse(List.of(new DataLine("names.txt", 1, "foo => bar"), new DataLine("user/names.txt", 1, "foo => baz")));
    assertEquals("baz qux", names.rewrite("foo qux"));
  }

  /** The bundled rewriter alone, to check what reaches Nori. */
  private static final class NameVariantsProbe {
    private final NameVariants names = NameVariants.parse(DataFiles.bundled(AnalyzerFactory.NAMES_FILE));

    String rewrite(String text) {
      return names.rewrite(text);
    }
  }
}
