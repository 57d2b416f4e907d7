package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {

  @Test
  void decomposedJamoRecomposeIntoSyllables() {
    assertEquals("가", AnalyzerFactory.normalize("\u1100\u1161"));
    assertEquals("서버리스", AnalyzerFactory.normalize(Normalizer.normalize("서버리스", Normalizer.Form.NFD)));
  }

  @Test
  void fullWidthLatinAndDigitsBecomeAscii() {
    assertEquals("AWS re:Invent 2019", AnalyzerFactory.normalize("ＡＷＳ ｒｅ：Ｉｎｖｅｎｔ ２０１９"));
  }

  @Test
  void compatibilityJamoStayAsTyped() {
    assertEquals("ㅅㅂㄹㅅ ㅋㅋ ㄱㅏ", AnalyzerFactory.normalize("ㅅㅂㄹㅅ ㅋㅋ ㄱㅏ"));
  }

  @Test
  void alreadyNormalTextIsUntouched() {
    assertEquals(List.of(), UnicodeNormalizer.INSTANCE.replacements("Werner Vogels 박사님의 키노트"));
  }

  @Test
  void eachChangedSegmentIsOneReplacement() {
    String text = "A" + Normalizer.normalize("각", Normalizer.Form.NFD) + "Ｂ";
    assertEquals(
        List.of(new Replacement(1, 4, "각"), new Replacement(4, 5, "B")), UnicodeNormalizer.INSTANCE.replacements(text));
  }

  @Test
  void precomposedSyllableFollowedByAFinalJamoComposes() {
    assertEquals("각", AnalyzerFactory.normalize("가\u11A8"));
  }
}
