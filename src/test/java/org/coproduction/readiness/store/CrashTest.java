package org.coproduction.readiness.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Spec section 8: "closing the window, a crash or a power cut loses at most the answer being
 * typed". A child JVM saves answers the way the wizard does and is killed with SIGKILL at random
 * moments; after every kill each answer it reported as saved must be in the file. The seed is
 * printed on failure; rerun with {@code -Dcrash.seed=...}. {@link CrashBenchmark} does 200 kills.
 */
class CrashTest {
    static final int KILLS = 20;

    @TempDir
    Path folder;

    @BeforeEach
    void onlyWhereAProcessCanBeKilledOutright() {
        assumeTrue(canKillOutright(), "The crash test needs SIGKILL (Linux or macOS); this is "
                + System.getProperty("os.name"));
    }

    @Test
    void answersReportedAsSavedSurviveTwentyKills() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        CrashChecker checker = new CrashChecker(folder, seed, false);
        checker.prepare();
        CrashChecker.Figures figures = checker.run(KILLS);
        assertThat(figures.kills()).isEqualTo(KILLS);
        // Most kills must land while answers are being saved, or the test proves little.
        assertThat(figures.killsWhileSaving()).as("kills while saving, seed " + seed).isGreaterThanOrEqualTo(KILLS / 2);
    }

    /**
     * The check can fail: a child that says "saved" when it has only queued the save is caught
     * (usually at the first kill; the run stops at the first loss found).
     */
    @Test
    void aChildThatClaimsAnAnswerBeforeSavingItIsCaught() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        CrashChecker checker = new CrashChecker(folder, seed, true);
        checker.prepare();
        assertThatThrownBy(() -> checker.run(10)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("differ from what was reported saved");
    }

    static boolean canKillOutright() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("mac");
    }
}
