package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusSentencesTest {
  @Test
  void frontMatterHeadingsImagesAndShortFragmentsAreDropped() {
    String md = """
        ---
        title: 라스베가스를 다녀오고
        tags: [reinvent]
        ---
        # AWS re:Invent 2021
        ![photo](a.png)
        - 첫날에는 등록 데스크에서 배지를 받았다. 줄이 길어서 한 시간이나 기다렸다!
        짧은 문장.
        """;
    assertEquals(List.of("첫날에는 등록 데스크에서 배지를 받았다.", "줄이 길어서 한 시간이나 기다렸다!"), CorpusSentences.sentencesOf(md));
  }

  @Test
  void aMissingCorpusFolderSaysWhatToPass() {
    IOException e = assertThrows(IOException.class, () -> CorpusSentences.read(Path.of("no-such-corpus")));
    assertEquals("corpus folder " + Path.of("no-such-corpus").toAbsolutePath()
        + " not found: the generator reshuffles its real recaps; pass --corpus DIR", e.getMessage());
  }
}
