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
     * What a refusal must say: the place (a JSON path, {@link #LINE} or {@link #ANY}) and a key
     * phrase of the rule broken, so that a message naming the right place for the wrong reason fails.
     */
    private record Expected(String place, String rule) {
    }

    /**
     * The files that are not JSON, or not one object, stand in both folders and are refused the
     * same way whatever they were meant to be: added here to each folder's own places.
     */
    @SafeVarargs
    private static Map<String, Expected> withNotJson(Map.Entry<String, Expected>... own) {
        List<Map.Entry<String, Expected>> all = new java.util.ArrayList<>(List.of(
                entry("malformed-json-missing-comma.json", new Expected(LINE, "was expecting comma")),
                entry("empty.json", new Expected(LINE, "the file is empty")),
                entry("only-whitespace.json", new Expected(LINE, "the file is empty")),
                entry("binary-junk.json", new Expected(ANY, "not valid JSON")),
                entry("nested-100000-brackets.json", new Expected(LINE, "nested too deeply")),
                entry("array-instead-of-object.json", new Expected("$", "must be a JSON object { … }, found a list")),
                entry("duplicate-json-key.json", new Expected(LINE, "Duplicate field")),
                entry("trailing-garbage.json", new Expected(LINE, "Trailing token")),
                entry("invalid-utf8.json", new Expected(LINE, "Invalid UTF-8")),
                entry("single-quotes.json", new Expected(LINE, "was expecting double-quote")),
                entry("truncated-half-way.json", new Expected(LINE, "Unexpected end-of-input"))));
        all.addAll(List.of(own));
        @SuppressWarnings("unchecked")
        Map.Entry<String, Expected>[] entries = all.toArray(new Map.Entry[0]);
        return Map.ofEntries(entries);
    }

    /** Where in each malformed bank its problem must be reported, and the rule it breaks. */
    private static final Map<String, Expected> BANK_PLACES = withNotJson(
            // Broken rules of spec section 3.
            entry("id-missing.json", new Expected("$.id", "\"id\" is missing")),
            entry("id-with-a-space.json", new Expected("$.id", "contains a space")),
            entry("version-not-semantic.json", new Expected("$.version", "must be a semantic version")),
            entry("title-missing.json", new Expected("$.title", "\"title\" is missing")),
            entry("levels-four-only.json", new Expected("$.questions[1].levels", "exactly 5 level texts")),
            entry("levels-six.json", new Expected("$.questions[1].levels", "exactly 5 level texts")),
            entry("levels-two-identical.json", new Expected("$.questions[2].levels", "two levels have the same text")),
            entry("level-text-empty.json", new Expected("$.questions[0].levels[2]", "must not be empty")),
            entry("bands-missing.json", new Expected("$.bands", "\"bands\" is missing")),
            entry("band-first-min-not-0.json", new Expected("$.bands[0].min", "the first band must start at 0")),
            entry("bands-not-ascending.json", new Expected("$.bands[2].min", "ascending order")),
            entry("band-min-over-100.json", new Expected("$.bands[3].min", "between 0 and 100")),
            entry("band-named-insufficient-evidence.json", new Expected("$.bands[1].label", "\"Insufficient evidence\" is kept for dimensions with too few answers")),
            entry("band-label-twice.json", new Expected("$.bands[2].label", "is used twice")),
            entry("weight-0.json", new Expected("$.questions[0].weight", "above 0")),
            entry("weight-negative.json", new Expected("$.dimensions[1].weight", "above 0")),
            entry("weight-as-text.json", new Expected("$.questions[1].weight", "must be a number, found text")),
            // 1e400 would become an infinite weight and 1e-400 a weight of 0 (spec 3: weight > 0).
            entry("weight-too-large-1e400.json", new Expected("$.questions[0].weight", "at most 1000")),
            entry("dimension-weight-too-small-1e-400.json", new Expected("$.dimensions[0].weight", "above 0")),
            entry("dimension-weight-missing.json", new Expected("$.dimensions[2].weight", "\"weight\" is missing")),
            entry("dimension-weight-0.json", new Expected("$.dimensions[0].weight", "above 0")),
            entry("dimension-kind-obstacle.json", new Expected("$.dimensions[2].kind", "must be \"capability\" or \"barrier\"")),
            entry("dimension-id-twice.json", new Expected("$.dimensions[1].id", "dimension id \"alpha\" is used twice")),
            entry("dimension-without-questions.json", new Expected("$.dimensions[3]", "has no questions")),
            entry("dimensions-empty.json", new Expected("$.dimensions", "at least one dimension")),
            entry("question-unknown-dimension.json", new Expected("$.questions[4].dimension", "is not one of the dimensions listed")),
            entry("question-id-duplicate.json", new Expected("$.questions[3].id", "question id \"b1\" is used twice")),
            entry("question-text-missing.json", new Expected("$.questions[5].text", "\"text\" is missing")),
            entry("allow-not-applicable-as-text.json", new Expected("$.questions[0].allowNotApplicable", "must be true or false")),
            entry("questions-not-a-list.json", new Expected("$.questions", "must be a list")),
            entry("reference-key-not-defined.json", new Expected("$.questions[0].references[1]", "which is not in \"references\"")),
            entry("reference-key-twice.json", new Expected("$.references[1].key", "reference id \"ref1\" is used twice")),
            entry("band-meanings-missing-a-band.json", new Expected("$.dimensions[0].bandMeanings", "says nothing for the band")),
            entry("band-meanings-unknown-band.json", new Expected("$.dimensions[0].bandMeanings.Excellent", "is not the label of a band")),
            entry("context-option-listed-twice.json", new Expected("$.context[0].options", "an option is listed twice")),
            entry("context-one-option-only.json", new Expected("$.context[0].options", "at least two options")),
            entry("context-id-same-as-question.json", new Expected("$.context[1].id", "is already used by a scored question")),
            entry("context-two-ladders.json", new Expected("$.context", "only one context question can be the ladder")),
            entry("context-kind-unknown.json", new Expected("$.context[0].kind", "the only known kinds are \"ladder\" and \"ladder-people\"")));

    /** Where in each malformed exchange file its problem must be reported, and the rule it breaks. */
    private static final Map<String, Expected> EXCHANGE_PLACES = withNotJson(
            // Broken rules of spec section 5.
            entry("format-wrong.json", new Expected("$.format", "\"format\" must be \"coproduction-readiness-assessment\"")),
            entry("format-missing.json", new Expected("$.format", "\"format\" must be \"coproduction-readiness-assessment\"")),
            entry("format-version-2.json", new Expected("$.formatVersion", "this program reads version 1")),
            entry("format-version-missing.json", new Expected("$.formatVersion", "must be the whole number 1")),
            entry("format-version-as-text.json", new Expected("$.formatVersion", "must be the whole number 1")),
            entry("questionnaire-unknown.json", new Expected("$.questionnaire", "is not known to this program")),
            entry("questionnaire-version-unknown.json", new Expected("$.questionnaire", "version 1.0.1 is not known to this program")),
            entry("questionnaire-missing.json", new Expected("$.questionnaire", "\"questionnaire\" must be a JSON object")),
            entry("question-unknown.json", new Expected("$.answers[4].question", "is not a question of small 1.0.0")),
            entry("level-2.5.json", new Expected("$.answers[2].level", "whole number from 0 to 4")),
            entry("level-7.json", new Expected("$.answers[2].level", "whole number from 0 to 4")),
            entry("level-minus-1.json", new Expected("$.answers[2].level", "whole number from 0 to 4")),
            entry("level-3-as-text.json", new Expected("$.answers[2].level", "whole number from 0 to 4")),
            entry("level-huge-integer.json", new Expected("$.answers[2].level", "whole number from 0 to 4")),
            entry("not-applicable-forbidden.json", new Expected("$.answers[5].response", "cannot be answered \"not applicable\"")),
            entry("response-unknown-word.json", new Expected("$.answers[4].response", "must be \"not-applicable\" or \"dont-know\"")),
            entry("response-as-number.json", new Expected("$.answers[4].response", "must be \"not-applicable\" or \"dont-know\"")),
            entry("answer-level-and-response.json", new Expected("$.answers[6]", "give either \"level\" or \"response\", not both")),
            entry("answer-without-level-or-response.json", new Expected("$.answers[6]", "has no \"level\" or \"response\"")),
            entry("respondent-not-listed.json", new Expected("$.answers[1].respondent", "is not listed in \"respondents\"")),
            entry("answer-duplicate.json", new Expected("$.answers[7]", "each person answers each question once")),
            entry("respondent-key-duplicate.json", new Expected("$.respondents[1].key", "is listed twice")),
            entry("respondent-key-missing.json", new Expected("$.respondents[1].key", "\"key\" is missing")),
            entry("respondents-missing.json", new Expected("$.respondents", "\"respondents\" is missing")),
            entry("role-unknown.json", new Expected("$.respondents[0].role", "is not a known role")),
            entry("answers-not-a-list.json", new Expected("$.answers", "must be a list")),
            entry("date-2026-02-30.json", new Expected("$.assessment.assessedOn", "must be a date written year-month-day")),
            entry("date-day-month-year.json", new Expected("$.assessment.assessedOn", "must be a date written year-month-day")),
            entry("date-missing.json", new Expected("$.assessment.assessedOn", "\"assessedOn\" is missing")),
            entry("status-unknown.json", new Expected("$.assessment.status", "must be \"draft\" or \"complete\"")),
            entry("title-missing.json", new Expected("$.assessment.title", "\"title\" is missing")),
            entry("context-option-not-listed.json", new Expected("$.context.size", "is not one of the choices for this question")),
            entry("context-id-unknown.json", new Expected("$.context.budget", "is not a context question")),
            entry("context-value-a-number.json", new Expected("$.context.service", "must be text in quotes")),
            entry("organisation-name-missing.json", new Expected("$.organisation.name", "\"name\" is missing")),
            entry("organisation-name-blank.json", new Expected("$.organisation.name", "must not be empty")),
            entry("organisation-as-text.json", new Expected("$.organisation", "\"organisation\" must be a JSON object")),
            entry("flagged-as-text.json", new Expected("$.answers[2].flagged", "must be true or false")),
            entry("note-as-number.json", new Expected("$.answers[0].note", "must be text in quotes")),
            // The optional "actions" list (issue 6), made from exchange/small-assessment-with-actions.json.
            entry("actions-not-a-list.json", new Expected("$.actions", "must be a list")),
            entry("action-as-text.json", new Expected("$.actions[0]", "An action must be a JSON object")),
            entry("action-description-blank.json", new Expected("$.actions[1].description", "must not be empty")),
            entry("action-description-missing.json", new Expected("$.actions[0].description", "\"description\" is missing")),
            entry("action-question-unknown.json", new Expected("$.actions[0].question", "is not a question of small 1.0.0")),
            entry("action-dimension-unknown.json", new Expected("$.actions[2].dimension", "is not a dimension of small 1.0.0")),
            entry("action-due-2026-02-30.json", new Expected("$.actions[0].due", "must be a date written year-month-day")),
            entry("action-due-day-month-year.json", new Expected("$.actions[0].due", "must be a date written year-month-day")),
            entry("action-status-unknown.json", new Expected("$.actions[1].status", "is not a status of an action")),
            entry("action-status-missing.json", new Expected("$.actions[1].status", "\"status\" is missing")),
            entry("action-question-and-dimension.json", new Expected("$.actions[2]", "give either \"question\" or \"dimension\", not both")),
            entry("action-without-question-or-dimension.json", new Expected("$.actions[1]", "has no \"question\" or \"dimension\"")));

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

            assertRefused(result, bad, new Expected("$.answers[2].level", "whole number from 0 to 4"));
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

        assertRefused(result, first, new Expected("$.answers[2].level", "whole number from 0 to 4"));
        assertRefused(result, second, new Expected("$.assessment.assessedOn", "must be a date written year-month-day"));
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
     * Exit 1; on stderr a line "FILE: PLACE: RULE" with the expected place and the rule's key
     * phrase; no stack trace and nothing that looks like one.
     */
    private static void assertRefused(Cli.Result result, String file, Expected expected) {
        assertThat(expected).as("the expected place and rule are listed for " + file).isNotNull();
        String place = expected.place();
        assertThat(result.exit()).as("exit code for " + file + "\n" + result).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("Caused by");
        String start = Pattern.quote(file + ": ");
        String where = switch (place) {
            case ANY -> PLACE.pattern();
            case LINE -> "line \\d+, column \\d+";
            default -> Pattern.quote(place);
        };
        String rule = expected.rule() == null ? "" : ".*" + Pattern.quote(expected.rule());
        Pattern message = Pattern.compile("(?m)^" + start + where + ": (?=\\S)" + rule + ".*$");
        assertThat(result.err()).as("stderr names the file, the place (" + place + ") and the rule ("
                + expected.rule() + ")").containsPattern(message);
    }
}
