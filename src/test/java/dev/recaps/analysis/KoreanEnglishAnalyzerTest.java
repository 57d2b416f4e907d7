package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact token lists of the text analyzer, in the manner of Lucene's TestKoreanAnalyzer. */
class KoreanEnglishAnalyzerTest {

  private static final AnalyzerFactory FACTORY = AnalyzerFactory.withDefaults();

  private static void assertTokens(List<String> expected, String text) {
    assertEquals(expected, FACTORY.tokens(text), () -> "tokens of: " + text);
  }

  @Test
  void jassyKeynoteSentenceFromTheCorpus() {
    assertTokens(List.of("andy", "jassy", "키노트", "소개", "sagemaker"), "Andy Jassy의 키노트에서 소개된 Sagemaker");
  }

  @Test
  void vogelsKeynoteSentenceFromTheCorpus() {
    assertTokens(List.of("werner", "vogels", "박사", "키노트"), "Werner Vogels 박사님의 키노트");
  }

  @Test
  void longMixedCorpusSentenceDropsParticlesEndingsAndDependentNouns() {
    assertTokens(
        List.of("sagemaker", "machine", "learning", "관련", "서비스", "크", "비중", "차지", "같"),
        "Sagemaker와 Machine learning관련 서비스들이 가장 큰 비중을 차지한 것 같다.");
  }

  @Test
  void particlesAndPluralSuffixAreDropped() {
    assertTokens(List.of("서비스"), "서비스들이");
    assertTokens(List.of("sagemaker"), "Sagemaker와");
  }

  @Test
  void scriptBoundariesSplitLatinFromHangul() {
    assertTokens(List.of("learning", "관련"), "learning관련");
    assertTokens(List.of("msa"), "MSA에서");
    assertTokens(List.of("kubernetes"), "Kubernetes를");
  }

  @Test
  void englishPluralsAreStemmedButNotServerless() {
    assertTokens(List.of("keynote", "service", "serverless", "kubernetes"), "keynotes services serverless kubernetes");
  }

  @Test
  void shortAcronymsAndCommonWordsKeepTheirS() {
    assertTokens(List.of("aws", "ecs", "eks", "ios", "news", "this", "was"), "AWS ECS EKS iOS news this was");
  }

  @Test
  void koreanTokensNeverReachTheEnglishStemmer() {
    assertTokens(List.of("키네시스", "kinesis", "시리즈", "series"), "키네시스 Kinesis 시리즈 series");
  }

  @Test
  void possessiveIsRemoved() {
    assertTokens(List.of("vogels", "keynote", "jassy", "keynote"), "Vogels' keynote, Jassy's keynotes");
  }

  @Test
  void numbersAreKeptAndUnitNounsDropped() {
    assertTokens(List.of("2019", "65", "000"), "2019년 65,000여명");
  }

  @Test
  void lettersAndDigitsThatTouchStayOneToken() {
    assertTokens(List.of("ec2", "s3", "m6g", "5g"), "EC2 S3 M6g 5G");
  }

  @Test
  void longProductNameBeforeAVersionIsAlsoFindableAlone() {
    assertTokens(List.of("graviton2", "graviton", "arm"), "Graviton2를 Arm");
  }

  @Test
  void hanjaIsReadAsHangul() {
    assertTokens(List.of("사회", "대한", "민국"), "社會 大韓民國");
  }

  @Test
  void fullWidthLatinIsFolded() {
    assertTokens(List.of("aws", "2019"), "ＡＷＳ ２０１９");
  }

  @Test
  void decomposedHangulAnalyzesLikePrecomposed() {
    String nfd = java.text.Normalizer.normalize("서버리스", java.text.Normalizer.Form.NFD);
    assertEquals(8, nfd.length());
    assertEquals(FACTORY.tokens("서버리스"), FACTORY.tokens(nfd));
    assertTokens(List.of("서버리스"), nfd);
  }

  @Test
  void compoundsKeepTheWholeWordAndTheirParts() {
    assertTokens(List.of("데이터베이스", "데이터", "베이스"), "데이터베이스");
    assertTokens(List.of("개발자", "개발", "자", "컨퍼런스"), "개발자컨퍼런스");
    assertTokens(List.of("클라우드", "컴퓨팅"), "클라우드컴퓨팅");
    assertTokens(List.of("분산", "시스템"), "분산시스템");
    assertTokens(List.of("키노트"), "키노트");
    assertTokens(List.of("라스베가스"), "라스베가스");
  }

  @Test
  void userDictionaryKeepsTechWordsWhole() {
    assertTokens(List.of("쿠버네티스", "마이크로서비스", "마이크로", "서비스", "해커톤"), "쿠버네티스로 마이크로서비스를 해커톤에서");
    assertTokens(List.of("옵저버빌리티", "그래비톤", "에어플로우"), "옵저버빌리티와 그래비톤, 에어플로우");
  }

  @Test
  void inflectedVerbSurfaceIsNotStacked() {
    assertTokens(List.of("세션", "열리"), "세션이 열렸다");
  }
}
