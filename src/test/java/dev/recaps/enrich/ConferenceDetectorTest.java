package dev.recaps.enrich;

import static dev.recaps.enrich.CorpusRecaps.recap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConferenceDetectorTest {
  private static final Enricher ENRICHER = Enricher.withDefaults();

  private static Enrichment enrich(Recap recap) {
    return ENRICHER.enrich(recap).enrichment();
  }

  @Test
  void postMentioningThreeConferencesIsAboutTheOneInItsTitle() {
    Enrichment e = enrich(recap("KubeCon EU 2023 참관기",
        "작년 re:Invent에서 들었던 EKS 세션과 비교해 보면, Google I/O에서 본 데모와 달리 "
            + "KubeCon은 커뮤니티 중심이었다. re:Invent 와는 분위기가 달랐다."));

    assertEquals("KubeCon + CloudNativeCon", e.conference());
    assertEquals("Europe", e.edition());
    assertEquals(List.of("AWS re:Invent", "Google I/O"), e.mentions());
    assertEquals("title", e.evidence().get("conference").from());
  }

  @Test
  void fileNameNamesTheConferenceWhenTheTitleDoesNot() {
    Recap r = CorpusRecaps.recap("AWS-reinvent-2018__DAT321.md", "Amazon Aurora deep dive",
        "Aurora storage notes.", List.of(), null, List.of(), Map.of());

    Enrichment e = enrich(r);

    assertEquals("AWS re:Invent", e.conference());
    assertEquals(2018, e.year());
    assertEquals("path", e.evidence().get("conference").from());
  }

  @Test
  void koreanAliasIsRecognized() {
    assertEquals("AWS re:Invent", enrich(recap("2023 AWS 리인벤트 후기", "라스베가스 현장 이야기")).conference());
  }

  @Test
  void regionalAliasGivesTheEdition() {
    Enrichment e = enrich(recap("AWS Summit Seoul 2023 다녀왔습니다", "세션 정리"));

    assertEquals("AWS Summit", e.conference());
    assertEquals("Seoul", e.edition());
  }

  @Test
  void longerAliasWinsOverTheShorterOneInsideIt() {
    assertEquals("Google I/O Extended", enrich(recap("Google I/O Extended Seoul 후기", "")).conference());
  }

  @Test
  void englishWordReinventingIsNotTheConference() {
    assertNull(enrich(recap("Reinventing the hypervisor",
        "We keep reinventing the wheel. Reinvention is hard.")).conference());
  }

  @Test
  void singlePassingBodyMentionIsNotWhatThePostIsAbout() {
    Enrichment e = enrich(recap("우리 팀의 배포 파이프라인 개선기", "예전에 DEVIEW에서 들었던 이야기가 생각났다."));

    assertNull(e.conference());
    assertEquals(List.of("DEVIEW"), e.mentions());
  }

  @Test
  void tagsCountAboveBodyMentions() {
    Recap r = CorpusRecaps.recap("post.md", "둘째 날 정리", "re:Invent 이야기와 re:Invent 발표 영상을 봤다.",
        List.of(), null, List.of("if(kakao)", "후기"), Map.of());

    Enrichment e = enrich(r);

    assertEquals("if(kakao)", e.conference());
    assertEquals("tags", e.evidence().get("conference").from());
    assertEquals(List.of("AWS re:Invent"), e.mentions());
  }
}
