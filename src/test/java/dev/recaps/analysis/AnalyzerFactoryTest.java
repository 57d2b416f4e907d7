package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerFactoryTest {

  private static final AnalyzerFactory DEFAULTS = AnalyzerFactory.withDefaults();

  @TempDir Path userDir;

  @Test
  void analyzersAreBuiltOnceAndShared() {
    assertSame(DEFAULTS.text(), DEFAULTS.text());
    assertSame(DEFAULTS.keyword(), DEFAULTS.keyword());
    assertSame(DEFAULTS.suggest(), DEFAULTS.suggest());
  }

  @Test
  void keywordAnalyzerKeepsTheWholeValueNormalizedAndLowercased() {
    assertEquals(List.of("werner vogels"), AnalyzerFactory.terms(DEFAULTS.keyword(), "  Werner   Vogels "));
    assertEquals(List.of("aws re:invent"), AnalyzerFactory.terms(DEFAULTS.keyword(), "ＡＷＳ re:Invent"));
    assertEquals(List.of("앤디 재시"), AnalyzerFactory.terms(DEFAULTS.keyword(), "앤디\t재시"));
  }

  @Test
  void keywordNormalizationMatchesItsAnalysis() {
    assertEquals(new BytesRef("aws summit"), DEFAULTS.keyword().normalize("conference", "ＡＷＳ  Summit"));
  }

  @Test
  void suggestAnalyzerSplitsAtPunctuationWithoutStemmingOrDecompounding() {
    assertEquals(
        List.of("re", "invent", "keynotes", "키노트에서", "서비스들이", "kubernetes를"),
        AnalyzerFactory.terms(DEFAULTS.suggest(), "re:Invent Keynotes: 키노트에서 서비스들이, Kubernetes를"));
    assertEquals(List.of("데이터베이스", "aws"), AnalyzerFactory.terms(DEFAULTS.suggest(), "데이터베이스 ＡＷＳ"));
  }

  @Test
  void suggestAnalyzerRecomposesDecomposedHangul() {
    String nfd = java.text.Normalizer.normalize("키노트", java.text.Normalizer.Form.NFD);
    assertEquals(List.of("키노트"), AnalyzerFactory.terms(DEFAULTS.suggest(), nfd));
  }

  @Test
  void textNormalizationForWildcardTermsFoldsWidthAndCase() {
    Analyzer text = DEFAULTS.text();
    assertEquals(new BytesRef("kube"), text.normalize("body", "ＫＵＢＥ"));
  }

  @Test
  void missingUserDirectoryOrFilesAreFine() throws IOException {
    assertEquals(DEFAULTS.tokens("리인벤트 키노트"), AnalyzerFactory.load(userDir).tokens("리인벤트 키노트"));
    assertEquals(DEFAULTS.tokens("리인벤트 키노트"), AnalyzerFactory.load(userDir.resolve("absent")).tokens("리인벤트 키노트"));
  }

  @Test
  void userFilesExtendTheBundledData() throws IOException {
    assertEquals(List.of("뱅크", "샐러드", "deview", "jenkin"), DEFAULTS.tokens("뱅크샐러드 데뷰 jenkin"));
    write("userdict.txt", "# our company names\n뱅크샐러드\n");
    write("names.txt", "데뷰, 데뷰컨퍼런스 => naverdeview\n");
    write("unstemmed.txt", "jenkin\n");
    AnalyzerFactory custom = AnalyzerFactory.load(userDir);
    assertEquals(List.of("뱅크샐러드", "naverdeview", "naverdeview", "jenkin"), custom.tokens("뱅크샐러드 데뷰 데뷰컨퍼런스 jenkin"));
    assertEquals(List.of("reinvent"), custom.tokens("리인벤트"));
  }

  @Test
  void userDictionaryCompoundIsIndexedWholeAndInParts() throws IOException {
    write("userdict.txt", "클라우드컴퓨팅 클라우드 컴퓨팅\n");
    assertEquals(List.of("클라우드컴퓨팅", "클라우드", "컴퓨팅"), AnalyzerFactory.load(userDir).tokens("클라우드컴퓨팅을"));
  }

  @Test
  void malformedUserDictionaryLineNamesFileAndLine() throws IOException {
    Path file = write("userdict.txt", "# comment\n해커톤\n클라우드컴퓨팅 클라우드 컴퓨터\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalyzerFactory.load(userDir));
    assertEquals(
        file + " line 3: parts '클라우드컴퓨터' do not spell the word '클라우드컴퓨팅' in '클라우드컴퓨팅 클라우드 컴퓨터'", e.getMessage());
  }

  @Test
  void malformedNamesLineNamesFileAndLine() throws IOException {
    Path file = write("names.txt", "\nfoo -> bar\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnalyzerFactory.load(userDir));
    assertEquals(file + " line 2: expected exactly one '=>' (variant, variant => canonical) in 'foo -> bar'", e.getMessage());
  }

  @Test
  void userFileThatIsNotUtf8IsAnIoError() throws IOException {
    Files.write(userDir.resolve("names.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    IOException e = assertThrows(IOException.class, () -> AnalyzerFactory.load(userDir));
    assertEquals(
        "cannot read " + userDir.resolve("names.txt") + " (expected UTF-8 text): java.nio.charset.MalformedInputException: Input length = 1",
        e.getMessage());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(userDir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
