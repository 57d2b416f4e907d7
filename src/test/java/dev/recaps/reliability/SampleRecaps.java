package dev.recaps.reliability;

import dev.recaps.analysis.AnalyzerFactory;
import dev.recaps.index.RecapIndexer;
import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small real-looking index (Korean, English, mixed) that the reliability tests search and break. */
final class SampleRecaps {
  private SampleRecaps() {}

  static Recap recap(String source, String title, String text, String lang, LocalDate published,
      String conference, Integer year, List<String> speakers, List<String> topics) {
    return new Recap(RecapIds.of(source), source, "https://blog.example.com/" + source,
        "blog.example.com", title, text, List.of(), "Tester", published, List.of("recap"), lang,
        Map.of(), new Enrichment(conference, null, year, speakers, topics, List.of(), Map.of()),
        null, false);
  }

  static List<Recap> all() {
    return List.of(
        recap("a", "AWS re:Invent 2019 후기", "서버리스 세션과 키노트가 인상 깊었다. Lambda 서비스들이 많이 나왔다.",
            "ko", LocalDate.of(2019, 12, 10), "AWS re:Invent", 2019, List.of("Andy Jassy"),
            List.of("serverless", "keynote")),
        recap("b", "re:Invent 2021 keynotes", "The keynotes covered serverless services and databases.",
            "en", LocalDate.of(2021, 12, 5), "AWS re:Invent", 2021, List.of("Werner Vogels"),
            List.of("serverless", "databases")),
        recap("c", "KubeCon 2021 쿠버네티스 정리", "Kubernetes 운영과 observability 이야기.",
            "mixed", LocalDate.of(2021, 10, 20), "KubeCon + CloudNativeCon", 2021, List.of(),
            List.of("containers", "observability")),
        recap("d", "DEVIEW 2019 참관기", "검색 엔진과 머신러닝 발표를 들었다.", "ko",
            LocalDate.of(2019, 10, 30), "DEVIEW", 2019, List.of(), List.of("ai-ml")),
        recap("e", "Google I/O 2019 recap", "Sundar Pichai opened the keynote with machine learning.",
            "en", LocalDate.of(2019, 5, 9), "Google I/O", 2019, List.of("Sundar Pichai"),
            List.of("keynote", "ai-ml")));
  }

  /** Indexes {@link #all()} into {@code dir} with one commit. */
  static void index(Path dir, AnalyzerFactory analyzers) throws IOException {
    try (RecapIndexer indexer = RecapIndexer.open(dir, analyzers)) {
      for (Recap r : all()) {
        indexer.upsert(r);
      }
      indexer.commit();
    }
  }
}
