package dev.recaps.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recaps.model.Recap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerDetectorTest {
  private static final Enricher ENRICHER = Enricher.withDefaults();

  private static List<String> speakers(String title, String text, List<String> headings, String author) {
    Recap r = new Recap("id", "post.md", null, "local", title, text, headings, author, null, List.of(), null,
        Map.of(), null, null, false);
    return ENRICHER.enrich(r).enrichment().speakers();
  }

  private static List<String> speakers(String text) {
    return speakers("re:Invent 후기", text, List.of(), null);
  }

  @Test
  void englishKeynoteDashHeadingNamesTheSpeaker() {
    assertEquals(List.of("Werner Vogels"),
        speakers("AWS re:Invent 2023", "Keynote - Werner Vogels\nHe talked about cost.", List.of("Keynote - Werner Vogels"), null));
  }

  @Test
  void unknownSpeakerInADashHeadingWithATalkWordIsAccepted() {
    assertEquals(List.of("Jane Doe"),
        speakers("QCon", "Keynote - Jane Doe\nGreat talk.", List.of("Keynote - Jane Doe"), null));
  }

  @Test
  void koreanHonorificAfterTheNameIsStripped() {
    assertEquals(List.of("Werner Vogels"), speakers("Werner Vogels 박사님의 키노트를 현장에서 들었다."));
  }

  @Test
  void hangulAliasMapsToTheCanonicalName() {
    assertEquals(List.of("Werner Vogels"), speakers("베르너 보겔스의 키노트는 올해도 좋았다."));
  }

  @Test
  void unknownKoreanNameWithNimSuffixIsASpeaker() {
    assertEquals(List.of("김민수"), speakers("김민수님의 발표는 대규모 트래픽 처리에 관한 것이었다."));
  }

  @Test
  void unknownKoreanNameWithCtoSuffixIsASpeaker() {
    assertEquals(List.of("박지훈"), speakers("박지훈 CTO 키노트에서 조직 이야기를 들었다."));
  }

  @Test
  void labelledKoreanNameNeedsNoSuffix() {
    assertEquals(List.of("이서연"), speakers("발표자: 이서연 (카카오)\n주제는 검색이었다."));
  }

  @Test
  void talkByNameWithCompanyInParenthesesIsASpeaker() {
    assertEquals(List.of("Jane Doe"), speakers("The best session was a talk by Jane Doe (Netflix) on load shedding."));
  }

  @Test
  void teammatesNamedWithoutATalkAreNotSpeakers() {
    assertEquals(List.of(), speakers("나는 행사장에서 만난 Brian, Liang, Brad, Matt와 한 팀이 되어서 해커톤을 시작하였다. "
        + "brian은 발표자료를 준비하고 전체적인 팀관리를 하였다."));
  }

  @Test
  void personMerelyQuotedIsNotASpeaker() {
    assertEquals(List.of(), speakers("6가지 교훈에 대한 상세한 설명은 AWS 에반젤리스트이신 윤석찬님께서 SNS에 잘 정리해주셨다."));
  }

  @Test
  void knownSpeakerInASentenceAboutTheirTalkIsASpeaker() {
    assertEquals(List.of("윤석찬"), speakers("AWS Summit Seoul 에서 윤석찬님의 키노트를 들었다."));
  }

  @Test
  void companiesPresentingSessionsAreNotSpeakers() {
    assertEquals(List.of(), speakers("Architect governance at enterprise scale with Goldman Sachs\n"
        + "JP Morgan의 세션은 인기였다. Netflix의 세션도 들었다. Keynote with Goldman Sachs"));
  }

  @Test
  void sessionTitleBeforeSessionWordIsNotAPerson() {
    assertEquals(List.of(), speakers("좋은 Best Practice 세션이었습니다. Deep Dive 세션도 좋았다."));
  }

  @Test
  void genericKoreanWordBeforeKeynoteIsNotAPerson() {
    assertEquals(List.of(), speakers("올해 키노트는 실전 경험을 기반으로 했다. 메인 키노트가 열리는 날입니다."));
  }

  @Test
  void authorOfThePostIsNotASpeaker() {
    assertEquals(List.of(), speakers("QCon 2019", "Speaker: Simon Kim\nI gave this talk.", List.of(), "Simon Kim"));
  }

  @Test
  void speakersKeepTheOrderInWhichThePostReportsThem() {
    assertEquals(List.of("Andy Jassy", "Peter DeSantis"),
        speakers("re:Invent 2019", "Andy Jassy의 키노트\nMonday Night Live with Peter DeSantis",
            List.of("Monday Night Live with Peter DeSantis"), null));
  }

  @Test
  void evidenceTellsWhereEachSpeakerWasFound() {
    Recap r = CorpusRecaps.recap("re:Invent", "Day4: Keynote with Dr. Werner Vogels");
    var evidence = ENRICHER.enrich(r).enrichment().evidence().get("speakers");

    assertEquals("Werner Vogels", evidence.value());
    assertEquals("body", evidence.from());
  }
}
