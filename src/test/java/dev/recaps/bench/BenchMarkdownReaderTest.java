package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMarkdownReaderTest {
  @TempDir Path root;

  @Test
  void aGeneratedFileReadsBackWithItsMetadataAndFacets() throws IOException {
    Enrichment truth = new Enrichment("AWS re:Invent", null, 2019, List.of("Werner Vogels"),
        List.of("serverless", "databases"), List.of(), Map.of());
    GeneratedRecap g = new GeneratedRecap(5, "id", "https://toss.tech/2019/aws-re-invent-2019-recap-5", "toss.tech",
        "ko", "AWS re:Invent 2019 후기: \"서버리스\"", List.of("키노트", "마치며"),
        "## 키노트\n\n람다 이야기를 들었다.\n\n## 마치며\n\n좋았다.\n", "최지우", LocalDate.of(2019, 12, 9),
        List.of("serverless", "aws-re-invent"), truth);
    Path file = root.resolve("d000/r000005.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, g.markdown(), StandardCharsets.UTF_8);

    PipelineStages stages = PipelineStages.production();
    Recap r = stages.enrich().apply(stages.extract().extract(root, file));
    assertEquals("AWS re:Invent", r.enrichment().conference());
    assertEquals(2019, r.enrichment().year());
    assertEquals(List.of("Werner Vogels"), r.enrichment().speakers());
    assertEquals(truth.topics(), r.enrichment().topics().stream().filter(truth.topics()::contains).toList());
    r = BenchMarkdownReader.read(root, file);
    assertEquals("d000/r000005.md", r.source());
    assertEquals("AWS re:Invent 2019 후기: \"서버리스\"", r.title());
    assertEquals(List.of("키노트", "마치며"), r.headings());
    assertEquals("키노트\n\n람다 이야기를 들었다.\n\n마치며\n\n좋았다.", r.text());
    assertEquals("toss.tech", r.site());
    assertEquals(LocalDate.of(2019, 12, 9), r.published());
    assertEquals("ko", r.lang());
    assertEquals(5, BenchCorpus.indexOf(r.source()));
  }

  @Test
  void aFileWithoutFrontMatterIsRejectedWithItsName() throws IOException {
    Path file = root.resolve("plain.md");
    Files.writeString(file, "# just a title\n");
    IOException e = assertThrows(IOException.class, () -> BenchMarkdownReader.read(root, file));
    assertEquals(file + ": expected YAML front matter starting with '---'", e.getMessage());
  }

  @Test
  void languageFollowsTheScriptMix() {
    assertEquals("ko", BenchMarkdownReader.lang("서버리스 아키텍처에 대한 세션을 들었다."));
    assertEquals("en", BenchMarkdownReader.lang("We went to the serverless session."));
    assertEquals("mixed", BenchMarkdownReader.lang("Lambda cold start 문제를 줄이는 방법을 배웠다 in practice."));
  }
}
