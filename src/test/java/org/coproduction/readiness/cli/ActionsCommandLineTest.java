package org.coproduction.readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Exchange files with actions through the command line (issue 6): import, export, refusal. */
class ActionsCommandLineTest {
    private static final Path WITH_ACTIONS = Path.of("src/test/resources/exchange/small-assessment-with-actions.json");
    private static final Path BAD_ACTION = Path.of("src/test/resources/malformed/exchange/action-question-unknown.json");

    @TempDir
    Path temp;

    private Cli.Result run(Path database, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = database.toString();
        all[2] = "--questionnaires";
        all[3] = Cli.TEST_BANKS.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.run(environment(), all);
    }

    private Map<String, String> environment() {
        return Cli.environment(temp.resolve("data"));
    }

    @Test
    void importThenExportThenImportAgainKeepsTheActionsByteForByte() throws Exception {
        Path first = temp.resolve("first.db");
        Cli.Result imported = run(first, "import", WITH_ACTIONS.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(Cli.count(first, "action")).isEqualTo(3);

        Path exported = temp.resolve("exported.json");
        Cli.Result export = run(first, "export", imported.out().strip(), "--out", exported.toString());
        assertThat(export.exit()).as(export.toString()).isZero();
        assertThat(Files.readString(exported)).contains("\"actions\"").contains("\"dimension\" : \"gamma\"");

        Path second = temp.resolve("second.db");
        Cli.Result again = run(second, "import", exported.toString());
        assertThat(again.exit()).as(again.toString()).isZero();
        Path reexported = temp.resolve("reexported.json");
        assertThat(run(second, "export", again.out().strip(), "--out", reexported.toString()).exit()).isZero();

        assertThat(Files.readAllBytes(reexported)).isEqualTo(Files.readAllBytes(exported));
        assertThat(Cli.count(second, "action")).isEqualTo(3);
    }

    @Test
    void anOldFileWithoutActionsStillImports() throws Exception {
        Path database = temp.resolve("old.db");
        Cli.Result imported = run(database, "import", Cli.SMALL_ASSESSMENT.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(Cli.count(database, "assessment")).isEqualTo(1);
        assertThat(Cli.count(database, "action")).isZero();
    }

    @Test
    void aFileWithABadActionIsRefusedWithExitOneAndNothingOfAnyFileIsImported() throws Exception {
        Path database = temp.resolve("kept.db");
        assertThat(run(database, "import", WITH_ACTIONS.toString()).exit()).isZero();
        List<String> before = Cli.dump(database);

        Cli.Result result = run(database, "import", Cli.SMALL_ASSESSMENT.toString(), WITH_ACTIONS.toString(),
                BAD_ACTION.toString());

        assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).contains(BAD_ACTION + ": $.actions[0].question: \"z9\" is not a question of small 1.0.0")
                .contains("Nothing was imported.").doesNotContain("Exception");
        assertThat(result.out()).isBlank();
        assertThat(Cli.dump(database)).isEqualTo(before);
    }
}
