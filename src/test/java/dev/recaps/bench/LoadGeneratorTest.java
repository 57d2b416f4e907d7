package dev.recaps.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which load generator {@code --load-client} ends up with, against stand-ins for bench/wrk.sh. */
class LoadGeneratorTest {
  @TempDir Path tmp;
  private final List<String> notes = new ArrayList<>();

  /** A wrk.sh whose {@code installed}, {@code check} and {@code version} exit as given. */
  private Path script(int installed, int check, String version) throws IOException {
    Path s = tmp.resolve("wrk.sh");
    Files.writeString(s, "case $1 in installed) exit " + installed + ";; check) exit " + check + ";; "
        + "version) echo '" + version + "'; [ '" + version + "' != failed ];; esac\n");
    return s;
  }

  @Test
  void autoTakesAnInstalledWrk() throws Exception {
    LoadGenerator g = LoadGenerator.resolve(LoadGenerator.Choice.AUTO, script(0, 0, "wrk 4.1.0"), false, notes::add);
    assertEquals("wrk", g.name());
    assertEquals("wrk 4.1.0, 1 thread, 8 connections, same 2 cores as the server", g.describe(8, 2));
    assertEquals(List.of(), notes);
  }

  @Test
  void autoInstallsWrkOnlyOutsideSmokeRuns() throws Exception {
    Path installable = script(3, 0, "wrk 4.1.0");
    assertEquals("wrk", LoadGenerator.resolve(LoadGenerator.Choice.AUTO, installable, true, notes::add).name());
    LoadGenerator smoke = LoadGenerator.resolve(LoadGenerator.Choice.AUTO, installable, false, notes::add);
    assertEquals("java", smoke.name());
    assertEquals("Java LoadClient (separate JVM), 8 keep-alive clients, same 2 cores as the server", smoke.describe(8, 2));
    assertEquals(1, notes.size());
    assertTrue(notes.get(0).contains("wrk not installed"), notes.toString());
  }

  @Test
  void autoFallsBackWhenWrkCannotBeHad() throws Exception {
    assertEquals("java", LoadGenerator.resolve(LoadGenerator.Choice.AUTO, script(3, 3, "-"), true, notes::add).name());
    assertEquals("java", LoadGenerator.resolve(LoadGenerator.Choice.AUTO, script(3, 0, "failed"), true, notes::add).name());
    assertEquals("java", LoadGenerator.resolve(LoadGenerator.Choice.AUTO, tmp.resolve("none.sh"), true, notes::add).name());
    assertEquals(3, notes.size(), notes.toString());
    assertTrue(notes.get(1).contains("installing wrk failed"), notes.toString());
    assertTrue(notes.get(2).contains("--wrk-script"), notes.toString());
  }

  @Test
  void askingForWrkFailsWhenItCannotBeHadAndJavaNeedsNoScript() throws Exception {
    IOException e = assertThrows(IOException.class,
        () -> LoadGenerator.resolve(LoadGenerator.Choice.WRK, script(3, 3, "-"), false, notes::add));
    assertTrue(e.getMessage().contains("--load-client java"), e.getMessage());
    assertEquals("wrk", LoadGenerator.resolve(LoadGenerator.Choice.WRK, script(3, 0, "wrk 4.1.0"), false, notes::add).name());
    assertEquals("java", LoadGenerator.resolve(LoadGenerator.Choice.JAVA, tmp.resolve("none.sh"), true, notes::add).name());
  }

  @Test
  void theOptionIsCaseInsensitive() {
    assertEquals(LoadGenerator.Choice.WRK, LoadGenerator.Choice.parse("wrk").orElseThrow());
    assertEquals(LoadGenerator.Choice.AUTO, LoadGenerator.Choice.parse("Auto").orElseThrow());
    assertTrue(LoadGenerator.Choice.parse("curl").isEmpty());
  }
}
