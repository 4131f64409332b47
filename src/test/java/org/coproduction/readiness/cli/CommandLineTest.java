package org.coproduction.readiness.cli;

import org.coproduction.readiness.ExchangeTexts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The command line of spec section 6, run in-process as a user would: real SQLite files in a
 * temporary folder, the real question bank files, the test bank {@code small} and its exchange
 * file {@code small-assessment.json}.
 */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REAL_BANK = Path.of("questionnaires/coproduction-readiness.json");
    private static final List<String> COMMANDS = List.of("validate", "import", "list", "score", "export", "history",
            "backup");

    @TempDir
    Path temp;

    private Path database;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() {
        database = temp.resolve("readiness.db");
        environment = Cli.environment(temp.resolve("data"));
    }

    /** Runs with the test database and the test banks. */
    private Cli.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString()));
        all.addAll(List.of(args));
        return Cli.run(environment, all.toArray(String[]::new));
    }

    /** Runs with no --db and no --questionnaires. */
    private Cli.Result bare(String... args) {
        return Cli.run(environment, args);
    }

    private static Cli.Result ok(Cli.Result result) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.OK);
        assertThat(result.err()).as(result.toString()).isEmpty();
        return result;
    }

    private long importSmall() {
        return importFile(Cli.SMALL_ASSESSMENT);
    }

    private long importFile(Path file) {
        Cli.Result result = ok(run("import", file.toString()));
        assertThat(result.out()).matches("\\d+\\R");
        return Long.parseLong(result.out().strip());
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        return JSON.readTree(result.out());
    }

    // help, version and usage errors --------------------------------------------------------------

    @Test
    void helpListsTheCommandsAndOptions() {
        for (String help : List.of("--help", "-h")) {
            Cli.Result result = ok(bare(help));
            assertThat(result.out()).contains("Usage").contains("--db").contains("--questionnaires").contains("--version");
            for (String command : COMMANDS) {
                assertThat(result.out()).as(help + " lists " + command).containsPattern("(?m)^\\s+" + command + "\\b");
            }
        }
    }

    @Test
    void helpAfterACommandShowsTheHelp() {
        Cli.Result result = ok(bare("import", "--help"));
        assertThat(result.out()).contains("import FILE");
    }

    @Test
    void versionPrintsTheNameAndVersionOnOneLine() {
        Cli.Result result = ok(bare("--version"));
        assertThat(result.out()).matches("Co-production Readiness \\S+\\R");
    }

    /**
     * Only options and no command (with no arguments at all Main opens the window instead): a
     * usage error, exit 2, and, as for every error, a message on stderr.
     */
    @Test
    void onlyOptionsWithoutACommandIsAUsageErrorToldOnStderr() {
        Cli.Result result = bare("--db", database.toString());

        assertThat(result.exit()).as(result.toString()).isEqualTo(CommandLine.USAGE);
        assertThat(Files.exists(database)).as("no database is created").isFalse();
        assertThat(result.err()).as("the usage error is told on stderr").containsIgnoringCase("command");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = run("frobnicate");

        assertThat(result.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(result.err()).contains("frobnicate").contains("--help").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
        assertThat(Files.exists(database)).isFalse();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = run("list", "--verbose");

        assertThat(result.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(result.err()).contains("--verbose");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anOptionTheCommandDoesNotTakeIsAUsageError() {
        Cli.Result result = run("import", "--out", temp.resolve("x").toString(), Cli.SMALL_ASSESSMENT.toString());

        assertThat(result.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(result.err()).contains("--out");
        assertThat(Files.exists(database)).as("nothing was imported").isFalse();
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        Cli.Result result = bare("list", "--db");

        assertThat(result.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(result.err()).contains("--db");
    }

    @Test
    void missingOutIsAUsageError() {
        long id = importSmall();

        Cli.Result export = run("export", String.valueOf(id));
        assertThat(export.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(export.err()).contains("--out");

        Cli.Result backup = run("backup");
        assertThat(backup.exit()).isEqualTo(CommandLine.USAGE);
        assertThat(backup.err()).contains("--out");
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        for (String command : List.of("validate", "import", "history")) {
            Cli.Result result = run(command);
            assertThat(result.exit()).as(command + "\n" + result).isEqualTo(CommandLine.USAGE);
            assertThat(result.err()).as(command).isNotBlank();
        }
        assertThat(run("score").exit()).isEqualTo(CommandLine.USAGE);
        assertThat(run("list", "extra").exit()).isEqualTo(CommandLine.USAGE);
        assertThat(run("export", "1", "--out", temp.resolve("x.json").toString(), "--format", "xml").exit())
                .isEqualTo(CommandLine.USAGE);
    }

    // validate -----------------------------------------------------------------------------------

    @Test
    void validateAcceptsTheRealQuestionBank() {
        Cli.Result result = ok(bare("validate", REAL_BANK.toString()));

        assertThat(result.out()).startsWith(REAL_BANK + ": valid").contains("7 dimensions");
    }

    @Test
    void validateTakesSeveralFiles() {
        Cli.Result result = ok(bare("validate", REAL_BANK.toString(), Cli.TEST_BANKS.resolve("small.json").toString()));

        assertThat(result.out().lines()).hasSize(2);
        assertThat(result.out()).contains("small.json: valid, ").contains("3 dimensions, 7 questions");
    }

    @Test
    void validateOfAMissingFileNamesIt() {
        String missing = temp.resolve("nowhere.json").toString();
        Cli.Result result = bare("validate", missing);

        assertThat(result.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).startsWith(missing + ": ");
    }

    @Test
    void aMissingQuestionnairesFolderIsBadInput() {
        Cli.Result result = Cli.run(environment, "--db", database.toString(), "--questionnaires",
                temp.resolve("no-such-folder").toString(), "list");

        assertThat(result.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).contains("no-such-folder");
    }

    // import and list ----------------------------------------------------------------------------

    @Test
    void importPrintsEachNewId() throws Exception {
        assertThat(importSmall()).isEqualTo(1);

        Cli.Result two = ok(run("import", Cli.SMALL_ASSESSMENT.toString(), Cli.SMALL_ASSESSMENT.toString()));
        assertThat(two.out().lines().toList()).containsExactly("2", "3");
        assertThat(Cli.count(database, "assessment")).isEqualTo(3);
        assertThat(Cli.count(database, "organisation")).as("the organisation is found by name").isEqualTo(1);
        assertThat(Cli.count(database, "respondent")).isEqualTo(6);
        assertThat(Cli.count(database, "answer")).isEqualTo(21);
        assertThat(Cli.count(database, "context_answer")).isEqualTo(9);
    }

    @Test
    void listOfAnEmptyDatabase() throws Exception {
        assertThat(ok(run("list")).out()).contains("No assessments");
        assertThat(json(ok(run("list", "--json")))).isEmpty();
    }

    @Test
    void listShowsOrganisationTitleDateStatusAndOverallScore() {
        long id = importSmall();

        Cli.Result result = ok(run("list"));

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("ID", "ORGANISATION", "TITLE", "DATE", "STATUS", "OVERALL");
        assertThat(lines.get(1)).startsWith(String.valueOf(id))
                .contains("Test Trust", "First look", "2026-03-14", "complete", "43.8", "Emerging", "provisional");
    }

    @Test
    void listAsJson() throws Exception {
        long id = importSmall();

        JsonNode rows = json(ok(run("list", "--json")));

        assertThat(rows).hasSize(1);
        JsonNode row = rows.get(0);
        assertThat(row.get("id").asLong()).isEqualTo(id);
        assertThat(row.get("organisation").asText()).isEqualTo("Test Trust");
        assertThat(row.get("title").asText()).isEqualTo("First look");
        assertThat(row.get("assessedOn").asText()).isEqualTo("2026-03-14");
        assertThat(row.get("status").asText()).isEqualTo("complete");
        assertThat(row.get("overall").get("score").decimalValue()).isEqualByComparingTo("43.8");
        assertThat(row.get("overall").get("band").asText()).isEqualTo("Emerging");
        assertThat(row.get("overall").get("provisional").asBoolean()).isTrue();
    }

    // score --------------------------------------------------------------------------------------

    /**
     * The figures of small-assessment.json by hand (spec 4):
     * alpha: a1 = (3 + 2) / 2 = 2.5 (weight 1), a2 = 1 (weight 2): 100 × (2.5 + 2) / (4 + 8) = 37.5,
     * coverage 1, Emerging. beta: b1 not applicable (excluded), b2 don't know: coverage 0/1,
     * Insufficient evidence, no score. gamma: g1 = 4, g2 = 0, g3 unanswered: 100 × 4 / 8 = 50.0,
     * coverage 2/3 = 0.667, Developing. Overall: (37.5 + 50) / 2 = 43.75 = 43.8 Emerging,
     * provisional (beta). Priorities w × (4 − L): a2 2 × 3 = 6, g2 4, a1 1.5, g1 0. Find out: b2.
     */
    private static void assertSmallAssessmentScore(JsonNode card) {
        assertThat(fieldNames(card)).containsExactlyInAnyOrder("overall", "dimensions", "priorities", "findOut",
                "perspectives");
        // The small assessment's respondents are a manager and a service user: neither side reaches three.
        assertThat(card.get("perspectives").get("sides")).allSatisfy(side -> {
            assertThat(side.get("shown").asBoolean()).isFalse();
            assertThat(side.get("overall").isNull()).isTrue();
        });

        JsonNode overall = card.get("overall");
        assertThat(fieldNames(overall)).containsExactlyInAnyOrder("score", "band", "provisional");
        assertThat(overall.get("score").decimalValue()).isEqualByComparingTo("43.8");
        assertThat(overall.get("band").asText()).isEqualTo("Emerging");
        assertThat(overall.get("provisional").asBoolean()).isTrue();

        JsonNode dimensions = card.get("dimensions");
        assertThat(dimensions).hasSize(3);
        assertDimension(dimensions.get(0), "alpha", "37.5", "Emerging", "1.0");
        assertDimension(dimensions.get(1), "beta", null, "Insufficient evidence", "0.0");
        assertDimension(dimensions.get(2), "gamma", "50.0", "Developing", "0.667");

        JsonNode priorities = card.get("priorities");
        assertThat(priorities).hasSize(4);
        assertPriority(priorities.get(0), "a2", "1.0", "6.0");
        assertPriority(priorities.get(1), "g2", "0.0", "4.0");
        assertPriority(priorities.get(2), "a1", "2.5", "1.5");
        assertPriority(priorities.get(3), "g1", "4.0", "0.0");

        assertThat(card.get("findOut").isArray()).isTrue();
        assertThat(card.get("findOut")).hasSize(1);
        assertThat(card.get("findOut").get(0).asText()).isEqualTo("b2");

        // Exactly the fields of spec 6 for each dimension: {"id", "score", "band", "coverage"}.
        for (JsonNode dimension : dimensions) {
            assertThat(fieldNames(dimension)).as(dimension.get("id").asText())
                    .containsExactlyInAnyOrder("id", "score", "band", "coverage");
        }
    }

    private static void assertDimension(JsonNode dimension, String id, String score, String band, String coverage) {
        assertThat(dimension.has("score")).as(id + " has a score field").isTrue();
        assertThat(dimension.get("id").asText()).isEqualTo(id);
        if (score == null) {
            assertThat(dimension.get("score").isNull()).as(id + " has no score").isTrue();
        } else {
            assertThat(dimension.get("score").decimalValue()).as(id).isEqualByComparingTo(score);
        }
        assertThat(dimension.get("band").asText()).as(id).isEqualTo(band);
        assertThat(dimension.get("coverage").decimalValue()).as(id).isEqualByComparingTo(coverage);
    }

    private static void assertPriority(JsonNode priority, String question, String level, String value) {
        assertThat(fieldNames(priority)).containsExactlyInAnyOrder("question", "level", "priority");
        assertThat(priority.get("question").asText()).isEqualTo(question);
        assertThat(priority.get("level").decimalValue()).as(question).isEqualByComparingTo(level);
        assertThat(priority.get("priority").decimalValue()).as(question).isEqualByComparingTo(value);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * Every number in the output is written rounded to one decimal ("6.0", "43.8"), coverage to
     * three ("0.667"); counts (the smallest group, respondents, a spread of levels) are whole numbers.
     */
    private static void assertNumbersHaveOneDecimal(String output) {
        Matcher numbers = Pattern.compile("(?<=[:\\[,]\\s{0,40})-?\\d[\\d.eE+-]*").matcher(output);
        int found = 0;
        while (numbers.find()) {
            found++;
            String before = output.substring(0, numbers.start()).stripTrailing();
            boolean coverage = before.endsWith("\"coverage\" :");
            boolean count = before.endsWith("\"minGroupSize\" :") || before.endsWith("\"respondents\" :")
                    || before.endsWith("\"spread\" :");
            assertThat(numbers.group()).as("a figure in\n" + output)
                    .matches(count ? "\\d+" : coverage ? "\\d\\.\\d{3}" : "-?\\d+\\.\\d");
        }
        assertThat(found).isGreaterThan(5);
    }

    @Test
    void scoreOfAStoredAssessmentAsJson() throws Exception {
        long id = importSmall();

        Cli.Result result = ok(run("score", String.valueOf(id), "--json"));

        assertNumbersHaveOneDecimal(result.out());
        assertSmallAssessmentScore(json(result));
    }

    @Test
    void scoreOfAFileAsJsonStoresNothing() throws Exception {
        Cli.Result result = ok(run("score", "--file", Cli.SMALL_ASSESSMENT.toString(), "--json"));

        assertNumbersHaveOneDecimal(result.out());
        assertSmallAssessmentScore(json(result));
        if (Files.exists(database)) {
            assertThat(Cli.count(database, "assessment")).isZero();
        }
    }

    @Test
    void scoreOfAFileAndOfTheStoredAssessmentAgree() {
        long id = importSmall();

        assertThat(ok(run("score", String.valueOf(id), "--json")).out())
                .isEqualTo(ok(run("score", "--file", Cli.SMALL_ASSESSMENT.toString(), "--json")).out());
        assertThat(ok(run("score", String.valueOf(id))).out())
                .isEqualTo(ok(run("score", "--file", Cli.SMALL_ASSESSMENT.toString())).out());
    }

    @Test
    void scoreAsText() {
        long id = importSmall();

        Cli.Result result = ok(run("score", String.valueOf(id)));

        assertThat(result.out()).contains("Test Trust", "First look", "2026-03-14")
                .contains("Overall readiness: 43.8 Emerging (provisional)")
                .contains("37.5", "50.0", "Insufficient evidence", "2 of 3 (66.7%)")
                .contains("Alpha two?").contains("[b2]");
        assertThat(result.out().indexOf("[a2,")).as("a2 is the first priority")
                .isLessThan(result.out().indexOf("[g2,"));
    }

    @Test
    void scoreOfAnUnknownIdIsBadInput() {
        importSmall();

        Cli.Result result = run("score", "99");

        assertThat(result.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).contains("99").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();

        Cli.Result notANumber = run("score", "first");
        assertThat(notANumber.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(notANumber.err()).contains("first");
    }

    // export -------------------------------------------------------------------------------------

    @Test
    void exportThenImportThenExportGivesTheSameBytes() throws Exception {
        long id = importSmall();
        Path first = temp.resolve("first.json");
        Path second = temp.resolve("out/second.json");

        assertThat(ok(run("export", String.valueOf(id), "--out", first.toString())).out()).contains(first.toString());
        long reimported = importFile(first);
        ok(run("export", String.valueOf(reimported), "--out", second.toString()));

        assertThat(reimported).isNotEqualTo(id);
        // The second import is a copy with a uid of its own; every other byte is the same.
        assertThat(ExchangeTexts.withoutUid(Files.readString(second))).isEqualTo(ExchangeTexts.withoutUid(Files.readString(first)));
        // And it is the same assessment as the file it came from.
        assertThat(ok(run("score", "--file", first.toString(), "--json")).out())
                .isEqualTo(ok(run("score", "--file", Cli.SMALL_ASSESSMENT.toString(), "--json")).out());
        JsonNode exported = JSON.readTree(first.toFile());
        JsonNode original = JSON.readTree(Cli.SMALL_ASSESSMENT.toFile());
        for (String field : List.of("format", "formatVersion", "organisation", "questionnaire", "context",
                "respondents")) {
            assertThat(exported.get(field)).as(field).isEqualTo(original.get(field));
        }
        // The assessment gained its uid when stored, and says its smallest group (the usual 3).
        com.fasterxml.jackson.databind.node.ObjectNode details = ((com.fasterxml.jackson.databind.node.ObjectNode)
                exported.get("assessment")).deepCopy();
        assertThat(details.remove("uid").asText()).matches("[0-9a-f-]{36}");
        assertThat(details.remove("minGroupSize").asInt()).isEqualTo(3);
        assertThat(details).isEqualTo(original.get("assessment"));
        assertThat(withoutDefaults(exported.get("answers"))).isEqualTo(withoutDefaults(original.get("answers")));
    }

    /** The answers with "flagged": false and empty notes left out, as a set of texts. */
    private static Set<String> withoutDefaults(JsonNode answers) {
        Set<String> texts = new java.util.HashSet<>();
        for (JsonNode answer : answers) {
            ObjectNode copy = answer.deepCopy();
            if (copy.has("flagged") && !copy.get("flagged").asBoolean()) {
                copy.remove("flagged");
            }
            if (copy.has("note") && copy.get("note").asText().isEmpty()) {
                copy.remove("note");
            }
            texts.add(copy.toString());
        }
        return texts;
    }

    @Test
    void exportAsCsvHasAHeaderAndOneRowPerAnswer() throws Exception {
        long id = importSmall();
        Path csv = temp.resolve("answers.csv");

        ok(run("export", String.valueOf(id), "--out", csv.toString(), "--format", "csv"));

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(1 + 7);
        assertThat(lines.get(0)).startsWith("organisation,").contains("respondent", "question", "level", "note");
        int columns = lines.get(0).split(",", -1).length;
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).startsWith("Test Trust,First look,2026-03-14,complete,small,1.0.0,");
            assertThat(line.split(",", -1)).as(line).hasSize(columns);
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",r1,", ",a1,", "We ask at every visit."));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",b2,", "dont-know"));
        // Every row says whose view it gives: r1 is a manager (organisation), r2 a service user (people).
        assertThat(lines.get(0)).contains(",role,side,respondent_label,");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",r1,manager,organisation,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",r2,service-user,people,"));
    }

    @Test
    void exportOfAnUnknownIdWritesNothing() {
        importSmall();
        Path target = temp.resolve("nothing.json");

        Cli.Result result = run("export", "42", "--out", target.toString());

        assertThat(result.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).contains("42");
        assertThat(Files.exists(target)).isFalse();
    }

    // history ------------------------------------------------------------------------------------

    /**
     * An earlier assessment of the same organisation: a1 answered 1 by both respondents, so
     * alpha = 100 × (1 + 2) / 12 = 25.0 and the overall (25 + 50) / 2 = 37.5.
     */
    private Path earlierAssessment() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Cli.SMALL_ASSESSMENT.toFile());
        ObjectNode details = (ObjectNode) root.get("assessment");
        details.put("title", "Baseline");
        details.put("assessedOn", "2025-09-01");
        details.put("status", "draft");
        for (JsonNode answer : root.get("answers")) {
            if (answer.get("question").asText().equals("a1")) {
                ((ObjectNode) answer).put("level", 1);
            }
        }
        Path file = temp.resolve("baseline.json");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    @Test
    void historyByNameAndByIdInDateOrder() throws Exception {
        long later = importSmall();
        long earlier = importFile(earlierAssessment());
        long organisationId = json(ok(run("list", "--json"))).get(0).get("organisationId").asLong();

        Cli.Result byName = ok(run("history", "Test Trust"));
        Cli.Result byId = ok(run("history", String.valueOf(organisationId)));

        assertThat(byId.out()).isEqualTo(byName.out());
        String text = byName.out();
        assertThat(text).contains("Test Trust", "2 assessments", "ALPHA", "GAMMA", "Baseline", "First look");
        assertThat(text.indexOf("2025-09-01")).as("the earlier assessment comes first").isGreaterThan(0)
                .isLessThan(text.indexOf("2026-03-14"));
        assertThat(text).contains("25.0", "37.5", "43.8", "50.0");
        assertThat(later).isLessThan(earlier);
    }

    @Test
    void historyAsJsonInDateOrderWithDimensionScores() throws Exception {
        long later = importSmall();
        long earlier = importFile(earlierAssessment());

        JsonNode history = json(ok(run("history", "Test Trust", "--json")));

        assertThat(history.get("organisation").get("name").asText()).isEqualTo("Test Trust");
        JsonNode assessments = history.get("assessments");
        assertThat(assessments).hasSize(2);
        assertThat(assessments.get(0).get("id").asLong()).isEqualTo(earlier);
        assertThat(assessments.get(0).get("assessedOn").asText()).isEqualTo("2025-09-01");
        assertThat(assessments.get(1).get("id").asLong()).isEqualTo(later);
        assertThat(assessments.get(0).get("overall").get("score").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(assessments.get(1).get("overall").get("score").decimalValue()).isEqualByComparingTo("43.8");
        Map<String, JsonNode> first = byId(assessments.get(0).get("dimensions"));
        Map<String, JsonNode> second = byId(assessments.get(1).get("dimensions"));
        assertThat(first.keySet()).containsExactly("alpha", "beta", "gamma");
        assertThat(first.get("alpha").get("score").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(second.get("alpha").get("score").decimalValue()).isEqualByComparingTo("37.5");
        assertThat(second.get("beta").get("score").isNull()).isTrue();
        assertThat(second.get("gamma").get("score").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(second.get("gamma").get("coverage").decimalValue()).isEqualByComparingTo("0.667");
    }

    private static Map<String, JsonNode> byId(JsonNode dimensions) {
        Map<String, JsonNode> map = new java.util.LinkedHashMap<>();
        for (Iterator<JsonNode> it = dimensions.elements(); it.hasNext(); ) {
            JsonNode dimension = it.next();
            map.put(dimension.get("id").asText(), dimension);
        }
        return map;
    }

    @Test
    void historyOfAnUnknownOrganisationIsBadInput() {
        importSmall();

        for (String organisation : List.of("Nobody Trust", "999")) {
            Cli.Result result = run("history", organisation);
            assertThat(result.exit()).as(organisation).isEqualTo(CommandLine.BAD_INPUT);
            assertThat(result.err()).contains(organisation).doesNotContain("Exception");
            assertThat(result.out()).isEmpty();
        }
    }

    // backup -------------------------------------------------------------------------------------

    @Test
    void backupWritesADatabaseHoldingTheSameRows() throws Exception {
        importSmall();
        importFile(earlierAssessment());
        Path backup = temp.resolve("copies/backup.db");
        Files.createDirectories(backup.getParent());

        ok(run("backup", "--out", backup.toString()));

        assertThat(Cli.dump(backup)).isEqualTo(Cli.dump(database));
        assertThat(Cli.count(backup, "answer")).isEqualTo(14);
        // The copy is a database the program itself can open.
        Cli.Result listed = ok(Cli.run(environment, "--db", backup.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString(), "list", "--json"));
        assertThat(listed.out()).isEqualTo(ok(run("list", "--json")).out());
    }

    @Test
    void backupToAnExistingFileIsRefusedAndLeavesItAlone() throws Exception {
        importSmall();
        Path existing = temp.resolve("precious.db");
        byte[] content = "keep me".getBytes(StandardCharsets.UTF_8);
        Files.write(existing, content);
        List<String> before = Cli.dump(database);

        Cli.Result result = run("backup", "--out", existing.toString());

        assertThat(result.exit()).isEqualTo(CommandLine.BAD_INPUT);
        assertThat(result.err()).contains("precious.db").doesNotContain("Exception");
        assertThat(Files.readAllBytes(existing)).isEqualTo(content);
        assertThat(Cli.dump(database)).isEqualTo(before);
    }

    // which database -----------------------------------------------------------------------------

    @Test
    void theEnvironmentVariablePicksTheDatabaseWhenDbIsAbsent() throws Exception {
        Path fromEnvironment = temp.resolve("env/chosen.db");
        Map<String, String> withVariable = new HashMap<>(environment);
        withVariable.put("COPRODUCTION_READINESS_DB", fromEnvironment.toString());

        Cli.Result imported = ok(Cli.run(withVariable, "--questionnaires", Cli.TEST_BANKS.toString(), "import",
                Cli.SMALL_ASSESSMENT.toString()));

        assertThat(imported.out().strip()).isEqualTo("1");
        assertThat(Cli.count(fromEnvironment, "assessment")).isEqualTo(1);
        assertThat(json(ok(Cli.run(withVariable, "--questionnaires", Cli.TEST_BANKS.toString(), "list", "--json"))))
                .hasSize(1);
        // --db wins over the variable.
        assertThat(json(ok(Cli.run(withVariable, "--db", database.toString(), "--questionnaires",
                Cli.TEST_BANKS.toString(), "list", "--json")))).isEmpty();
        assertThat(Cli.count(fromEnvironment, "assessment")).isEqualTo(1);
        assertThat(Files.exists(temp.resolve("data/coproduction-readiness/coproduction-readiness.db")))
                .as("the default database is not used").isFalse();
    }

    @Test
    void withoutDbOrTheVariableTheDatabaseLivesInTheDataFolder() throws Exception {
        ok(bare("--questionnaires", Cli.TEST_BANKS.toString(), "import", Cli.SMALL_ASSESSMENT.toString()));

        Path expected = temp.resolve("data/coproduction-readiness/coproduction-readiness.db");
        assertThat(Cli.count(expected, "assessment")).isEqualTo(1);
    }

    @Test
    void banksInTheDataFolderAreKnownWithoutQuestionnaires() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data/coproduction-readiness/questionnaires"));
        Files.copy(Cli.TEST_BANKS.resolve("small.json"), folder.resolve("small.json"));

        Cli.Result result = ok(Cli.run(environment, "--db", database.toString(), "score", "--file",
                Cli.SMALL_ASSESSMENT.toString(), "--json"));

        assertThat(json(result).get("overall").get("score").asDouble()).isCloseTo(43.8, within(1e-9));
    }
}
