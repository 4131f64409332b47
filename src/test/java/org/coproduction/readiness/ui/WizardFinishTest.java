package org.coproduction.readiness.ui;

import javafx.stage.Stage;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Finishing never marks an assessment complete while an answer the person gave is not saved. */
@ExtendWith(ApplicationExtension.class)
class WizardFinishTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Questionnaire BANK = LIBRARY.find("coproduction-readiness", "1.0.0").orElseThrow();
    private static final Question FIRST = BANK.questions().get(0);
    private long draft;

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            draft = workspace.assessments().add(new Assessment(0, new Organisation(0, "Careful Trust", "", ""),
                    new QuestionnaireRef(BANK.id(), BANK.version()), "Autumn", LocalDate.of(2026, 10, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Kim")), List.of()));
        }
        openWindow(stage);
    }

    @Test
    void aFailedSaveKeepsTheAssessmentADraftUntilItIsSaved() throws Exception {
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        WizardViewModel wizard = window.wizard();
        // The disk refuses answers for a while (a trigger stands in for a full or failing disk).
        execute("CREATE TRIGGER refuse BEFORE INSERT ON answer BEGIN SELECT RAISE(ABORT, 'disk refused'); END");
        runFx(() -> wizard.choose(FIRST.id(), Optional.of(Response.level(3))));
        waitUntil(() -> wizard.saveProblemProperty().get() != null);

        AtomicReference<String> outcome = new AtomicReference<>();
        runFx(() -> wizard.finish(() -> outcome.set("finished"), failure -> outcome.set("failed")));
        waitUntil(() -> outcome.get() != null);
        assertThat(outcome.get()).isEqualTo("failed");
        assertThat(rows("SELECT status FROM assessment WHERE id = " + draft)).containsExactly("draft");
        assertThat(wizard.saveProblemProperty().get()).isNotNull();

        // Once the disk takes answers again, finishing writes the answer first, then the status.
        execute("DROP TRIGGER refuse");
        outcome.set(null);
        runFx(() -> wizard.finish(() -> outcome.set("finished"), failure -> outcome.set("failed")));
        waitUntil(() -> outcome.get() != null);
        assertThat(outcome.get()).isEqualTo("finished");
        assertThat(rows("SELECT a.level FROM answer a JOIN respondent r ON r.id = a.respondent_id"
                + " WHERE r.assessment_id = " + draft + " AND a.question_id = '" + FIRST.id() + "'")).containsExactly("3");
        assertThat(rows("SELECT status, current_step FROM assessment WHERE id = " + draft))
                .containsExactly("complete|review");
        assertThat(wizard.saveStatusProperty().get()).isEqualTo("All changes saved");
    }

    @Test
    void aSaveThatFailedIsTriedAgainWhenThePersonLeavesTheWizard() throws Exception {
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        WizardViewModel wizard = window.wizard();
        execute("CREATE TRIGGER refuse BEFORE INSERT ON answer BEGIN SELECT RAISE(ABORT, 'disk refused'); END");
        runFx(() -> wizard.choose(FIRST.id(), Optional.of(Response.level(2))));
        waitUntil(() -> wizard.saveProblemProperty().get() != null);
        execute("DROP TRIGGER refuse");

        // Going home: the answer that could not be saved is tried again, not dropped.
        runFx(() -> window.showHome());
        waitUntil(() -> rows("SELECT a.level FROM answer a JOIN respondent r ON r.id = a.respondent_id WHERE"
                + " r.assessment_id = " + draft + " AND a.question_id = '" + FIRST.id() + "'").equals(List.of("2")));
    }

    /** Changes the schema through a connection of its own, as another program would. */
    private void execute(String sql) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + databaseFile);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
