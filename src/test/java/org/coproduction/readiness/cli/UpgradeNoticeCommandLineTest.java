package org.coproduction.readiness.cli;

import org.coproduction.readiness.store.OldDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A command on a database of an older version upgrades it, keeps a copy and says where. */
class UpgradeNoticeCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void anUpgradeIsAnnouncedOnStandardErrorWithTheCopy() throws Exception {
        Path database = folder.resolve("charity.db");
        OldDatabases.atVersion(database, 2);
        Cli.Result result = Cli.run(Cli.environment(folder), "--db", database.toString(), "list");
        Path copy = folder.resolve("charity.before-v4.db");
        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.err()).contains("upgraded").contains(copy.toString());
        assertThat(result.out()).doesNotContain("upgraded");
        assertThat(copy).exists();

        // Once upgraded, nothing more is said and no second copy is made.
        Cli.Result again = Cli.run(Cli.environment(folder), "--db", database.toString(), "list");
        assertThat(again.err()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("before-v"))).hasSize(1);
        }
    }
}
