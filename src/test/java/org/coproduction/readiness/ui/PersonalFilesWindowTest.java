package org.coproduction.readiness.ui;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.ImportAssessments;
import org.coproduction.readiness.service.PersonalFile;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** From the wizard: a personal file goes out for a new person, their answers come back in, once. */
@ExtendWith(ApplicationExtension.class)
class PersonalFilesWindowTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private long draft;

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            draft = workspace.assessments().add(new Assessment(0, new Organisation(0, "Out and Back Trust", "", ""),
                    new QuestionnaireRef("coproduction-readiness", "2.0.0"), "Autumn", LocalDate.of(2026, 11, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Kim")), List.of()));
        }
        openWindow(stage);
    }

    @Test
    void aPersonalFileGoesOutAndTheAnswersComeBack(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        // With one person answering (as in a personal file) the first step offers to send the answers back.
        runFx(() -> window.wizard().goTo(1));
        waitUntil(() -> robot.lookup("#send-to-person").tryQuery().isPresent());
        assertThat(robot.lookup("#send-back").tryQuery()).isPresent();
        Path out = folder.resolve("for-sam.json");
        runFx(() -> window.sendToPerson(draft, new Respondent("", Role.CARER, "Sam"), out));
        waitUntil(() -> allWindowsText().contains("Personal file for"));
        assertThat(out).exists();
        assertThat(rows("SELECT key, role, label FROM respondent ORDER BY key")).containsExactly("r1|manager|Kim",
                "r2|carer|Sam");

        // A blank paper form for the people's side, saved from the same step.
        Path form = folder.resolve("form.pdf");
        runFx(() -> window.paperForm(draft, org.coproduction.readiness.assessment.Side.PEOPLE, form));
        waitUntil(() -> allWindowsText().contains("Paper form saved"));
        assertThat(form).isNotEmptyFile();
        assertThat(robot.lookup("#paper-form").tryQuery()).isPresent();

        // Sam answers in another copy of the program, and sends the file back.
        Path elsewhere = folder.resolve("sams-computer.db");
        Path back = folder.resolve("from-sam.json");
        try (Workspace theirs = Workspace.open(elsewhere, LIBRARY)) {
            long id = ImportAssessments.run(theirs, List.of(out)).get(0);
            theirs.assessments().saveAnswer(id, Answer.of("r2", "ca-knowledge", Response.level(1)).withNote("Asked once"));
            PersonalFile.write(theirs, id, "r2", back);
        }
        runFx(() -> window.addAnswersFromFiles(draft, List.of(back)));
        waitUntil(() -> rows("SELECT a.level, a.note FROM answer a JOIN respondent r ON r.id = a.respondent_id WHERE"
                + " r.key = 'r2'").equals(List.of("1|Asked once")));
        waitUntil(() -> allWindowsText().contains("Answers added from 1 file"));

        // The same file again: Sam already has answers, so nothing is added and the person is told why.
        runFx(() -> window.addAnswersFromFiles(draft, List.of(back)));
        waitUntil(() -> dialog().isPresent());
        assertThat(dialog().orElseThrow().getHeaderText()).isEqualTo("No answers were added");
        assertThat(rows("SELECT count(*) FROM answer")).containsExactly("1");
        runFx(() -> ((javafx.scene.control.Button) dialog().orElseThrow().lookupButton(dialog().orElseThrow()
                .getButtonTypes().get(0))).fire());
        waitUntil(() -> dialog().isEmpty());

        // A file collected for another assessment (another uid): the person is asked, and may add it.
        Path other = folder.resolve("other-uid.json");
        String text = java.nio.file.Files.readString(back).replaceAll("\"uid\" : \"[0-9a-f-]{36}\"",
                "\"uid\" : \"00000000-0000-4000-8000-000000000000\"").replace("\"Sam\"", "\"Ade\"");
        java.nio.file.Files.writeString(other, text);
        runFx(() -> window.addAnswersFromFiles(draft, List.of(other)));
        waitUntil(() -> dialog().isPresent());
        assertThat(dialog().orElseThrow().getHeaderText()).isEqualTo("These answers were collected for another assessment");
        runFx(() -> dialog().orElseThrow().getButtonTypes().stream()
                .filter(b -> b.getText().equals("Add them all the same")).findFirst()
                .map(b -> (javafx.scene.control.Button) dialog().orElseThrow().lookupButton(b)).orElseThrow().fire());
        waitUntil(() -> rows("SELECT count(*) FROM answer").equals(List.of("2")));
    }

    private static java.util.Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

}
