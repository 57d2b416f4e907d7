package dev.recaps.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the judged query set: one query per tab-separated line ({@code id, group, query,
 * FILE:GRADE…}), {@code #} comments and blank lines ignored. Every malformed line is reported with
 * its number, all at once, because a silently skipped judgment would quietly change the scores.
 */
public final class Judgments {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern GROUP = Pattern.compile("[a-z][a-z0-9-]*");

  private Judgments() {}

  /** Reads a UTF-8 judgments file. */
  public static List<JudgedQuery> load(Path file) throws IOException, JudgmentsException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
  }

  /**
   * Parses judgments lines; {@code name} prefixes every problem ({@code judgments.tsv:12: …}).
   *
   * @throws JudgmentsException listing every malformed line, or when there is no query at all
   */
  public static List<JudgedQuery> parse(List<String> lines, String name) throws JudgmentsException {
    List<JudgedQuery> queries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = name + ":" + (i + 1) + ": ";
      List<String> lineProblems = new ArrayList<>();
      JudgedQuery q = parseLine(lines.get(i), lineProblems);
      if (q != null && !ids.add(q.id())) {
        lineProblems.add("query id '" + q.id() + "' is used twice");
      }
      lineProblems.forEach(p -> problems.add(where + p));
      if (lineProblems.isEmpty()) {
        queries.add(q);
      }
    }
    if (problems.isEmpty() && queries.isEmpty()) {
      problems.add(name + ": no judged queries");
    }
    if (!problems.isEmpty()) {
      throw new JudgmentsException(problems);
    }
    return List.copyOf(queries);
  }

  private static JudgedQuery parseLine(String raw, List<String> problems) {
    String[] cols = raw.replaceAll("[\\r\\n]+$", "").split("\t");
    if (cols.length < 4) {
      problems.add("expected id, group, query and at least one FILE:GRADE separated by tabs, found "
          + cols.length + " column" + (cols.length == 1 ? "" : "s"));
      return null;
    }
    String id = cols[0].strip();
    String group = cols[1].strip();
    String query = cols[2].strip();
    if (!ID.matcher(id).matches()) {
      problems.add("query id '" + id + "' must be letters, digits, '.', '_' or '-'");
    }
    if (!GROUP.matcher(group).matches()) {
      problems.add("group '" + group + "' must be lower-case letters, digits and '-'");
    }
    if (query.isEmpty()) {
      problems.add("the query is empty");
    }
    Map<String, Integer> grades = grades(cols, problems);
    if (!grades.isEmpty() && grades.values().stream().noneMatch(g -> g >= JudgedQuery.RELEVANT_GRADE)) {
      problems.add("no file is graded " + JudgedQuery.RELEVANT_GRADE + " or more, so reciprocal rank"
          + " and recall are undefined; judge at least one answer");
    }
    return problems.isEmpty() ? new JudgedQuery(id, group, query, grades) : null;
  }

  private static Map<String, Integer> grades(String[] cols, List<String> problems) {
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (int c = 3; c < cols.length; c++) {
      String pair = cols[c].strip();
      int colon = pair.lastIndexOf(':');
      if (colon <= 0 || colon == pair.length() - 1) {
        problems.add("'" + pair + "' is not FILE:GRADE");
        continue;
      }
      String file = pair.substring(0, colon);
      String grade = pair.substring(colon + 1);
      if (!grade.matches("[0-" + JudgedQuery.MAX_GRADE + "]")) {
        problems.add("grade of " + file + " must be 0 to " + JudgedQuery.MAX_GRADE + ", not '" + grade + "'");
      } else if (grades.putIfAbsent(file, Integer.parseInt(grade)) != null) {
        problems.add(file + " is graded twice");
      }
    }
    return grades;
  }
}
