package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgmentsTest {
  @Test
  void parsesQueriesAndSkipsCommentsAndBlankLines() throws Exception {
    List<JudgedQuery> q = Judgments.parse(List.of(
        "# header",
        "",
        "ko-01\tko\t서버리스 후기\tcorpus/a.md:3\teval-corpus/b.txt:1",
        "en-01\ten\tre:Invent 2019\tcorpus/a.md:2"), "j.tsv");
    assertEquals(List.of(
        new JudgedQuery("ko-01", "ko", "서버리스 후기", Map.of("corpus/a.md", 3, "eval-corpus/b.txt", 1)),
        new JudgedQuery("en-01", "en", "re:Invent 2019", Map.of("corpus/a.md", 2))), q);
    assertEquals(0, q.get(0).gradeOf("corpus/unjudged.md"));
  }

  @Test
  void everyMalformedLineIsReportedWithItsNumber() {
    JudgmentsException e = assertThrows(JudgmentsException.class, () -> Judgments.parse(List.of(
        "# header",
        "a-1\tko\tquery only",
        "a-2\tKO\tq\tcorpus/a.md:3",
        "a-3\tko\tq\tcorpus/a.md:4\tcorpus/b.md",
        "a-4\tko\tq\tcorpus/a.md:1",
        "a-5\tko\tq\tcorpus/a.md:3\tcorpus/a.md:2",
        "a-6\tko\tq\tcorpus/a.md:3",
        "a-6\tko\tother\tcorpus/b.md:3"), "j.tsv"));
    assertEquals(List.of(
        "j.tsv:2: expected id, group, query and at least one FILE:GRADE separated by tabs, found 3 columns",
        "j.tsv:3: group 'KO' must be lower-case letters, digits and '-'",
        "j.tsv:4: grade of corpus/a.md must be 0 to 3, not '4'",
        "j.tsv:4: 'corpus/b.md' is not FILE:GRADE",
        "j.tsv:5: no file is graded 2 or more, so reciprocal rank and recall are undefined;"
            + " judge at least one answer",
        "j.tsv:6: corpus/a.md is graded twice",
        "j.tsv:8: query id 'a-6' is used twice"), e.problems());
  }

  @Test
  void aFileWithoutQueriesIsAnError() {
    JudgmentsException e = assertThrows(JudgmentsException.class,
        () -> Judgments.parse(List.of("# only a comment"), "empty.tsv"));
    assertEquals("empty.tsv: no judged queries", e.getMessage());
  }

  @Test
  void theBundledJudgmentsLoadWithEveryGroup() throws Exception {
    List<JudgedQuery> q = Judgments.load(Path.of("src/test/resources/dev/recaps/eval/judgments.tsv"));
    assertTrue(q.size() >= 60, "at least 60 judged queries, found " + q.size());
    assertEquals(List.of("ko", "en", "mixed", "cross-lingual", "name", "session-code", "typo",
        "wrong-layout", "facet-like"), q.stream().map(JudgedQuery::group).distinct().toList());
  }
}
