package org.coproduction.readiness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed question banks and exchange files (spec sections 3, 5, 6 and 8): each is refused with
 * exit code 1 and a one-line message naming the file, the place in it and the rule, with no stack
 * trace, and the database is left exactly as it was.
 *
 * <p>Each file under {@code src/test/resources/malformed/} is a copy of the valid test bank
 * ({@code banks/small.json}) or exchange file ({@code exchange/small-assessment.json}, or for
 * the {@code action…} files {@code exchange/small-assessment-with-actions.json}) with one thing
 * wrong, named for what is wrong. {@code binary-junk.json} is 512 bytes from Python's
 * {@code random.Random(20260314)}; {@code nested-100000-brackets.json} is 100,000 {@code [}
 * characters. A new file needs an entry in {@link #BANK_PLACES} or {@link #EXCHANGE_PLACES}
 * saying where its problem must be reported.
 */
class MalformedFilesTest {
    private static final Path MALFORMED_BANKS = Path.of("src/test/resources/malformed/banks");
    private static final Path MALFORMED_EXCHANGE = Path.of("src/test/resources/malformed/exchange");

    /** The place must be a line and column, as for any file that is not well-formed JSON. */
    private static final String LINE = "line N, column M";
    /** Any place: a JSON path or a line and column. */
    private static final String ANY = "any place";
    private static final Pattern PLACE = Pattern.compile("(\\$\\S*|line \\d+, column \\d+)");

    /**
     * The files that are not JSON, or not one object, stand in both folders and are refused the
     * same way whatever they were meant to be: added here to each folder's own places.
     */
    @SafeVarargs
    private static Map<String, String> withNotJson(Map.Entry<String, String>... own) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(List.of(
                entry("malformed-json-missing-comma.json", LINE),
                entry("empty.json", LINE),
                entry("only-whitespace.json", LINE),
                entry("binary-junk.json", ANY),
                entry("nested-100000-brackets.json", LINE),
                entry("array-instead-of-object.json", "$"),
                entry("duplicate-json-key.json", LINE),
                entry("trailing-garbage.json", LINE),
                entry("invalid-utf8.json", LINE),
                entry("single-quotes.json", LINE),
                entry("truncated-half-way.json", LINE)));
        all.addAll(List.of(own));
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = all.toArray(new Map.Entry[0]);
        return Map.ofEntries(entries);
    }

    /** Where in each malformed bank its problem must be reported. */
    private static final Map<String, String> BANK_PLACES = withNotJson(
            // Broken rules of spec section 3.
            entry("id-missing.json", "$.id"),
            entry("id-with-a-space.json", "$.id"),
            entry("version-not-semantic.json", "$.version"),
            entry("title-missing.json", "$.title"),
            entry("levels-four-only.json", "$.questions[1].levels"),
            entry("levels-six.json", "$.questions[1].levels"),
            entry("levels-two-identical.json", "$.questions[2].levels"),
            entry("level-text-empty.json", "$.questions[0].levels[2]"),
            entry("bands-missing.json", "$.bands"),
            entry("band-first-min-not-0.json", "$.bands[0].min"),
            entry("bands-not-ascending.json", "$.bands[2].min"),
            entry("band-min-over-100.json", "$.bands[3].min"),
            entry("band-named-insufficient-evidence.json", "$.bands[1].label"),
            entry("band-label-twice.json", "$.bands[2].label"),
            entry("weight-0.json", "$.questions[0].weight"),
            entry("weight-negative.json", "$.dimensions[1].weight"),
            entry("weight-as-text.json", "$.questions[1].weight"),
            // 1e400 would become an infinite weight and 1e-400 a weight of 0 (spec 3: weight > 0).
            entry("weight-too-large-1e400.json", "$.questions[0].weight"),
            entry("dimension-weight-too-small-1e-400.json", "$.dimensions[0].weight"),
            entry("dimension-weight-missing.json", "$.dimensions[2].weight"),
            entry("dimension-weight-0.json", "$.dimensions[0].weight"),
            entry("dimension-kind-obstacle.json", "$.dimensions[2].kind"),
            entry("dimension-id-twice.json", "$.dimensions[1].id"),
            entry("dimension-without-questions.json", "$.dimensions[3]"),
            entry("dimensions-empty.json", "$.dimensions"),
            entry("question-unknown-dimension.json", "$.questions[4].dimension"),
            entry("question-id-duplicate.json", "$.questions[3].id"),
            entry("question-text-missing.json", "$.questions[5].text"),
            entry("allow-not-applicable-as-text.json", "$.questions[0].allowNotApplicable"),
            entry("questions-not-a-list.json", "$.questions"),
            entry("reference-key-not-defined.json", "$.questions[0].references[1]"),
            entry("reference-key-twice.json", "$.references[1].key"),
            entry("band-meanings-missing-a-band.json", "$.dimensions[0].bandMeanings"),
            entry("band-meanings-unknown-band.json", "$.dimensions[0].bandMeanings.Excellent"),
            entry("context-option-listed-twice.json", "$.context[0].options"),
            entry("context-one-option-only.json", "$.context[0].options"),
            entry("context-id-same-as-question.json", "$.context[1].id"),
            entry("context-two-ladders.json", "$.context"),
            entry("context-kind-unknown.json", "$.context[0].kind"));

    /** Where in each malformed exchange file its problem must be reported. */
    private static final Map<String, String> EXCHANGE_PLACES = withNotJson(
            // Broken rules of spec section 5.
            entry("format-wrong.json", "$.format"),
            entry("format-missing.json", "$.format"),
            entry("format-version-2.json", "$.formatVersion"),
            entry("format-version-missing.json", "$.formatVersion"),
            entry("format-version-as-text.json", "$.formatVersion"),
            entry("questionnaire-unknown.json", "$.questionnaire"),
            entry("questionnaire-version-unknown.json", "$.questionnaire"),
            entry("questionnaire-missing.json", "$.questionnaire"),
            entry("question-unknown.json", "$.answers[4].question"),
            entry("level-2.5.json", "$.answers[2].level"),
            entry("level-7.json", "$.answers[2].level"),
            entry("level-minus-1.json", "$.answers[2].level"),
            entry("level-3-as-text.json", "$.answers[2].level"),
            entry("level-huge-integer.json", "$.answers[2].level"),
            entry("not-applicable-forbidden.json", "$.answers[5].response"),
            entry("response-unknown-word.json", "$.answers[4].response"),
            entry("response-as-number.json", "$.answers[4].response"),
            entry("answer-level-and-response.json", "$.answers[6]"),
            entry("answer-without-level-or-response.json", "$.answers[6]"),
            entry("respondent-not-listed.json", "$.answers[1].respondent"),
            entry("answer-duplicate.json", "$.answers[7]"),
            entry("respondent-key-duplicate.json", "$.respondents[1].key"),
            entry("respondent-key-missing.json", "$.respondents[1].key"),
            entry("respondents-missing.json", "$.respondents"),
            entry("role-unknown.json", "$.respondents[0].role"),
            entry("answers-not-a-list.json", "$.answers"),
            entry("date-2026-02-30.json", "$.assessment.assessedOn"),
            entry("date-day-month-year.json", "$.assessment.assessedOn"),
            entry("date-missing.json", "$.assessment.assessedOn"),
            entry("status-unknown.json", "$.assessment.status"),
            entry("title-missing.json", "$.assessment.title"),
            entry("context-option-not-listed.json", "$.context.size"),
            entry("context-id-unknown.json", "$.context.budget"),
            entry("context-value-a-number.json", "$.context.service"),
            entry("organisation-name-missing.json", "$.organisation.name"),
            entry("organisation-name-blank.json", "$.organisation.name"),
            entry("organisation-as-text.json", "$.organisation"),
            entry("flagged-as-text.json", "$.answers[2].flagged"),
            entry("note-as-number.json", "$.answers[0].note"),
            // The optional "actions" list (issue 6), made from exchange/small-assessment-with-actions.json.
            entry("actions-not-a-list.json", "$.actions"),
            entry("action-as-text.json", "$.actions[0]"),
            entry("action-description-blank.json", "$.actions[1].description"),
            entry("action-description-missing.json", "$.actions[0].description"),
            entry("action-question-unknown.json", "$.actions[0].question"),
            entry("action-dimension-unknown.json", "$.actions[2].dimension"),
            entry("action-due-2026-02-30.json", "$.actions[0].due"),
            entry("action-due-day-month-year.json", "$.actions[0].due"),
            entry("action-status-unknown.json", "$.actions[1].status"),
            entry("action-status-missing.json", "$.actions[1].status"),
            entry("action-question-and-dimension.json", "$.actions[2]"),
            entry("action-without-question-or-dimension.json", "$.actions[1]"));

    @TempDir
    Path temp;

    static Stream<Path> malformedBanks() throws IOException {
        return filesIn(MALFORMED_BANKS).stream();
    }

    static Stream<Path> malformedExchangeFiles() throws IOException {
        return filesIn(MALFORMED_EXCHANGE).stream();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    // The suite itself ---------------------------------------------------------------------------

    @Test
    void thereAreAtLeastThirtyMalformedFilesOfEachKindAndEachSaysWhereItsProblemIs() throws IOException {
        List<String> banks = filesIn(MALFORMED_BANKS).stream().map(p -> p.getFileName().toString()).toList();
        List<String> exchange = filesIn(MALFORMED_EXCHANGE).stream().map(p -> p.getFileName().toString()).toList();
        assertThat(banks).hasSizeGreaterThanOrEqualTo(30);
        assertThat(exchange).hasSizeGreaterThanOrEqualTo(30);
        assertThat(banks).containsExactlyInAnyOrderElementsOf(BANK_PLACES.keySet());
        assertThat(exchange).containsExactlyInAnyOrderElementsOf(EXCHANGE_PLACES.keySet());
    }

    @Test
    void theValidFilesTheMalformedOnesAreMadeFromAreAccepted() throws Exception {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        Cli.Result validate = Cli.run(environment, "validate", Cli.TEST_BANKS.resolve("small.json").toString());
        assertThat(validate.exit()).as(validate.toString()).isZero();
        Path database = temp.resolve("check.db");
        Cli.Result imported = Cli.run(environment, "--db", database.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString(), "import", Cli.SMALL_ASSESSMENT.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(Cli.count(database, "assessment")).isEqualTo(1);
    }

    // Question banks -----------------------------------------------------------------------------

    @ParameterizedTest(name = "validate {0}")
    @MethodSource("malformedBanks")
    void validateRefusesTheBank(Path file) {
        Cli.Result result = Cli.run(Cli.environment(temp.resolve("data")), "validate", file.toString());

        assertRefused(result, file.toString(), BANK_PLACES.get(file.getFileName().toString()));
        assertThat(result.out()).as("nothing is said to be valid").doesNotContain(": valid");
    }

    @ParameterizedTest(name = "--questionnaires with only {0}")
    @MethodSource("malformedBanks")
    void aFolderHoldingTheBankIsRefusedAndTheDatabaseIsUnchanged(Path file) throws Exception {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        Path database = databaseWithOneAssessment(environment);
        Path folder = Files.createDirectories(temp.resolve("banks-only"));
        Path copy = Files.copy(file, folder.resolve(file.getFileName()));
        List<String> before = Cli.dump(database);

        Cli.Result result = Cli.run(environment, "--db", database.toString(), "--questionnaires", folder.toString(),
                "list");

        assertRefused(result, copy.toString(), BANK_PLACES.get(file.getFileName().toString()));
        assertThat(Cli.dump(database)).as("the database is unchanged").isEqualTo(before);
    }

    // Exchange files -----------------------------------------------------------------------------

    @ParameterizedTest(name = "import {0}")
    @MethodSource("malformedExchangeFiles")
    void importRefusesTheFileAndChangesNothing(Path file) throws Exception {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        Path database = databaseWithOneAssessment(environment);
        List<String> before = Cli.dump(database);

        Cli.Result result = Cli.run(environment, "--db", database.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString(), "import", file.toString());

        assertRefused(result, file.toString(), EXCHANGE_PLACES.get(file.getFileName().toString()));
        assertThat(result.out()).as("no id is printed").isBlank();
        assertThat(Cli.dump(database)).as("the database is unchanged").isEqualTo(before);
    }

    @ParameterizedTest(name = "score --file {0}")
    @MethodSource("malformedExchangeFiles")
    void scoreRefusesTheFile(Path file) {
        Cli.Result result = Cli.run(Cli.environment(temp.resolve("data")), "--db", temp.resolve("unused.db").toString(),
                "--questionnaires", Cli.TEST_BANKS.toString(), "score", "--file", file.toString(), "--json");

        assertRefused(result, file.toString(), EXCHANGE_PLACES.get(file.getFileName().toString()));
        assertThat(result.out()).as("no score is printed").isBlank();
    }

    @Test
    void importingSeveralFilesWhereOneIsBadImportsNoneOfThem() throws Exception {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        Path database = databaseWithOneAssessment(environment);
        List<String> before = Cli.dump(database);
        String good = Cli.SMALL_ASSESSMENT.toString();
        String bad = MALFORMED_EXCHANGE.resolve("level-7.json").toString();

        for (List<String> files : List.of(List.of(good, bad), List.of(bad, good), List.of(good, good, bad, good))) {
            List<String> args = new ArrayList<>(List.of("--db", database.toString(), "--questionnaires",
                    Cli.TEST_BANKS.toString(), "import"));
            args.addAll(files);

            Cli.Result result = Cli.run(environment, args.toArray(String[]::new));

            assertRefused(result, bad, "$.answers[2].level");
            assertThat(result.err()).doesNotContain(good + ":");
            assertThat(result.out()).as("no id is printed for " + files).isBlank();
            assertThat(Cli.dump(database)).as("nothing of " + files + " was imported").isEqualTo(before);
        }
    }

    @Test
    void importingSeveralBadFilesNamesEachOfThem() throws Exception {
        Map<String, String> environment = Cli.environment(temp.resolve("data"));
        Path database = databaseWithOneAssessment(environment);
        List<String> before = Cli.dump(database);
        String first = MALFORMED_EXCHANGE.resolve("level-2.5.json").toString();
        String second = MALFORMED_EXCHANGE.resolve("date-2026-02-30.json").toString();

        Cli.Result result = Cli.run(environment, "--db", database.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString(), "import", Cli.SMALL_ASSESSMENT.toString(), first, second);

        assertRefused(result, first, "$.answers[2].level");
        assertRefused(result, second, "$.assessment.assessedOn");
        assertThat(Cli.dump(database)).isEqualTo(before);
    }

    // Shared -------------------------------------------------------------------------------------

    /** A fresh database holding one imported valid assessment. */
    private Path databaseWithOneAssessment(Map<String, String> environment) throws Exception {
        Path database = temp.resolve("readiness.db");
        Cli.Result imported = Cli.run(environment, "--db", database.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString(), "import", Cli.SMALL_ASSESSMENT.toString());
        assertThat(imported.exit()).as("the valid assessment imports: " + imported).isZero();
        assertThat(Cli.count(database, "assessment")).isEqualTo(1);
        return database;
    }

    /**
     * Exit 1; on stderr a line "FILE: PLACE: RULE" with the expected place; no stack trace and
     * nothing that looks like one.
     */
    private static void assertRefused(Cli.Result result, String file, String place) {
        assertThat(place).as("the expected place is listed for " + file).isNotNull();
        assertThat(result.exit()).as("exit code for " + file + "\n" + result).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("Caused by");
        String start = Pattern.quote(file + ": ");
        String where = switch (place) {
            case ANY -> PLACE.pattern();
            case LINE -> "line \\d+, column \\d+";
            default -> Pattern.quote(place);
        };
        Pattern message = Pattern.compile("(?m)^" + start + where + ": \\S.*$");
        assertThat(result.err()).as("stderr names the file, the place (" + place + ") and the rule")
                .containsPattern(message);
    }
}
