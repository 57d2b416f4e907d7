package dev.recaps.search;

import java.util.Map;

/**
 * One query of the judged set with the graded relevance of recaps to it.
 *
 * @param id short stable name such as {@code ko-03}
 * @param group query group the scores are averaged over ({@code ko}, {@code typo}, …)
 * @param query the text as a user would type it
 * @param grades recap source (path relative to the parent of the indexed folder) to grade 1–3;
 *     recaps not listed count as 0
 */
public record JudgedQuery(String id, String group, String query, Map<String, Integer> grades) {

  /** Grades from this value on make a recap relevant for reciprocal rank and recall. */
  public static final int RELEVANT_GRADE = 2;

  /** The highest grade: the recap is about exactly what was asked. */
  public static final int MAX_GRADE = 3;

  public JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** The grade of a recap source, 0 when it was not judged relevant. */
  public int gradeOf(String source) {
    return grades.getOrDefault(source, 0);
  }
}
