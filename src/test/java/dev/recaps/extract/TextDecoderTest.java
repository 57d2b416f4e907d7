package dev.recaps.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String KOREAN = "리인벤트 2019 후기: 키노트와 해커톤, 그리고 세션 이야기";
  private static final Charset EUC_KR = Charset.forName("EUC-KR");

  @Test
  void validUtf8WithoutDeclarationIsUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(KOREAN.getBytes(StandardCharsets.UTF_8), null);
    assertEquals(new TextDecoder.Decoded(KOREAN, "UTF-8", false), d);
  }

  @Test
  void headerCharsetEucKrDecodesAsMs949() {
    TextDecoder.Decoded d = TextDecoder.decode(KOREAN.getBytes(EUC_KR), "text/html; charset=EUC-KR");
    assertEquals(new TextDecoder.Decoded(KOREAN, "x-windows-949", false), d);
  }

  @Test
  void ksc5601HeaderNameIsKorean() {
    TextDecoder.Decoded d = TextDecoder.decode(KOREAN.getBytes(EUC_KR), "text/html; charset=ks_c_5601-1987");
    assertEquals(KOREAN, d.text());
  }

  @Test
  void ms949OnlySyllablesDecodeEvenWhenDeclaredEucKr() {
    String extended = "똠방각하 햏"; // 똠 and 햏 exist only in MS949's extension of EUC-KR
    TextDecoder.Decoded d =
        TextDecoder.decode(extended.getBytes(Charset.forName("x-windows-949")), "text/plain; charset=euc-kr");
    assertEquals(extended, d.text());
    assertFalse(d.lossy());
  }

  @Test
  void byteOrderMarkBeatsAWrongHeader() {
    byte[] body = ("\uFEFF" + KOREAN).getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded d = TextDecoder.decode(body, "text/html; charset=euc-kr");
    assertEquals(new TextDecoder.Decoded(KOREAN, "UTF-8", false), d);
  }

  @Test
  void metaHttpEquivDeclarationIsHonoured() {
    String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"><p>" + KOREAN;
    assertEquals(html, TextDecoder.decode(html.getBytes(EUC_KR), null).text());
  }

  @Test
  void metaCharsetDeclarationIsHonoured() {
    String html = "<meta charset='euc-kr'><p>" + KOREAN;
    assertEquals(html, TextDecoder.decode(html.getBytes(EUC_KR), null).text());
  }

  @Test
  void undeclaredEucKrIsDetected() {
    TextDecoder.Decoded d = TextDecoder.decode(KOREAN.getBytes(EUC_KR), null);
    assertEquals(new TextDecoder.Decoded(KOREAN, "x-windows-949", false), d);
  }

  @Test
  void utf8HeaderThatTheBytesContradictIsIgnored() {
    TextDecoder.Decoded d = TextDecoder.decode(KOREAN.getBytes(EUC_KR), "text/html; charset=utf-8");
    assertEquals(KOREAN, d.text());
  }

  @Test
  void legacyDeclarationOnUtf8BytesFallsBackToUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode(KOREAN.getBytes(StandardCharsets.UTF_8), "text/html; charset=euc-kr");
    assertEquals(new TextDecoder.Decoded(KOREAN, "UTF-8", false), d);
  }

  @Test
  void mostlyUtf8WithOneBrokenByteIsLossyUtf8() {
    byte[] good = (KOREAN + " " + KOREAN).getBytes(StandardCharsets.UTF_8);
    good[3] = (byte) 0xFF;
    TextDecoder.Decoded d = TextDecoder.decode(good, null);
    assertEquals("UTF-8", d.charset());
    assertTrue(d.lossy());
    assertTrue(d.text().startsWith("리\uFFFD"), d.text());
  }

  @Test
  void unknownCharsetNameIsIgnored() {
    TextDecoder.Decoded d = TextDecoder.decode("plain".getBytes(StandardCharsets.US_ASCII), "text/html; charset=x-bogus");
    assertEquals(new TextDecoder.Decoded("plain", "UTF-8", false), d);
  }
}
