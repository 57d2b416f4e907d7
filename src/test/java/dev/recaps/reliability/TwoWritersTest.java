package dev.recaps.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code recaps index} processes on one data directory: the second is refused with a message
 * naming the process that holds the index, exits non-zero and changes nothing; once the first is
 * gone (even killed, leaving its lock file behind) the next writer proceeds.
 */
class TwoWritersTest {
  private static final int FILES = 1_500;

  @TempDir Path tmp;

  @Test
  void secondWriterIsRefusedWithTheHolderNamedAndTheIndexSurvives() throws Exception {
    Path corpus = tmp.resolve("corpus");
    GeneratedRecaps.writeMarkdown(corpus, FILES, 40);
    Path data = tmp.resolve("data");
    Path logs = tmp.resolve("logs");

    RecapsProcess first = RecapsProcess.start(logs, "index", "--data", data.toString(), corpus.toString());
    waitForOwnerNote(data.resolve("index"), first);
    RecapsProcess second = RecapsProcess.start(logs, "index", "--data", data.toString(), corpus.toString());
    int code = second.waitFor(120);
    assertTrue(first.isAlive(), "the first writer must still be running for this test to mean anything");
    assertNotEquals(0, code, second.stdout());
    String message = second.stderr();
    assertTrue(message.contains("is locked by another recaps process (pid " + first.pid()), message);
    assertTrue(message.contains("Wait for it to finish or stop it"), message);
    assertTrue(!message.contains("\tat "), "no stack trace for the user: " + message);

    first.kill();
    Path oneFile = corpus.resolve("batch-0/post-0.md");
    RecapsProcess third = RecapsProcess.start(logs, "index", "--data", data.toString(), oneFile.toString());
    assertEquals(0, third.waitFor(120), third.stderr());
    assertTrue(IndexSnapshot.read(data.resolve("index")).size() >= 1);
  }

  private static void waitForOwnerNote(Path indexDir, RecapsProcess writer) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!Files.exists(indexDir.resolve("writer.owner"))) {
      assertTrue(writer.isAlive(), "the first writer ended early: " + writer.stderr());
      assertTrue(System.nanoTime() < deadline, "the first writer never took the lock");
      Thread.sleep(20);
    }
  }
}
