package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoriUserDictionaryTest {

  @Test
  void bundledDictionaryLoads() throws IOException {
    assertNotNull(NoriUserDictionary.build(DataFiles.bundled(AnalyzerFactory.USER_DICTIONARY_FILE)));
  }

  @Test
  void noEntriesMeansNoDictionary() throws IOException {
    assertNull(NoriUserDictionary.build(List.of()));
  }

  @Test
  void wordWithPunctuationIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoriUserDictionary.build(List.of(new DataLine("userdict.txt", 7, "re:Invent"))));
    assertEquals("userdict.txt line 7: word 're:Invent' may contain only letters and digits in 're:Invent'", e.getMessage());
  }

  @Test
  void singlePartCompoundIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NoriUserDictionary.build(List.of(new DataLine("userdict.txt", 2, "해커톤 해커톤"))));
    assertEquals("userdict.txt line 2: a compound needs at least two parts in '해커톤 해커톤'", e.getMessage());
  }

  @Test
  void duplicateWordInOneFileIsRejected() {
    List<DataLine> lines = List.of(new DataLine("userdict.txt", 1, "해커톤"), new DataLine("userdict.txt", 5, "해커톤 해커 톤"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NoriUserDictionary.build(lines));
    assertEquals("userdict.txt line 5: '해커톤' is already defined on line 1 in '해커톤 해커 톤'", e.getMessage());
  }

  @Test
  void commentsNeedLeadingWhitespaceSoHashInNamesIsData() {
    assertEquals("C# => csharp ", DataFiles.withoutComment("C# => csharp # the language"));
    assertEquals("", DataFiles.withoutComment("# header"));
  }
}
