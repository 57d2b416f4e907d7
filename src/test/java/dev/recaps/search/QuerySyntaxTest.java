package dev.recaps.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.search.ParsedQuery.Clause;
import dev.recaps.search.ParsedQuery.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {
  private final QuerySyntax syntax = new QuerySyntax();

  @Test
  void wordsPhrasesExclusionsAndOr() {
    ParsedQuery q = syntax.parse("서버리스 \"event driven\" -hackathon lambda OR 람다");
    assertEquals(List.of(
        List.of(new Clause(Kind.WORD, null, "서버리스", 0, 0)),
        List.of(new Clause(Kind.PHRASE, null, "event driven", 0, 0)),
        List.of(new Clause(Kind.WORD, null, "lambda", 0, 0), new Clause(Kind.WORD, null, "람다", 0, 0))),
        q.groups());
    assertEquals(List.of(new Clause(Kind.WORD, null, "hackathon", 0, 0)), q.excluded());
  }

  @Test
  void fieldPrefixesRangesAndPrefixes() {
    ParsedQuery q = syntax.parse("speaker:Vogels year:2019..2021 kube* title:\"re:Invent 2019\"");
    assertEquals(List.of(
        List.of(new Clause(Kind.WORD, "speaker", "Vogels", 0, 0)),
        List.of(new Clause(Kind.YEAR_RANGE, "year", "2019..2021", 2019, 2021)),
        List.of(new Clause(Kind.PREFIX, null, "kube", 0, 0)),
        List.of(new Clause(Kind.PHRASE, "title", "re:Invent 2019", 0, 0))), q.groups());
  }

  @Test
  void unknownFieldAndColonNamesStayText() {
    assertEquals(List.of(List.of(new Clause(Kind.WORD, null, "re:Invent", 0, 0))),
        syntax.parse("re:Invent").groups());
    assertEquals(List.of(List.of(new Clause(Kind.WORD, null, "soon", 0, 0))),
        syntax.parse("year:soon").groups());
  }

  @Test
  void brokenSyntaxBecomesPlainText() {
    assertEquals(List.of(List.of(new Clause(Kind.WORD, null, "unbalanced", 0, 0))),
        syntax.parse("\"unbalanced").groups());
    assertTrue(syntax.parse("((").isEmpty());
    assertTrue(syntax.parse("title:").isEmpty());
    assertTrue(syntax.parse("*").isEmpty());
    assertEquals(List.of(List.of(new Clause(Kind.WORD, null, "if(kakao)", 0, 0))),
        syntax.parse("if(kakao)").groups());
    assertEquals(List.of(List.of(new Clause(Kind.WORD, null, "a", 0, 0))), syntax.parse("a*").groups());
  }

  @Test
  void longQueriesAreCutWithANotice() {
    ParsedQuery q = syntax.parse("가".repeat(10_000));
    assertEquals(List.of("The query was cut to its first 500 characters."), q.notices());
    assertEquals(500, q.groups().get(0).get(0).text().length());
  }

  @Test
  void controlCharactersAreSpaces() {
    assertEquals(List.of(List.of(new Clause(Kind.WORD, null, "a", 0, 0)),
        List.of(new Clause(Kind.WORD, null, "b", 0, 0))), syntax.parse("a\u0000b").groups());
  }
}
