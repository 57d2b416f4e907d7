package dev.recaps.search;

import dev.recaps.model.Hit;
import dev.recaps.model.SearchRequest;
import dev.recaps.model.SearchResult;
import dev.recaps.model.Sort;
import dev.recaps.search.EvalReport.GroupScore;
import dev.recaps.search.EvalReport.QueryScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs judged queries through a {@link SearchService} the way a user would (first page of ten,
 * typing aids on) and scores each ranking with nDCG@10, reciprocal rank and recall@10.
 */
public final class RelevanceEvaluator {
  /** Results per query that count: the first page. */
  public static final int CUTOFF = 10;

  private final SearchService search;
  private final Function<String, String> idOf;

  /**
   * @param idOf maps a judged file (its source) to the recap id the index gives it, normally
   *     {@link dev.recaps.model.RecapIds#of}
   */
  public RelevanceEvaluator(SearchService search, Function<String, String> idOf) {
    this.search = search;
    this.idOf = idOf;
  }

  /** Scores every query; groups appear in the order of their first query. */
  public EvalReport evaluate(List<JudgedQuery> queries) {
    Map<String, String> fileById = new HashMap<>();
    for (JudgedQuery q : queries) {
      q.grades().keySet().forEach(file -> fileById.put(idOf.apply(file), file));
    }
    List<QueryScore> scores = new ArrayList<>();
    for (JudgedQuery q : queries) {
      scores.add(score(q, fileById));
    }
    Map<String, List<QueryScore>> byGroup = new LinkedHashMap<>();
    scores.forEach(s -> byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
    List<GroupScore> groups = byGroup.entrySet().stream().map(e -> mean(e.getKey(), e.getValue())).toList();
    return new EvalReport(scores, groups, mean("overall", scores), unindexed(fileById));
  }

  private QueryScore score(JudgedQuery q, Map<String, String> fileById) {
    SearchResult r = search.search(
        new SearchRequest(q.query(), Map.of(), Sort.RELEVANCE, 1, CUTOFF, true));
    List<Integer> grades = new ArrayList<>();
    List<String> ranked = new ArrayList<>();
    for (Hit h : r.hits()) {
      String file = fileById.getOrDefault(h.id(), h.source());
      int grade = q.gradeOf(file);
      grades.add(grade);
      ranked.add(file + ":" + grade);
    }
    List<Integer> judged = List.copyOf(q.grades().values());
    return new QueryScore(q.id(), q.group(), q.query(),
        RelevanceMetrics.ndcg(CUTOFF, grades, judged),
        RelevanceMetrics.reciprocalRank(grades, JudgedQuery.RELEVANT_GRADE),
        RelevanceMetrics.recall(CUTOFF, grades, judged, JudgedQuery.RELEVANT_GRADE),
        ranked, r.rewrittenQuery());
  }

  // Every query weighs the same in a mean, so a group with many queries does not hide a weak one.
  private static GroupScore mean(String group, List<QueryScore> scores) {
    int n = scores.size();
    return new GroupScore(group, n,
        n == 0 ? 0 : scores.stream().mapToDouble(QueryScore::ndcg).sum() / n,
        n == 0 ? 0 : scores.stream().mapToDouble(QueryScore::reciprocalRank).sum() / n,
        n == 0 ? 0 : scores.stream().mapToDouble(QueryScore::recall).sum() / n);
  }

  private List<String> unindexed(Map<String, String> fileById) {
    TreeSet<String> missing = new TreeSet<>();
    fileById.forEach((id, file) -> {
      if (search.recap(id).isEmpty()) {
        missing.add(file);
      }
    });
    return List.copyOf(missing);
  }
}
