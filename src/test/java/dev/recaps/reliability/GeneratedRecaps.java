package dev.recaps.reliability;

import dev.recaps.model.Enrichment;
import dev.recaps.model.Recap;
import dev.recaps.model.RecapIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic synthetic recaps, as records or as Markdown files with front matter: the same
 * number always gives the same post, so an interrupted run can be compared with a clean one.
 */
final class GeneratedRecaps {
  private static final String[] CONFERENCES = {"AWS re:Invent", "KubeCon", "DEVIEW", "if(kakao)",
      "Google I/O", "FEConf", "PyCon Korea", "NDC"};
  private static final String[] WORDS = {"서버리스", "쿠버네티스", "람다", "데이터베이스", "검색", "키노트",
      "세션", "운영", "관측성", "serverless", "kubernetes", "observability", "lambda", "search",
      "latency", "keynote", "database", "streaming", "platform", "발표", "후기", "정리", "아키텍처"};

  private GeneratedRecaps() {}

  static String conference(int n) {
    return CONFERENCES[n % CONFERENCES.length];
  }

  static int year(int n) {
    return 2015 + n % 11;
  }

  static String title(int n) {
    return conference(n) + " " + year(n) + " 후기 #" + n;
  }

  static String body(int n, int words) {
    Random random = new Random(n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ".\n\n" : " ");
    }
    return b.toString().strip();
  }

  /** Recap number {@code n} as the extract and enrich stages would hand it to the indexer. */
  static Recap recap(int n, int words) {
    String source = "generated/post-" + n + ".md";
    return new Recap(RecapIds.of(source), source, null, "local", title(n), body(n, words),
        List.of(), "작성자 " + (n % 7), LocalDate.of(year(n), 1 + n % 12, 1 + n % 28),
        List.of("recap"), "mixed", Map.of(),
        new Enrichment(conference(n), null, year(n), List.of(), List.of("serverless"), List.of(),
            Map.of()), null, false);
  }

  /** Writes posts {@code 0..count-1} as Markdown files under {@code dir} (in 20 sub-folders). */
  static void writeMarkdown(Path dir, int count, int words) throws IOException {
    for (int n = 0; n < count; n++) {
      Path folder = dir.resolve("batch-" + (n % 20));
      Files.createDirectories(folder);
      String text = "---\ntitle: \"" + title(n) + "\"\ndate: " + year(n) + "-" + pad(1 + n % 12)
          + "-" + pad(1 + n % 28) + "\ntags: [recap, " + (n % 5) + "]\n---\n\n# " + title(n)
          + "\n\n" + body(n, words) + "\n";
      Files.writeString(folder.resolve("post-" + n + ".md"), text, StandardCharsets.UTF_8);
    }
  }

  private static String pad(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
