package org.coproduction.readiness.service;

import org.coproduction.readiness.ExchangeTexts;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The use cases as the window and the command line call them, without either: a real SQLite file
 * in a temporary folder, the built-in question banks and the test bank {@code small}.
 */
class UseCasesTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of(Path.of("src/test/resources/banks")));
    private static final Path GOOD = Path.of("src/test/resources/exchange/small-assessment.json");
    private static final Path BAD = Path.of("src/test/resources/malformed/exchange/level-7.json");

    @TempDir
    Path folder;

    private Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Questionnaire small() {
        return LIBRARY.find("small", "1.0.0").orElseThrow();
    }

    private long startDraft() {
        Organisation organisation = workspace.organisations().add(new Organisation(0, "Test Trust", "", "Devon"));
        return StartAssessment.run(workspace, organisation, small(), "Spring review", LocalDate.of(2026, 3, 14),
                Role.MANAGER, "Sam");
    }

    // import -------------------------------------------------------------------------------------

    @Test
    void importStoresEveryFileAndGivesTheIdsInOrder() {
        List<Long> ids = ImportAssessments.run(workspace, List.of(GOOD, GOOD));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(workspace.assessments().list()).extracting(AssessmentSummary::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(workspace.loadExisting(ids.get(0)).answers()).hasSize(7);
    }

    @Test
    void importOfAGoodAndABadFileTogetherStoresNothingAndNamesTheBadOne() {
        for (List<Path> files : List.of(List.of(GOOD, BAD), List.of(BAD, GOOD))) {
            assertThatThrownBy(() -> ImportAssessments.run(workspace, files))
                    .isInstanceOfSatisfying(ImportRefused.class, refused -> {
                        assertThat(refused.problems()).extracting(Problem::file).containsOnly(BAD.toString());
                        assertThat(refused.problems()).extracting(Problem::place).contains("$.answers[2].level");
                        assertThat(refused.getMessage()).contains(BAD.toString());
                    });
            assertThat(workspace.assessments().list()).as("nothing of " + files + " was stored").isEmpty();
            assertThat(workspace.organisations().list()).isEmpty();
        }
    }

    @Test
    void importCollectsTheProblemsOfEveryFile() {
        Path other = Path.of("src/test/resources/malformed/exchange/date-2026-02-30.json");

        assertThatThrownBy(() -> ImportAssessments.check(LIBRARY, List.of(BAD, GOOD, other)))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(Problem::file).contains(BAD.toString(), other.toString()));
    }

    // export -------------------------------------------------------------------------------------

    @Test
    void exportThenImportGivesBackTheSameAssessment() throws Exception {
        long id = ImportAssessments.run(workspace, List.of(GOOD)).get(0);
        Path file = folder.resolve("out.json");

        ExportAssessment.run(workspace, id, ExportAssessment.Format.JSON, file);
        long again = ImportAssessments.run(workspace, List.of(file)).get(0);
        Path second = folder.resolve("again.json");
        ExportAssessment.run(workspace, again, ExportAssessment.Format.JSON, second);

        assertThat(ExchangeTexts.withoutUid(Files.readString(second))).isEqualTo(ExchangeTexts.withoutUid(Files.readString(file)));
        Assessment first = workspace.loadExisting(id);
        Assessment back = workspace.loadExisting(again);
        assertThat(back.answers()).containsExactlyInAnyOrderElementsOf(first.answers());
        assertThat(back.respondents()).isEqualTo(first.respondents());
    }

    @Test
    void exportAsCsvWritesOneRowPerAnswerBelowAHeader() throws Exception {
        long id = ImportAssessments.run(workspace, List.of(GOOD)).get(0);
        Path file = folder.resolve("answers.csv");

        ExportAssessment.run(workspace, id, ExportAssessment.Format.CSV, file);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(1 + 7);
    }

    @Test
    void exportOfAnUnknownIdIsRefusedAndWritesNothing() {
        Path file = folder.resolve("none.json");

        assertThatThrownBy(() -> ExportAssessment.run(workspace, 42, ExportAssessment.Format.JSON, file))
                .isInstanceOf(StoreException.class).hasMessageContaining("42");
        assertThat(file).doesNotExist();
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhichFile() throws Exception {
        long id = ImportAssessments.run(workspace, List.of(GOOD)).get(0);
        // A folder stands where the file should go.
        Path file = Files.createDirectory(folder.resolve("out.json"));

        assertThatThrownBy(() -> ExportAssessment.run(workspace, id, ExportAssessment.Format.JSON, file))
                .isInstanceOf(StoreException.class).hasMessageContaining(file.toString());
    }

    // start an assessment, add respondents -------------------------------------------------------

    @Test
    void startingAnAssessmentStoresADraftWhoseFirstRespondentIsR1() {
        long id = startDraft();

        Assessment draft = workspace.loadExisting(id);
        assertThat(draft.status()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(draft.title()).isEqualTo("Spring review");
        assertThat(draft.assessedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(draft.questionnaire().id()).isEqualTo("small");
        assertThat(draft.respondents()).containsExactly(new Respondent("r1", Role.MANAGER, "Sam"));
        assertThat(draft.answers()).isEmpty();
    }

    @Test
    void addedRespondentsGetTheNextFreeKey() {
        long id = startDraft();

        assertThat(Respondents.addNext(workspace, id, Role.SERVICE_USER, "")).isEqualTo("r2");
        assertThat(Respondents.addNext(workspace, id, Role.CARER, "Jo")).isEqualTo("r3");
        assertThat(workspace.loadExisting(id).respondents()).extracting(Respondent::key).containsExactly("r1", "r2", "r3");
        assertThat(workspace.loadExisting(id).respondents().get(2)).isEqualTo(new Respondent("r3", Role.CARER, "Jo"));
    }

    @Test
    void aKeyAlreadyTakenIsSkipped() {
        Organisation organisation = workspace.organisations().add(new Organisation(0, "Gap Trust", "", ""));
        long id = workspace.assessments().add(new Assessment(0, organisation,
                new org.coproduction.readiness.assessment.QuestionnaireRef("small", "1.0.0"), "Gaps",
                LocalDate.of(2026, 1, 5), AssessmentStatus.DRAFT, Map.of(),
                List.of(new Respondent("r1", Role.MANAGER, ""), new Respondent("r3", Role.STAFF, "")), List.of()));

        assertThat(Respondents.addNext(workspace, id, Role.VOLUNTEER, "")).isEqualTo("r4");
    }

    @Test
    void theFirstRespondentOfAnAssessmentWithoutAnyIsR1() {
        Organisation organisation = workspace.organisations().add(new Organisation(0, "Empty Trust", "", ""));
        long id = workspace.assessments().add(new Assessment(0, organisation,
                new org.coproduction.readiness.assessment.QuestionnaireRef("small", "1.0.0"), "Nobody yet",
                LocalDate.of(2026, 1, 5), AssessmentStatus.DRAFT, Map.of(), List.of(), List.of()));

        assertThat(Respondents.addNext(workspace, id, Role.OTHER, "")).isEqualTo(Respondents.FIRST);
    }

    @Test
    void addingToAnAssessmentThatIsNotThereIsRefused() {
        assertThatThrownBy(() -> Respondents.addNext(workspace, 99, Role.OTHER, ""))
                .isInstanceOf(StoreException.class).hasMessageContaining("99");
    }

    // score of a stored assessment ---------------------------------------------------------------

    @Test
    void aStoredAssessmentIsScoredOnlyWhenItsBankIsInstalled() {
        long id = ImportAssessments.run(workspace, List.of(GOOD)).get(0);
        AssessmentSummary summary = workspace.assessments().summary(id).orElseThrow();

        Optional<ScoreCard> card = workspace.score(summary);
        assertThat(card).isPresent();
        assertThat(card.get().overall()).isPresent();

        workspace.close();
        // The same database opened without the test bank: the score is not there, and nothing fails.
        workspace = Workspace.open(folder.resolve("assessments.db"), QuestionnaireLibrary.load(List.of()));
        assertThat(workspace.score(summary)).isEmpty();
        assertThat(workspace.history(summary.organisation().id())).isEmpty();
    }

    // file names ---------------------------------------------------------------------------------

    @Test
    void fileNamesKeepLettersDigitsAndHyphensOnly() {
        assertThat(FileNames.safe("St. Mary's Carers' Group", LocalDate.of(2026, 3, 14)))
                .isEqualTo("St-Marys-Carers-Group-2026-03-14");
        assertThat(FileNames.actionPlanCsv("St. Mary's Carers' Group")).isEqualTo("St-Marys-Carers-Group-action-plan.csv");
    }

    @Test
    void fileNamesDropAccentsAndCollapseSpaces() {
        assertThat(FileNames.safe("Café  Ünïon / Nord-Est ")).isEqualTo("Cafe-Union-Nord-Est");
        assertThat(FileNames.safe(" - Lead & Follow - ")).isEqualTo("Lead-Follow");
    }

    @Test
    void aNameWithNothingSafeLeftGetsAPlainOne() {
        assertThat(FileNames.safe("«»/\\:*?", LocalDate.of(2026, 3, 14))).isEqualTo("2026-03-14");
        assertThat(FileNames.safe("«»/\\:*?")).isEqualTo("assessment");
    }
}
