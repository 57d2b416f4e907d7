package dev.recaps.web;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import dev.recaps.search.FieldBoosts;
import dev.recaps.search.RecapSearcher;
import dev.recaps.search.TermExpander;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small real index of Korean and English recaps, including one whose fields carry HTML attacks. */
final class TestRecaps {
  static final String SERVERLESS_2019_URL = "https://blog.example.kr/reinvent-2019-serverless";
  static final String SERVERLESS_2019 = RecapIds.of(SERVERLESS_2019_URL);
  static final String LOCAL_FILE = RecapIds.of("notes/deview-2019-search.md");
  static final String XSS = RecapIds.of("https://evil.example.com/xss");

  /** Sets window.__xss when it runs; it must only ever be shown as text. */
  static final String IMG_PAYLOAD = "<img src=x onerror=\"window.__xss=true\">";
  static final String SCRIPT_PAYLOAD = "<script>window.__xss=true</script>";

  private TestRecaps() {}

  static List<Recap> all() {
    return List.of(
        recap(SERVERLESS_2019_URL, "AWS re:Invent 2019 서버리스 세션 정리", "김개발", LocalDate.of(2019, 12, 10), "ko",
            "올해 re:Invent에서는 서버리스 아키텍처가 가장 큰 화두였습니다.\n\nWerner Vogels의 키노트에서 AWS Lambda와"
                + " 서버리스 애플리케이션 설계 원칙을 소개했습니다. 콜드 스타트를 줄이는 Provisioned Concurrency도 발표되었습니다.",
            enrichment("AWS re:Invent", 2019, List.of("Werner Vogels"), List.of("serverless"))),
        recap("https://tech.example.com/reinvent-2021-recap", "re:Invent 2021 참관기: 서버리스와 컨테이너", "이클라우드",
            LocalDate.of(2021, 12, 5), "ko",
            "2021년 re:Invent는 다시 라스베이거스에서 열렸습니다.\n\nAdam Selipsky의 첫 키노트와 Werner Vogels의 키노트에서"
                + " 서버리스와 컨테이너 서비스의 새 기능이 나왔습니다.",
            enrichment("AWS re:Invent", 2021, List.of("Adam Selipsky", "Werner Vogels"), List.of("serverless", "containers"))),
        recap("https://dev.example.org/kubecon-2020", "KubeCon 2020 recap: Kubernetes operators everywhere", "Jane Doe",
            LocalDate.of(2020, 11, 30), "en",
            "KubeCon North America 2020 went virtual.\n\nKelsey Hightower talked about Kubernetes operators and"
                + " the future of serverless containers on Kubernetes.",
            enrichment("KubeCon", 2020, List.of("Kelsey Hightower"), List.of("kubernetes"))),
        recap("https://ai.example.com/reinvent-2023-genai", "re:Invent 2023: generative AI takes the stage", "John Smith",
            LocalDate.of(2023, 12, 1), "en",
            "Generative AI was everywhere at re:Invent 2023.\n\nAdam Selipsky announced Amazon Q and new Bedrock features.",
            enrichment("AWS re:Invent", 2023, List.of("Adam Selipsky"), List.of("generative-ai"))),
        new Recap(LOCAL_FILE, "notes/deview-2019-search.md", null, "local", "DEVIEW 2019 검색 엔진 세션 메모", 
            "DEVIEW 2019에서 들은 검색 엔진 세션을 정리했습니다.\n\n형태소 분석기와 역색인 구조를 설명했습니다.", List.of(),
            null, LocalDate.of(2019, 10, 29), List.of(), "ko", Map.of(),
            enrichment("DEVIEW", 2019, List.of(), List.of("search")), null, false),
        recap("https://evil.example.com/xss", IMG_PAYLOAD + " 보안 테스트 리캡", SCRIPT_PAYLOAD, LocalDate.of(2020, 6, 1), "ko",
            "보안 테스트 본문입니다. " + SCRIPT_PAYLOAD + " 그리고 " + IMG_PAYLOAD + " 도 들어 있습니다.",
            enrichment("DEVIEW", 2020, List.of("<svg onload=\"window.__xss=true\">"), List.of("security"))));
  }

  private static Recap recap(String url, String title, String author, LocalDate published, String lang,
      String text, Enrichment enrichment) {
    String site = java.net.URI.create(url).getHost();
    return new Recap(RecapIds.of(url), url, url, site, title, text, List.of(), author, published, List.of(), lang,
        Map.of(), enrichment, null, false);
  }

  private static Enrichment enrichment(String conference, int year, List<String> speakers, List<String> topics) {
    return new Enrichment(conference, null, year, speakers, topics, List.of(), Map.of());
  }

  /** Writes the recaps into a new index under {@code dir} and opens a searcher on it. */
  static RecapSearcher index(Path dir) throws IOException {
    AnalyzerFactory analyzers = AnalyzerFactory.withDefaults();
    try (RecapIndexer indexer = RecapIndexer.open(dir, analyzers)) {
      for (Recap r : all()) {
        indexer.upsert(r);
      }
      indexer.commit();
    }
    return RecapSearcher.open(dir, analyzers, FieldBoosts.defaults(), TermExpander.NONE);
  }
}
