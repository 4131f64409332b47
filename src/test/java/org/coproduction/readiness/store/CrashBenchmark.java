package org.coproduction.readiness.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Not part of the default suite: the crash test with 200 kills on one file, printing how many
 * answers were checked and how long it took. Run with {@code mvn -B test -Pbenchmark}
 * (add {@code -Dtest=CrashBenchmark} for this one alone).
 */
class CrashBenchmark {
    static final int KILLS = 200;

    @TempDir
    Path folder;

    @Test
    void twoHundredKills() throws Exception {
        assumeTrue(CrashTest.canKillOutright(), "The crash test needs SIGKILL (Linux or macOS)");
        long seed = Long.getLong("crash.seed", System.nanoTime());
        CrashChecker checker = new CrashChecker(folder, seed, false);
        checker.prepare();
        CrashChecker.Figures figures = checker.run(KILLS);
        System.out.printf("%nCrash benchmark (seed %d): %d kills (%d while saving), %,d saves reported by the child,"
                        + " %,d stored answers checked against them, %.1f s (%.2f s a kill); nothing lost%n%n", seed,
                figures.kills(), figures.killsWhileSaving(), figures.savesReported(), figures.answersChecked(),
                figures.seconds(), figures.seconds() / figures.kills());
        assertThat(figures.kills()).isEqualTo(KILLS);
    }
}
