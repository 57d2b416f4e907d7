package dev.recaps.enrich;

import static dev.recaps.enrich.CorpusRecaps.recap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recaps.model.Recap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicDetectorTest {
  private static final Enricher ENRICHER = Enricher.withDefaults();

  private static List<String> topics(Recap r) {
    return ENRICHER.enrich(r).enrichment().topics();
  }

  @Test
  void sessionCodesMapToTheirTopics() {
    assertEquals(List.of("finance", "governance"),
        topics(recap("Day 1", "S1: FSI204 - Moving workloads\nS2: MGT313 - Architect at enterprise scale")));
  }

  @Test
  void sessionCodeInTheFileNameCounts() {
    Recap r = CorpusRecaps.recap("AWS-reinvent-2018__DAT321.md", "Deep dive notes", "", List.of(), null,
        List.of(), Map.of());

    assertEquals(List.of("databases"), topics(r));
  }

  @Test
  void koreanKeywordsWithParticlesAreFound() {
    assertEquals(List.of("serverless"), topics(recap("세션 후기",
        "서버리스를 도입한 사례를 들었다. 람다와 스텝 펑션으로 만든 서버리스 아키텍처였다. 서버리스가 대세다.")));
  }

  @Test
  void tagCountsLikeATitleMention() {
    Recap r = CorpusRecaps.recap("post.md", "넷째 날", "", List.of(), null, List.of("reinvent", "여행"), Map.of());

    assertEquals(List.of("travel"), topics(r));
  }

  @Test
  void productListInOneSentenceIsOneMention() {
    assertEquals(List.of(), topics(recap("Notes", "Graviton, Nitro, EC2, HPC, Firecracker and MicroVM were announced.")));
  }

  @Test
  void koreanSocialNetworkingIsCareerNotComputerNetworks() {
    List<String> topics = topics(recap("컨퍼런스 팁",
        "네트워킹 자리에서 채용 이야기를 했다. 네트워킹이 중요하다. 명함을 꼭 챙기자. 링크드인 연결도 늘렸다."));

    assertEquals(List.of("career"), topics);
  }

  @Test
  void evidenceListsTheScoreAndKeywordsOfEachTopic() {
    var e = ENRICHER.enrich(recap("Serverless day", "serverless talk")).enrichment().evidence().get("topics");

    assertEquals("serverless", e.value());
    assertEquals("keywords", e.from());
    assertTrue(e.detail().startsWith("serverless 10 (title 'serverless'"), e.detail());
  }
}
