package dev.recaps.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of one bench run.
 *
 * @param threads indexing and in-process search threads (the "2 threads vs 1" figure always runs
 *     both)
 * @param duration measured time of each load figure; {@code warmup} runs before it, unrecorded
 * @param clients concurrent keep-alive HTTP clients of the load generator
 * @param loadClient which load generator {@code --load-client} asks for
 * @param workDir scratch folder for the corpus, indexes, Groonga database and process logs
 * @param coldStarts cold-start repetitions (median reported)
 */
record BenchSettings(
    int docs,
    int threads,
    Duration duration,
    Duration warmup,
    int clients,
    LoadGenerator.Choice loadClient,
    long seed,
    Path corpusDir,
    Path workDir,
    Path groongaScript,
    Path wrkScript,
    boolean smoke,
    int coldStarts) {}
