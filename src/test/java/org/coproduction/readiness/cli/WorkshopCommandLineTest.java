package org.coproduction.readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code workshop ID [--port N]}: the refusals, which return at once (a session that starts runs until
 * stopped, so it is tested on the service, in WorkshopServerTest).
 */
class WorkshopCommandLineTest {
    @TempDir
    Path temp;

    @Test
    void refusesAnUnknownOrFinishedAssessmentAndABadPort() {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        String db = temp.resolve("w.db").toString();
        Cli.Result imported = Cli.run(environment, "--db", db, "import", "seeds/riverside-2025.json");
        assertThat(imported.exit()).as(imported.toString()).isZero();
        String finished = imported.out().strip();

        Cli.Result unknown = Cli.run(environment, "--db", db, "workshop", "999");
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(unknown.err()).contains("999");
        Cli.Result complete = Cli.run(environment, "--db", db, "workshop", finished);
        assertThat(complete.exit()).as(complete.toString()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(complete.err()).contains("draft");
        Cli.Result port = Cli.run(environment, "--db", db, "workshop", finished, "--port", "70000");
        assertThat(port.exit()).as(port.toString()).isEqualTo(CommandLine.USAGE);
        assertThat(port.err()).contains("--port");
        assertThat(Cli.run(environment, "--db", db, "workshop").exit()).isEqualTo(CommandLine.USAGE);
    }
}
