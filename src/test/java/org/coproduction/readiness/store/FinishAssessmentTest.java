package org.coproduction.readiness.store;

import org.coproduction.readiness.TestDatabase;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finishing writes the status and the step together, or neither. */
class FinishAssessmentTest {
    @TempDir
    Path folder;

    @Test
    void statusAndStepAreOneCommit() throws Exception {
        Path file = folder.resolve("finish.db");
        long id;
        try (Database database = Database.open(file)) {
            AssessmentStore assessments = new AssessmentStore(database);
            id = assessments.add(new Assessment(0, new Organisation(0, "Finish Trust", "", ""),
                    new QuestionnaireRef("small", "1.0.0"), "Spring", LocalDate.of(2026, 3, 14), AssessmentStatus.DRAFT,
                    Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Sam")), List.of()));
            assessments.setCurrentStep(id, "dimension:a");
            // Whatever stops the step from being written (here a trigger; in life a full disk or a
            // crash between two commits) must leave the assessment a draft at its old step.
            database.run(c -> c.createStatement().execute("CREATE TRIGGER no_step BEFORE UPDATE OF current_step ON"
                    + " assessment WHEN NEW.current_step = 'review' BEGIN SELECT RAISE(ABORT, 'step refused'); END"));
            assertThatThrownBy(() -> assessments.finish(id)).isInstanceOf(StoreException.class);
            assertThat(TestDatabase.rows(file, "SELECT status, current_step FROM assessment WHERE id = " + id))
                    .containsExactly("draft|dimension:a");

            database.run(c -> c.createStatement().execute("DROP TRIGGER no_step"));
            assessments.finish(id);
        }
        assertThat(TestDatabase.rows(file, "SELECT status, current_step FROM assessment WHERE id = " + id))
                .containsExactly("complete|review");
    }
}
