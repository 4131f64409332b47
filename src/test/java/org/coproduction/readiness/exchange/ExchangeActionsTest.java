package org.coproduction.readiness.exchange;

import org.coproduction.readiness.ExchangeTexts;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.store.ActionStore;
import org.coproduction.readiness.store.AssessmentStore;
import org.coproduction.readiness.store.Database;
import org.coproduction.readiness.store.OrganisationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The optional "actions" list of exchange files (issue 6): read and checked against the bank,
 * stored with the assessment in one transaction, written back the same, and the action plan as CSV.
 */
class ExchangeActionsTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of(Path.of("src/test/resources/banks")));
    private static final Path WITH_ACTIONS = Path.of("src/test/resources/exchange/small-assessment-with-actions.json");
    private static final Path WITHOUT_ACTIONS = Path.of("src/test/resources/exchange/small-assessment.json");
    private static final Path MALFORMED = Path.of("src/test/resources/malformed/exchange");

    @TempDir
    Path folder;

    /** The action as a file holds it: no id, organisation, source or timestamps. */
    static Action unstored(Action a) {
        return new Action(0, 0, a.questionnaireId(), a.description(), a.owner(), a.due(), a.status(), a.link(),
                Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void theActionsOfAFileAreReadWithTheirLinksDatesAndStatuses() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(WITH_ACTIONS);

        assertThat(reading.actions()).isEqualTo(reading.assessment().actions()).containsExactly(
                Action.of(0, "small", ActionLink.question("a2"),
                        "Ask two members to read the survey questions before it goes out").withOwner("Sam")
                        .withDue(Optional.of(LocalDate.of(2026, 5, 1))),
                Action.of(0, "small", ActionLink.question("b2"), "Find out which other services our members use")
                        .withStatus(ActionStatus.IN_PROGRESS),
                Action.of(0, "small", ActionLink.dimension("gamma"), "Agree with the county forum who leads for each member")
                        .withOwner("Trustees").withDue(Optional.of(LocalDate.of(2025, 12, 1))).withStatus(ActionStatus.DONE));
    }

    @Test
    void aFileWithoutActionsReadsAsBeforeAndItsExportHasNoActionsKey() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(WITHOUT_ACTIONS);

        assertThat(reading.actions()).isEmpty();
        String json = ExchangeWriter.toJson(reading.assessment(), reading.questionnaire());
        assertThat(json).doesNotContain("actions").endsWith("  } ]\n}\n");
        // An empty list is allowed too, and is not written back.
        Path empty = folder.resolve("empty-actions.json");
        Files.writeString(empty, Files.readString(WITHOUT_ACTIONS).replaceFirst("\\{", "{ \"actions\": [],"));
        ExchangeReader.Reading emptyReading = new ExchangeReader(LIBRARY).read(empty);
        assertThat(emptyReading.actions()).isEmpty();
        assertThat(ExchangeWriter.toJson(emptyReading.assessment(), emptyReading.questionnaire())).isEqualTo(json);
    }

    @Test
    void storingAFileStoresItsActionsInTheOrganisationsPlanRaisedFromTheNewAssessment() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(WITH_ACTIONS);
        try (Database database = Database.open(folder.resolve("import.db"))) {
            AssessmentStore assessments = new AssessmentStore(database);
            ActionStore actions = new ActionStore(database);
            long id = assessments.addAll(List.of(reading.assessment())).get(0);
            AssessmentSummary stored = assessments.summary(id).orElseThrow();

            List<Action> plan = actions.listFor(stored.organisation().id());
            assertThat(plan).extracting(ExchangeActionsTest::unstored).containsExactlyInAnyOrderElementsOf(reading.actions());
            assertThat(plan).allSatisfy(a -> {
                assertThat(a.organisationId()).isEqualTo(stored.organisation().id());
                assertThat(a.source()).contains(ActionSource.of(stored));
            });
            assertThat(actions.openByQuestion(stored.organisation().id())).containsOnlyKeys("a2", "b2");
        }
    }

    @Test
    void exportImportExportWithActionsGivesTheSameBytesAndActionsEditedSinceAreExported() throws Exception {
        ExchangeReader reader = new ExchangeReader(LIBRARY);
        try (Database database = Database.open(folder.resolve("round.db"))) {
            AssessmentStore assessments = new AssessmentStore(database);
            ActionStore actions = new ActionStore(database);
            ExchangeReader.Reading reading = reader.read(WITH_ACTIONS);
            long id = assessments.add(reading.assessment());
            Action first = actions.raisedFrom(id).get(0);
            actions.update(first.withStatus(ActionStatus.DONE).withDescription("=HYPERLINK(\"x\"), checked"));
            Assessment loaded = assessments.load(id).orElseThrow();
            String export = ExchangeWriter.toJson(loaded, reading.questionnaire());
            assertThat(export).contains("\"status\" : \"done\"").contains("HYPERLINK");

            Path file = folder.resolve("exported.json");
            ExchangeWriter.writeFile(file, export);
            long again = assessments.add(reader.read(file).assessment());
            String secondExport = ExchangeWriter.toJson(assessments.load(again).orElseThrow(), reading.questionnaire());

            assertThat(ExchangeTexts.withoutUid(secondExport)).isEqualTo(ExchangeTexts.withoutUid(export));
            // Both imports joined the same organisation: its plan now holds both sets.
            assertThat(actions.listFor(loaded.organisation().id())).hasSize(6);
        }
    }

    @Test
    void anActionNotRaisedFromTheAssessmentIsNotInItsFile() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(WITHOUT_ACTIONS);
        try (Database database = Database.open(folder.resolve("other.db"))) {
            AssessmentStore assessments = new AssessmentStore(database);
            long id = assessments.add(reading.assessment());
            Organisation organisation = new OrganisationStore(database).list().get(0);
            new ActionStore(database).add(Action.of(organisation.id(), "small", ActionLink.question("a1"), "Not raised here"));

            Assessment loaded = assessments.load(id).orElseThrow();
            assertThat(loaded.actions()).isEmpty();
            // Stored, it was given a uid; the file it came from had none.
            assertThat(ExchangeTexts.withoutUid(ExchangeWriter.toJson(loaded, reading.questionnaire())))
                    .isEqualTo(ExchangeWriter.toJson(reading.assessment(), reading.questionnaire()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "action-description-blank.json|$.actions[1].description|must not be empty",
            "action-description-missing.json|$.actions[0].description|\"description\" is missing",
            "action-question-unknown.json|$.actions[0].question|\"z9\" is not a question of small 1.0.0",
            "action-dimension-unknown.json|$.actions[2].dimension|\"delta\" is not a dimension of small 1.0.0",
            "action-due-2026-02-30.json|$.actions[0].due|must be a date written year-month-day",
            "action-due-day-month-year.json|$.actions[0].due|found \"01/05/2026\"",
            "action-status-unknown.json|$.actions[1].status|\"started\" is not a status of an action; use one of planned, in-progress, done, dropped",
            "action-status-missing.json|$.actions[1].status|\"status\" is missing",
            "action-question-and-dimension.json|$.actions[2]|give either \"question\" or \"dimension\", not both",
            "action-without-question-or-dimension.json|$.actions[1]|has no \"question\" or \"dimension\"",
            "actions-not-a-list.json|$.actions|must be a list",
            "action-as-text.json|$.actions[0]|An action must be a JSON object"})
    void aMalformedActionIsRefusedNamingItsPlaceAndTheRule(String name, String place, String rule) {
        Path file = MALFORMED.resolve(name);
        assertThatThrownBy(() -> new ExchangeReader(LIBRARY).read(file))
                .isInstanceOfSatisfying(RefusedFileException.class, e -> assertThat(e.problems())
                        .containsExactly(e.problems().get(0))
                        .first().satisfies(p -> {
                            assertThat(p.file()).isEqualTo(file.toString());
                            assertThat(p.place()).isEqualTo(place);
                            assertThat(p.rule()).contains(rule);
                        }));
    }

    @Test
    void everyBrokenActionOfAFileIsReportedTogether() throws Exception {
        Path file = folder.resolve("many.json");
        String valid = Files.readString(WITH_ACTIONS);
        int actions = valid.indexOf("\"actions\"");
        Files.writeString(file, valid.substring(0, actions) + valid.substring(actions)
                .replace("\"status\": \"planned\"", "\"status\": \"someday\"")
                .replace("\"question\": \"b2\"", "\"question\": \"nope\"")
                .replace("\"due\": \"2025-12-01\"", "\"due\": \"soon\""));
        assertThatThrownBy(() -> new ExchangeReader(LIBRARY).read(file))
                .isInstanceOfSatisfying(RefusedFileException.class, e -> assertThat(e.problems())
                        .extracting(Problem::place)
                        .containsExactly("$.actions[0].status", "$.actions[1].question", "$.actions[2].due"));
    }

    // The action plan as CSV -----------------------------------------------------------------------

    @Test
    void theActionPlanCsvHasAHeaderAndOneRowPerActionWithTextsQuotingAndNoFormulas() throws Exception {
        Questionnaire bank = LIBRARY.find("small", "1.0.0").orElseThrow();
        Organisation organisation = new Organisation(7, "Test Trust, Devon", "", "");
        ActionSource spring = new ActionSource(3, "Spring review", LocalDate.of(2026, 3, 14));
        List<Action> plan = List.of(
                Action.of(7, "small", ActionLink.question("a1"), "=SUM(A1) looks \"odd\"").withOwner("Sam")
                        .withDue(Optional.of(LocalDate.of(2026, 5, 1))).withSource(Optional.of(spring)),
                Action.of(7, "small", ActionLink.dimension("beta"), "Join the forum").withStatus(ActionStatus.DROPPED),
                Action.of(7, "another-bank", ActionLink.question("x1"), "From another bank").withStatus(ActionStatus.DONE));

        String csv = ExchangeWriter.toActionCsv(organisation, plan, bank);

        List<String> lines = csv.lines().toList();
        assertThat(csv).startsWith("\uFEFF").contains("\r\n");
        assertThat(lines).containsExactly(
                "\uFEFForganisation,description,owner,due,status,question,dimension,linked_to,raised_from,raised_on",
                "\"Test Trust, Devon\",\"'=SUM(A1) looks \"\"odd\"\"\",Sam,2026-05-01,planned,a1,alpha,"
                        + ExchangeWriter.cell(bank.question("a1").orElseThrow().text()) + ",Spring review,2026-03-14",
                "\"Test Trust, Devon\",Join the forum,,,dropped,,beta,Beta,,",
                "\"Test Trust, Devon\",From another bank,,,done,x1,,,,");
    }

    // The demo data ----------------------------------------------------------------------------------

    @Test
    void theDemoDataCarriesRiversidesOpenActionsFrom2024IntoLaterAssessments() throws Exception {
        ExchangeReader reader = new ExchangeReader(QuestionnaireLibrary.load(List.of()));
        List<Assessment> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                seeds.add(reader.read(seed).assessment());
            }
        }
        try (Database database = Database.open(folder.resolve("demo.db"))) {
            AssessmentStore assessments = new AssessmentStore(database);
            ActionStore actions = new ActionStore(database);
            assessments.addAll(seeds);
            Organisation riverside = new OrganisationStore(database).findByName("Riverside Community Wellbeing (fictional)")
                    .orElseThrow();
            List<AssessmentSummary> history = assessments.listFor(riverside.id());
            AssessmentSummary raisedIn = history.stream().filter(s -> s.assessedOn().getYear() == 2024).findFirst().orElseThrow();
            AssessmentSummary latest = history.stream().max(Comparator.comparing(AssessmentSummary::assessedOn)).orElseThrow();
            assertThat(latest.assessedOn().getYear()).isEqualTo(2026);

            List<Action> plan = actions.listFor(latest.organisation().id());
            assertThat(plan).hasSize(3).allSatisfy(a -> assertThat(a.source()).contains(ActionSource.of(raisedIn)));
            assertThat(plan).extracting(Action::status)
                    .containsExactlyInAnyOrder(ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED);
            Map<String, List<Action>> carried = actions.openByQuestion(latest.organisation().id(), "coproduction-readiness");
            assertThat(carried).containsOnlyKeys("oa-training", "inc-extra-support");
            // They are about questions that were weak in 2024.
            Questionnaire bank = QuestionnaireLibrary.load(List.of()).find("coproduction-readiness", "1.0.0").orElseThrow();
            for (Action action : plan) {
                String question = action.link().questionId().orElseThrow();
                assertThat(bank.question(question)).isPresent();
                double level = assessments.answers(raisedIn.id()).stream()
                        .filter(a -> a.question().equals(question) && a.response().isPresent() && a.response().get().isLevel())
                        .mapToInt(a -> a.response().get().level()).average().orElseThrow();
                assertThat(level).as(question).isLessThan(2);
            }
            Organisation harbour = new OrganisationStore(database).findByName("Harbour Lane Carers' Circle (fictional)")
                    .orElseThrow();
            assertThat(actions.listFor(harbour.id())).isEmpty();
        }
    }
}
