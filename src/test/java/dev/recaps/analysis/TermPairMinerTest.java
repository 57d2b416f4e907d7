package dev.recaps.analysis;

import static org.junit.jupiter.api.Assertions.*;

import dev.recaps.analysis.TermPairMiner.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermPairMinerTest {
  private final TermPairMiner miner = new TermPairMiner();

  @Test
  void koreanWithEnglishInParentheses() {
    assertEquals(List.of(new Pair("kubernetes", "쿠버네티스"), new Pair("data engineer", "데이터 엔지니어")),
        List.copyOf(miner.mine("이번에 발표된 쿠버네티스(Kubernetes) 기능과 데이터 엔지니어(Data Engineer) 이야기")));
  }

  @Test
  void englishWithKoreanInParentheses() {
    assertEquals(List.of(new Pair("serverless", "서버리스"), new Pair("amazon web services", "아마존 웹 서비스")),
        List.copyOf(miner.mine("Serverless(서버리스)와 Amazon Web Services (아마존 웹 서비스)")));
  }

  @Test
  void acronymsAndNumbersAreNotPairs() {
    assertEquals(List.of(), List.copyOf(miner.mine("서버 엔지니어(SE) 2명, 4편 (feat. AWS re:Invent 2021), 약 3,000개(3K)")));
  }

  @Test
  void encodedFormRoundTrips() {
    Pair p = new Pair("lambda", "람다");
    assertEquals(p, Pair.decode(p.encoded()));
  }
}
