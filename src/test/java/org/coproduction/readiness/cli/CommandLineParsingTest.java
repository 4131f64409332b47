package org.coproduction.readiness.cli;

import org.coproduction.readiness.service.LaunchSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the words are read (picocli): help for each command, the version, usage errors told on one
 * line with exit 2, the global options before or after the command, and the window's settings
 * when no command is given.
 */
class CommandLineParsingTest {
    private static final String USAGE_LINE = "^Usage error: .+\\. Run with --help to see the commands\\.\\R$";

    @TempDir
    Path temp;

    private Path database;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() {
        database = temp.resolve("readiness.db");
        environment = Cli.environment(temp.resolve("data"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "import", "list", "score", "export", "report", "history", "backup", "workshop"})
    void eachCommandHasItsOwnHelp(String command) {
        for (String help : List.of("--help", "-h")) {
            Cli.Result result = Cli.run(environment, command, help);

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).startsWith("Usage: coproduction-readiness " + command + " ").contains("--db")
                    .contains("--questionnaires");
        }
        assertThat(Files.exists(database)).isFalse();
    }

    @Test
    void helpAfterTheOptionsOfACommandStillShowsThatCommandsHelp() {
        Cli.Result result = Cli.run(environment, "--db", database.toString(), "export", "7", "--out", "x.json", "--help");

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Usage: coproduction-readiness export ID --out FILE");
        assertThat(Files.exists(database)).as("nothing was run").isFalse();
    }

    @Test
    void theVersionComesBeforeOrAfterACommand() {
        for (List<String> words : List.of(List.of("--version"), List.of("-V"), List.of("list", "--version"))) {
            Cli.Result result = Cli.run(environment, words.toArray(String[]::new));

            assertThat(result.exit()).as(result.toString()).isZero();
            assertThat(result.out()).matches("Co-production Readiness \\S+\\R");
            assertThat(result.err()).isEmpty();
        }
    }

    @Test
    void anUnknownOptionIsOneLineOnStderrAndExitTwo() {
        for (List<String> words : List.of(List.of("list", "--verbose"), List.of("--verbose", "list"),
                List.of("import", "--frobnicate=yes", Cli.SMALL_ASSESSMENT.toString()))) {
            Cli.Result result = Cli.run(environment, words.toArray(String[]::new));

            assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.USAGE);
            assertThat(result.err()).as(result.toString()).matches(USAGE_LINE).contains("unknown option");
            assertThat(result.out()).isEmpty();
        }
    }

    @Test
    void anOptionWithoutItsValueIsOneLineOnStderrAndExitTwo() {
        for (String option : List.of("--db", "--questionnaires")) {
            Cli.Result result = Cli.run(environment, "list", option);

            assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.USAGE);
            assertThat(result.err()).as(result.toString()).matches(USAGE_LINE).contains(option + " needs a value");
        }
        Cli.Result export = Cli.run(environment, "--db", database.toString(), "export", "1", "--out");
        assertThat(export.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(export.err()).matches(USAGE_LINE).contains("--out needs a value");
    }

    @Test
    void usageErrorsAreToldInTheProgramsOwnWords() {
        assertThat(Cli.run(environment, "frobnicate").err()).matches(USAGE_LINE).contains("unknown command \"frobnicate\"");
        assertThat(Cli.run(environment, "import", "--out", "x", "f.json").err())
                .contains("the command import does not take --out");
        assertThat(Cli.run(environment, "list", "extra").err()).contains("list takes no arguments, found \"extra\"");
        assertThat(Cli.run(environment, "backup").err()).contains("backup needs --out FILE");
        assertThat(Cli.run(environment, "--db", "a.db", "--db", "b.db", "list").err())
                .contains("--db is given more than once");
        assertThat(Cli.run(environment, "import").err()).contains("import needs at least one exchange file");
    }

    @Test
    void theGlobalOptionsComeBeforeOrAfterTheCommand() {
        Cli.Result after = Cli.run(environment, "import", Cli.SMALL_ASSESSMENT.toString(), "--db", database.toString(),
                "--questionnaires", Cli.TEST_BANKS.toString());
        assertThat(after.exit()).as(after.toString()).isZero();
        assertThat(after.out()).isEqualTo("1" + System.lineSeparator());

        Cli.Result between = Cli.run(environment, "--db", database.toString(), "score", "--questionnaires",
                Cli.TEST_BANKS.toString(), "1", "--json");
        assertThat(between.exit()).as(between.toString()).isZero();
        assertThat(between.out()).contains("\"overall\"");

        Cli.Result assign = Cli.run(environment, "list", "--db=" + database, "--questionnaires=" + Cli.TEST_BANKS);
        assertThat(assign.exit()).as(assign.toString()).isZero();
        assertThat(assign.out()).contains("Test Trust");
    }

    @Test
    void questionBankFoldersAddUpBeforeAndAfterTheCommand() throws Exception {
        Path empty = Files.createDirectory(temp.resolve("empty-banks"));
        Cli.Result result = Cli.run(environment, "--questionnaires", empty.toString(), "--db", database.toString(),
                "import", Cli.SMALL_ASSESSMENT.toString(), "--questionnaires", Cli.TEST_BANKS.toString());
        assertThat(result.exit()).as("the bank in the second folder is found: " + result).isZero();

        Cli.Result missing = Cli.run(environment, "--questionnaires", Cli.TEST_BANKS.toString(), "--db",
                database.toString(), "list", "--questionnaires", temp.resolve("nowhere").toString());
        assertThat(missing.exit()).as("the second folder is checked too: " + missing).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere");
    }

    // the window ---------------------------------------------------------------------------------

    @Test
    void withoutACommandTheWindowOpensOnTheChosenDatabaseAndBanks() {
        CommandLine.Outcome outcome = start("--db", database.toString(), "--questionnaires", Cli.TEST_BANKS.toString());

        assertThat(outcome).isInstanceOf(CommandLine.OpenWindow.class);
        LaunchSettings settings = ((CommandLine.OpenWindow) outcome).settings();
        assertThat(settings.databaseFile()).isEqualTo(database);
        assertThat(settings.questionnaireFolders())
                .containsExactly(temp.resolve("data").resolve("coproduction-readiness").resolve("questionnaires"),
                        Cli.TEST_BANKS);
        assertThat(settings.library().find("small", "1.0.0")).isPresent();
        assertThat(Files.exists(database)).as("the window opens the database, not the parser").isFalse();
    }

    @Test
    void withNoWordsAtAllTheWindowOpensOnTheDefaultDatabase() {
        CommandLine.Outcome outcome = start();

        assertThat(outcome).isInstanceOf(CommandLine.OpenWindow.class);
        assertThat(((CommandLine.OpenWindow) outcome).settings().databaseFile())
                .isEqualTo(temp.resolve("data").resolve("coproduction-readiness").resolve("coproduction-readiness.db"));
    }

    @Test
    void aCommandOrHelpOrAUsageErrorDoesNotOpenTheWindow() {
        assertThat(start("--help")).isEqualTo(new CommandLine.Finished(CommandLine.OK));
        assertThat(start("--db")).isEqualTo(new CommandLine.Finished(CommandLine.USAGE));
        assertThat(start("--db", database.toString(), "--questionnaires", Cli.TEST_BANKS.toString(), "list"))
                .isEqualTo(new CommandLine.Finished(CommandLine.OK));
    }

    private CommandLine.Outcome start(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new CommandLine(quiet, quiet, environment).start(args);
    }
}
