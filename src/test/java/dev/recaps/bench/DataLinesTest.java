package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLinesTest {
  @Test
  void malformedRowsAreSkippedWithFileAndLineInTheWarning() {
    List<String> warnings = new ArrayList<>();
    List<String[]> rows = DataLines.read("two-columns.tsv", 2, warnings::add);
    assertEquals(List.of("a:b", "d:e"), rows.stream().map(r -> r[0] + ":" + r[1]).toList());
    assertEquals(List.of(
        "two-columns.tsv:3: expected 2 non-empty tab-separated columns, skipped: only-one",
        "two-columns.tsv:4: expected 2 non-empty tab-separated columns, skipped: c"), warnings);
  }

  @Test
  void bundledDataFilesHaveNoMalformedLines() {
    List<String> warnings = new ArrayList<>();
    Vocabulary.load(warnings::add);
    QueryLog.load(warnings::add);
    assertEquals(List.of(), warnings);
  }
}
