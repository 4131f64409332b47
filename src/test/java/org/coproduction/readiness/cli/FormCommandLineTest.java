package org.coproduction.readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code form ID --out FILE.pdf [--side organisation|people]}. */
class FormCommandLineTest {
    @TempDir
    Path temp;

    @Test
    void writesFormsAndTellsBadInputAndUsageApart() {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        String db = temp.resolve("f.db").toString();
        Cli.Result imported = Cli.run(environment, "--db", db, "import", "seeds/riverside-2025.json");
        assertThat(imported.exit()).as(imported.toString()).isZero();
        String id = imported.out().strip();
        Path people = temp.resolve("people.pdf");
        Cli.Result ok = Cli.run(environment, "--db", db, "form", id, "--out", people.toString());
        assertThat(ok.exit()).as(ok.toString()).isEqualTo(CommandLine.OK);
        assertThat(ok.out().strip()).isEqualTo("Wrote " + people);
        assertThat(people).exists();
        Path organisation = temp.resolve("org.pdf");
        assertThat(Cli.run(environment, "--db", db, "form", id, "--side", "organisation", "--out",
                organisation.toString()).exit()).isEqualTo(CommandLine.OK);
        assertThat(organisation).exists();

        Path none = temp.resolve("none.pdf");
        Cli.Result unknown = Cli.run(environment, "--db", db, "form", "999", "--out", none.toString());
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(CommandLine.BAD_INPUT);
        Cli.Result badSide = Cli.run(environment, "--db", db, "form", id, "--side", "carers", "--out", none.toString());
        assertThat(badSide.exit()).as(badSide.toString()).isEqualTo(CommandLine.USAGE);
        assertThat(badSide.err()).contains("--side");
        assertThat(Cli.run(environment, "--db", db, "form", "--out", none.toString()).exit()).isEqualTo(CommandLine.USAGE);
        assertThat(none).doesNotExist();

        Cli.Result help = Cli.run(environment, "form", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("form ID --out FILE.pdf").contains("--side");
        assertThat(Cli.run(environment, "--help").out()).containsPattern("(?m)^\\s+form\\b");
    }
}
