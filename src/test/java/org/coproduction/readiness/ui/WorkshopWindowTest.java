package org.coproduction.readiness.ui;

import com.fasterxml.jackson.databind.JsonNode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.PhoneBrowser;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workshop run from the window, as a facilitator would: started from the wizard, phones join on
 * both sides and answer (one in a real browser on the phone page, the others over HTTP as that page
 * does, all on loopback), the facilitator's window
 * counts them, the projector hides the answers until revealed and never shows a side below the
 * smallest group, and ending the workshop stops the server. The report then shows both sides.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopWindowTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long draft;

    @Start
    void start(Stage stage) {
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            draft = workspace.assessments().add(new Assessment(0, new Organisation(0, "Room Together Trust", "", ""),
                    new QuestionnaireRef("coproduction-readiness", "2.0.0"), "Spring workshop", LocalDate.of(2026, 11, 1),
                    AssessmentStatus.DRAFT, Map.of(), List.of(new Respondent("r1", Role.MANAGER, "Kim")), List.of()));
        }
        openWindow(stage);
        // Tests reach the server on loopback only, never on this machine's network address.
        window.workshopsForTests(InetAddress.getLoopbackAddress());
    }

    @Test
    void aRoomAnswersOnPhonesAndTheReportShowsBothSides(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#home-table").tryQuery().isPresent());
        runFx(() -> window.showWizard(draft));
        waitUntil(() -> window.wizard() != null);
        runFx(() -> window.wizard().goTo(1));
        waitUntil(() -> robot.lookup("#run-workshop").tryQuery().isPresent());
        robot.clickOn("#run-workshop");
        waitUntil(() -> window.workshop() != null && window.workshop().isShowing());
        WorkshopViewModel model = window.workshop().model();
        String base = model.addresses().get(0);
        assertThat(base).startsWith("http://127.0.0.1:").endsWith("/w/" + model.code() + "/");
        assertThat(WorkshopWindow.grouped(model.code())).matches("([a-z2-7]{4} ){4}[a-z2-7]{4}");
        assertThat(text(window.workshop().stage().getScene().getRoot())).contains("No one has joined yet");

        // Three from the organisation and three people who use the service, as the phone page would.
        List<String> organisation = List.of(join(base, "organisation", "staff", "Ana"),
                join(base, "organisation", "volunteer", ""), join(base, "organisation", "trustee", "Bo"));
        // Di answers on a real phone page, in a browser on this computer: the first question in her words.
        String di;
        try (PhoneBrowser phone = PhoneBrowser.start(java.nio.file.Files.createDirectories(folder.resolve("phone")))) {
            phone.join(base, "people", "service-user", "Di");
            assertThat(phone.question()).isEqualTo("Do staff see me as the expert on my own life?");
            phone.tap("level-1");
            phone.next();
            di = (String) ((org.openqa.selenium.JavascriptExecutor) phone.driver()).executeScript(
                    "return JSON.parse(localStorage.getItem('coproduction-workshop:' + arguments[0])).token;", model.code());
        }
        List<String> people = List.of(join(base, "people", "service-user", "Cy"), join(base, "people", "carer", ""), di);
        for (int i = 0; i < 3; i++) {
            answer(base, organisation.get(i), "ca-knowledge", "{\"level\": " + (3 + i % 2) + "}");
            if (i < 2) {
                answer(base, people.get(i), "ca-knowledge", "{\"level\": " + (1 + i % 2) + "}");
            }
            answer(base, organisation.get(i), "par-share-control", "{\"level\": 2}");
        }
        // Only two people answered this one: below the smallest group (3), their spread stays hidden.
        answer(base, people.get(0), "par-share-control", "{\"level\": 4}");
        answer(base, people.get(1), "par-share-control", "{\"response\": \"dont-know\", \"note\": \"Not sure\"}");
        answer(base, people.get(2), "par-share-control", "{\"level\": 0}");
        answer(base, people.get(2), "par-share-control", "{\"response\": \"dont-know\"}");

        // The facilitator's window counts who joined on each side and how far each has got.
        waitUntil(() -> robot.lookup("#workshop-joined-organisation").queryLabeled().getText()
                .equals("From the organisation: 3") && robot.lookup("#workshop-joined-people").queryLabeled().getText()
                .equals("People who use the service and carers: 3"));
        TableView<?> phones = robot.lookup("#workshop-phones").queryAs(TableView.class);
        assertThat(phones.getItems()).hasSize(6);
        // The window reads the counts again every second: wait for the last answers to show.
        waitUntil(() -> text(phones).replaceAll("[^\n]*Ana\n[^\n]*\n", "").contains("2 of 49")
                && text(phones).split("2 of 39", -1).length == 4);
        assertThat(text(phones)).contains("Ana", "Bo", "Cy", "Di", "Person r", "Staff member", "Carer");
        runFx(() -> Snapshots.save(window.workshop().stage().getScene(), "workshop-facilitator"));

        // The projector: the question's answers are hidden until revealed, then counted by side.
        robot.clickOn("#workshop-projector");
        waitUntil(() -> window.workshop().projector() != null && window.workshop().projector().stage().isShowing());
        Stage projector = window.workshop().projector().stage();
        runFx(() -> model.currentProperty().set(index(model, "ca-knowledge")));
        waitUntil(() -> text(projector.getScene().getRoot()).contains("Hidden until you reveal them"));
        assertThat(text(projector.getScene().getRoot())).doesNotContain("Fewer than");
        robot.type(javafx.scene.input.KeyCode.R);
        waitUntil(() -> robot.lookup("#projector-reveal").queryButton().getText().equals("Hide answers"));
        // Levels 0 to 4 counted by side: the organisation gave 3, 4, 3 and the people 1, 2, 1.
        assertThat(model.spreadProperty().get().get(0).levels()).containsExactly(0, 0, 0, 2, 1);
        assertThat(model.spreadProperty().get().get(1).levels()).containsExactly(0, 2, 1, 0, 0);
        assertThat(text(projector.getScene().getRoot())).contains("Organisation", "People and carers");
        assertThat(text(projector.getScene().getRoot())).doesNotContain("Hidden until");
        runFx(() -> Snapshots.save(projector.getScene(), "workshop-projector-revealed"));
        // Moving on hides the next question's answers again; a side with two answers shows none.
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        runFx(() -> model.currentProperty().set(index(model, "par-share-control")));
        waitUntil(() -> robot.lookup("#projector-reveal").queryButton().getText().equals("Reveal answers"));
        robot.clickOn("#projector-reveal");
        waitUntil(() -> text(projector.getScene().getRoot()).contains("Fewer than 3 on this side have answered"));
        assertThat(model.spreadProperty().get().get(1).levels()).containsExactly(0, 0, 0, 0, 0);
        runFx(() -> Snapshots.save(projector.getScene(), "workshop-projector-small-group"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !projector.isShowing());

        // Ending the workshop stops the server: a phone can no longer reach it.
        robot.clickOn("#workshop-end");
        waitUntil(() -> window.workshop() == null);
        waitUntil(() -> {
            try {
                send("GET", base, null, null);
                return false;
            } catch (IOException stopped) {
                return true;
            }
        });
        assertThatThrownBy(() -> join(base, "people", "carer", "Late")).isInstanceOf(IOException.class);
        assertThat(rows("SELECT count(*) FROM respondent")).containsExactly("7");
        assertThat(rows("SELECT count(*) FROM answer")).containsExactly("12");

        // The wizard lists the people who joined, and the report shows both sides beside everyone's.
        waitUntil(() -> window.wizard() != null && window.wizard().respondents().size() == 7);
        runFx(() -> window.showScores(draft));
        waitUntil(() -> robot.lookup("#perspectives").tryQuery().isPresent());
        assertThat(robot.lookup("#side-organisation-not-shown").tryQuery()).isEmpty();
        assertThat(robot.lookup("#side-people-not-shown").tryQuery()).isEmpty();
    }

    private static int index(WorkshopViewModel model, String questionId) {
        List<String> ids = LIBRARY.find("coproduction-readiness", "2.0.0").orElseThrow().questions().stream()
                .map(q -> q.id()).toList();
        assertThat(ids).contains(questionId);
        assertThat(model.questionCount()).isEqualTo(ids.size());
        return ids.indexOf(questionId);
    }

    private String join(String base, String side, String role, String label) throws Exception {
        HttpResponse<String> joined = send("POST", base + "join", null,
                "{\"side\":\"" + side + "\",\"role\":\"" + role + "\",\"label\":\"" + label + "\"}");
        assertThat(joined.statusCode()).isEqualTo(201);
        JsonNode body = JsonFiles.mapper().readTree(joined.body());
        return body.get("token").asText();
    }

    private void answer(String base, String token, String question, String body) throws Exception {
        assertThat(send("PUT", base + "answers/" + question, token, body).statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
