package dev.recaps.bench;

import dev.recaps.model.Enrichment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Graded relevance from the generator's ground truth and nDCG@10: a recap is relevant to a need
 * ({@code topic}, {@code speaker}, {@code conference}, {@code year}, {@code lang} conditions) when
 * every condition holds, and highly relevant when it holds for its headline value.
 */
final class Relevance {
  static final int K = 10;

  private Relevance() {}

  /** 2 when every condition holds on the headline value, 1 when on any value, else 0. */
  static int grade(Map<String, String> need, Enrichment truth, String lang) {
    boolean headline = true;
    for (Map.Entry<String, String> c : need.entrySet()) {
      List<String> values = values(c.getKey(), truth, lang);
      if (!values.contains(c.getValue())) {
        return 0;
      }
      headline &= values.get(0).equals(c.getValue());
    }
    return headline ? 2 : 1;
  }

  private static List<String> values(String dim, Enrichment truth, String lang) {
    return switch (dim) {
      case "topic" -> truth.topics();
      case "speaker" -> truth.speakers();
      case "conference" -> truth.conference() == null ? List.of() : List.of(truth.conference());
      case "year" -> truth.year() == null ? List.of() : List.of(String.valueOf(truth.year()));
      case "lang" -> lang == null ? List.of() : List.of(lang);
      default -> throw new IllegalArgumentException("unknown need dimension '" + dim + "' in judged-queries.tsv");
    };
  }

  /** Grades of every recap of the corpus for one need. */
  static int[] grades(Map<String, String> need, BenchCorpus corpus) {
    int[] g = new int[corpus.size()];
    for (int i = 0; i < g.length; i++) {
      g[i] = grade(need, corpus.truths().get(i), corpus.langs().get(i));
    }
    return g;
  }

  /** nDCG@10 of a ranking (recap indexes, -1 for an unknown hit) against the grades; 0 when nothing is relevant. */
  static double ndcg(List<Integer> ranking, int[] grades) {
    double dcg = 0;
    for (int r = 0; r < Math.min(K, ranking.size()); r++) {
      int doc = ranking.get(r);
      dcg += doc < 0 ? 0 : gain(grades[doc], r);
    }
    int[] ideal = Arrays.stream(grades).boxed().sorted((a, b) -> b - a).limit(K).mapToInt(Integer::intValue).toArray();
    double idcg = 0;
    for (int r = 0; r < ideal.length; r++) {
      idcg += gain(ideal[r], r);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade, int rank) {
    return (Math.pow(2, grade) - 1) / (Math.log(rank + 2) / Math.log(2));
  }
}
