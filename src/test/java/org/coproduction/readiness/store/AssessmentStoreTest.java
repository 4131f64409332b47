package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assessments on a real SQLite file: saved at once, updated in place, all or nothing. */
class AssessmentStoreTest {
    @TempDir
    Path folder;

    private Path file;
    private Database database;
    private AssessmentStore assessments;
    private OrganisationStore organisations;

    @BeforeEach
    void open() {
        file = folder.resolve("store.db");
        database = Database.open(file);
        assessments = new AssessmentStore(database);
        organisations = new OrganisationStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Assessment draft(String organisation, List<Answer> answers) {
        return new Assessment(0, new Organisation(0, organisation, "1234", "Devon"), new QuestionnaireRef("small", "1.0.0"),
                "Spring review", LocalDate.of(2026, 3, 14), AssessmentStatus.DRAFT, Map.of("size", "1-10"),
                List.of(new Respondent("r1", Role.MANAGER, "Sam"), new Respondent("r2", Role.SERVICE_USER, "")), answers);
    }

    @Test
    void aWholeAssessmentComesBackAsItWasStored() {
        List<Answer> answers = List.of(Answer.of("r1", "a1", Response.level(3)).withNote("We ask at every visit"),
                Answer.of("r2", "a1", Response.dontKnow()).withFlag(true),
                Answer.of("r1", "b1", Response.notApplicable()));
        long id = assessments.add(draft("Test Trust", answers));

        Assessment loaded = assessments.load(id).orElseThrow();
        assertThat(loaded.organisation().name()).isEqualTo("Test Trust");
        assertThat(loaded.organisation().area()).isEqualTo("Devon");
        assertThat(loaded.title()).isEqualTo("Spring review");
        assertThat(loaded.assessedOn()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(loaded.context()).containsExactly(Map.entry("size", "1-10"));
        assertThat(loaded.respondents()).containsExactly(new Respondent("r1", Role.MANAGER, "Sam"),
                new Respondent("r2", Role.SERVICE_USER, ""));
        assertThat(loaded.answers()).containsExactlyInAnyOrderElementsOf(answers);
    }

    @Test
    void savingAnAnswerAgainReplacesItInPlace() throws Exception {
        long id = assessments.add(draft("Test Trust", List.of()));
        assessments.saveAnswer(id, Answer.of("r1", "a1", Response.level(1)));
        assessments.saveAnswer(id, Answer.of("r1", "a1", Response.level(4)).withNote("Better now"));

        assertThat(assessments.answers(id)).containsExactly(Answer.of("r1", "a1", Response.level(4)).withNote("Better now"));
        assertThat(DatabaseTest.dump(file, "SELECT count(*) FROM answer")).containsExactly("1");
    }

    @Test
    void aSavedAnswerIsInTheFileAtOnceForAnyOtherReader() throws Exception {
        long id = assessments.add(draft("Test Trust", List.of()));
        assessments.saveAnswer(id, Answer.of("r2", "g1", Response.level(2)));
        // A separate connection, as after a crash: the answer is committed.
        assertThat(DatabaseTest.dump(file, "SELECT question_id, response, level FROM answer")).containsExactly("g1|level|2");
    }

    @Test
    void aNoteOrFlagWithoutAResponseIsKeptAndClearingEverythingRemovesTheRow() throws Exception {
        long id = assessments.add(draft("Test Trust", List.of()));
        Answer noteOnly = new Answer("r1", "a2", Optional.empty(), "Ask the volunteers first", true);
        assessments.saveAnswer(id, noteOnly);
        assertThat(assessments.answers(id)).containsExactly(noteOnly);

        assessments.saveAnswer(id, new Answer("r1", "a2", Optional.empty(), "", false));
        assertThat(assessments.answers(id)).isEmpty();
        assertThat(DatabaseTest.dump(file, "SELECT count(*) FROM answer")).containsExactly("0");
    }

    @Test
    void anAnswerForAnUnknownRespondentIsRefusedAndNothingChanges() throws Exception {
        long id = assessments.add(draft("Test Trust", List.of()));
        List<String> before = DatabaseTest.dump(file, List.of("answer", "assessment"));
        assertThatThrownBy(() -> assessments.saveAnswer(id, Answer.of("nobody", "a1", Response.level(2))))
                .isInstanceOf(StoreException.class).hasMessageContaining("not part of this assessment");
        assertThat(DatabaseTest.dump(file, List.of("answer", "assessment"))).isEqualTo(before);
    }

    @Test
    void addingIsAllOrNothing() throws Exception {
        assessments.add(draft("Kept Trust", List.of()));
        List<String> before = DatabaseTest.dump(file, List.of("organisation", "assessment", "respondent", "answer",
                "context_answer"));
        // The second answer names a respondent who is not listed: the whole assessment is refused.
        Assessment broken = draft("New Trust", List.of(Answer.of("r1", "a1", Response.level(2)),
                Answer.of("ghost", "a2", Response.level(2))));
        assertThatThrownBy(() -> assessments.addAll(List.of(draft("Another Trust", List.of()), broken)))
                .isInstanceOf(StoreException.class);
        assertThat(DatabaseTest.dump(file, List.of("organisation", "assessment", "respondent", "answer", "context_answer")))
                .isEqualTo(before);
    }

    @Test
    void importsJoinAnOrganisationOfTheSameName() {
        long first = assessments.add(draft("Test Trust", List.of()));
        long second = assessments.add(draft("test trust", List.of()));
        assertThat(organisations.list()).hasSize(1);
        long organisationId = organisations.list().get(0).id();
        assertThat(assessments.listFor(organisationId)).extracting(s -> s.id()).containsExactly(first, second);
    }

    @Test
    void anOrganisationsAssessmentsAreListedInDateOrder() {
        Organisation organisation = organisations.add(new Organisation(0, "Dated Trust", "", ""));
        long later = assessments.add(withDate(draft("Dated Trust", List.of()), organisation, LocalDate.of(2025, 1, 1)));
        long earlier = assessments.add(withDate(draft("Dated Trust", List.of()), organisation, LocalDate.of(2023, 1, 1)));
        assertThat(assessments.listFor(organisation.id())).extracting(s -> s.id()).containsExactly(earlier, later);
    }

    private static Assessment withDate(Assessment a, Organisation organisation, LocalDate date) {
        return new Assessment(0, organisation, a.questionnaire(), a.title(), date, a.status(), a.context(), a.respondents(),
                a.answers());
    }

    @Test
    void statusStepAndContextAreSavedAtOnce() {
        long id = assessments.add(draft("Test Trust", List.of()));
        assessments.setStatus(id, AssessmentStatus.COMPLETE);
        assessments.setCurrentStep(id, "dimension:beta");
        assessments.saveContext(id, "service", "Lunch club");
        assessments.saveContext(id, "size", "");
        Assessment loaded = assessments.load(id).orElseThrow();
        assertThat(loaded.status()).isEqualTo(AssessmentStatus.COMPLETE);
        assertThat(assessments.currentStep(id)).isEqualTo("dimension:beta");
        assertThat(loaded.context()).containsExactly(Map.entry("service", "Lunch club"));
    }

    @Test
    void deletingAnOrganisationRemovesEverythingOfIt() throws Exception {
        long id = assessments.add(draft("Gone Trust", List.of(Answer.of("r1", "a1", Response.level(2)))));
        long organisationId = assessments.summary(id).orElseThrow().organisation().id();
        organisations.delete(organisationId);
        assertThat(assessments.load(id)).isEmpty();
        for (String table : List.of("organisation", "assessment", "respondent", "answer", "context_answer")) {
            assertThat(DatabaseTest.dump(file, "SELECT count(*) FROM " + table)).as(table).containsExactly("0");
        }
    }

    @Test
    void organisationNamesAreUniqueWithAClearMessage() {
        organisations.add(new Organisation(0, "Same Name", "", ""));
        assertThatThrownBy(() -> organisations.add(new Organisation(0, "same name", "", "")))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> organisations.add(new Organisation(0, "  ", "", "")))
                .isInstanceOf(StoreException.class).hasMessageContaining("needs a name");
    }

    @Test
    void aBackupIsAConsistentCopyAndNeverOverwrites() throws Exception {
        long id = assessments.add(draft("Test Trust", List.of(Answer.of("r1", "a1", Response.level(2)))));
        Path copy = folder.resolve("backup.db");
        database.backupTo(copy);
        try (Database restored = Database.open(copy)) {
            assertThat(new AssessmentStore(restored).load(id)).isEqualTo(assessments.load(id));
        }
        assertThatThrownBy(() -> database.backupTo(copy)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
    }
}
