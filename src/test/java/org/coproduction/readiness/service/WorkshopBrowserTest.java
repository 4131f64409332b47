package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop's phone page in a real browser: Debian's Chromium, headless, phone-sized (390 × 844),
 * driven through its chromedriver against a server on loopback, with what was stored checked in
 * the database through the store.
 *
 * <p>The browser is a {@link PhoneBrowser}: without Chromium the tests are skipped, except in CI, which installs
 * them (.ci/run) and so must fail rather than pass without having looked at the page.
 *
 * <p>With {@code -Dworkshop.screens=FOLDER} it also saves screenshots there (join screen, a
 * question on the people's side, the same at 200% text size) for a person to look at.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WorkshopBrowserTest {
    private static final Duration WAIT = PhoneBrowser.WAIT;

    @TempDir
    Path folder;
    @TempDir
    Path profile;

    private WorkshopFixture workshop;
    private PhoneBrowser phone;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        phone = PhoneBrowser.start(profile);
        browser = phone.driver();
        workshop = WorkshopFixture.start(folder);
    }

    @AfterEach
    void stop() {
        if (phone != null) {
            phone.close();
        }
        if (workshop != null) {
            workshop.close();
        }
    }

    // ---- Steps, as a person holding the phone takes them ----

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private void tap(String inputId) {
        phone.tap(inputId);
    }

    private String join(String side, String role, String name) {
        phone.join(workshop.base, side, role, name);
        return (String) kept().get("respondent");
    }

    private String heading() {
        return byId("question-heading").getText();
    }

    private void next() {
        String before = byId("progress-text").getText();
        byId("next-button").click();
        waitFor(() -> !byId("question-screen").isDisplayed() || !byId("progress-text").getText().equals(before));
    }

    private void back() {
        String before = byId("progress-text").getText();
        byId("back-button").click();
        waitFor(() -> !byId("progress-text").getText().equals(before));
    }

    private boolean checked(String inputId) {
        return byId(inputId).isSelected();
    }

    /** What the page keeps on the phone for this session. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> kept() {
        Object kept = ((JavascriptExecutor) browser).executeScript(
                "return JSON.parse(localStorage.getItem('coproduction-workshop:' + arguments[0]));", workshop.session.code());
        return kept == null ? Map.of() : (Map<String, Object>) kept;
    }

    /** Waits until the page has no answer left to send, so the database is quiet when read. */
    private void waitUntilSent() {
        waitFor(() -> {
            Object pending = kept().get("pending");
            return pending instanceof Map<?, ?> map && map.isEmpty();
        });
    }

    private void waitFor(java.util.function.Supplier<Boolean> condition) {
        phone.waitFor(condition);
    }

    private String focused() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    // ---- The tests ----

    @Test
    void aPhoneJoinsAnswersChangesItsMindAndExactlyThatIsStored() {
        List<Question> questions = workshop.bank.questions();
        int respondents = workshop.workspace.loadExisting(workshop.assessment).respondents().size();

        browser.get(workshop.base);
        waitFor(() -> byId("join-screen").isDisplayed());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
        assertThat(byId("join-screen").getText()).contains("No one else sees your answers").contains("You can stop at any time");
        assertThat(focused()).isEqualTo("join-heading");
        // Joining without choosing says what is missing, and stays.
        byId("join-button").click();
        assertThat(byId("join-error").getText()).contains("choose");
        String key = join("organisation", "staff", "Alex");
        assertThat(workshop.workspace.loadExisting(workshop.assessment).respondents()).hasSize(respondents + 1)
                .anySatisfy(r -> {
                    assertThat(r.key()).isEqualTo(key);
                    assertThat(r.label()).isEqualTo("Alex");
                });

        // The first question, in the organisation's words, with its heading focused for a screen reader.
        Question first = questions.get(0);
        assertThat(heading()).isEqualTo(first.text());
        assertThat(focused()).isEqualTo("question-heading");
        assertThat(byId("progress-text").getText()).isEqualTo("Question 1 of " + questions.size());
        assertThat(browser.findElements(By.cssSelector("#answer-group legend"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#choices input[type=radio]"))).hasSize(first.allowNotApplicable() ? 7 : 6);
        assertThat(byId("choices").getText()).contains(first.levels().get(0)).contains(first.levels().get(4));
        assertThat(browser.findElements(By.id("response-not-applicable"))).hasSize(first.allowNotApplicable() ? 1 : 0);
        assertThat(byId("back-button").isDisplayed()).isFalse();

        // A level, then a note, then on to the next question.
        tap("level-2");
        byId("note").sendKeys("We ask at the first visit");
        next();
        assertThat(heading()).isEqualTo(questions.get(1).text());
        waitUntilSent();
        assertThat(workshop.storedFor(key)).containsExactly(
                new Answer(key, first.id(), Optional.of(Response.level(2)), "We ask at the first visit", false));

        // Back shows what was chosen (kept on the phone: the server never gives answers back).
        back();
        assertThat(heading()).isEqualTo(first.text());
        assertThat(checked("level-2")).isTrue();
        assertThat(byId("note").getAttribute("value")).isEqualTo("We ask at the first visit");

        // A changed mind replaces the answer, keeping the note.
        tap("level-3");
        assertThat(checked("level-2")).isFalse();
        next();
        Question second = questions.get(1);
        tap("response-dont-know");
        Question notApplicable = questions.stream().skip(2).filter(Question::allowNotApplicable).findFirst().orElseThrow();
        while (!heading().equals(notApplicable.text())) {
            next();
        }
        tap("response-not-applicable");
        waitUntilSent();
        assertThat(byId("status").getText()).isEqualTo("Saved");

        // A reload neither joins again nor forgets where the phone was or what it chose.
        browser.navigate().refresh();
        waitFor(() -> byId("question-screen").isDisplayed());
        assertThat(heading()).isEqualTo(notApplicable.text());
        assertThat(checked("response-not-applicable")).isTrue();
        assertThat(workshop.workspace.loadExisting(workshop.assessment).respondents()).hasSize(respondents + 1);

        // On to the end, then back to change an answer from the finish screen.
        while (byId("question-screen").isDisplayed()) {
            next();
        }
        waitFor(() -> byId("finish-heading").getText().equals("Thank you — your answers are saved"));
        assertThat(focused()).isEqualTo("finish-heading");
        assertThat(byId("finish-text").getText()).isEqualTo("You answered 3 of " + questions.size() + " questions.");
        byId("change-button").click();
        waitFor(() -> byId("question-screen").isDisplayed());
        assertThat(heading()).isEqualTo(first.text());
        assertThat(checked("level-3")).isTrue();
        next();
        assertThat(checked("response-dont-know")).isTrue();
        waitUntilSent();

        assertThat(workshop.storedFor(key)).containsExactlyInAnyOrder(
                new Answer(key, first.id(), Optional.of(Response.level(3)), "We ask at the first visit", false),
                new Answer(key, second.id(), Optional.of(Response.dontKnow()), "", false),
                new Answer(key, notApplicable.id(), Optional.of(Response.notApplicable()), "", false));
        assertThat(workshop.workspace.loadExisting(workshop.assessment).respondents()).hasSize(respondents + 1);
    }

    @Test
    void anAnswerGivenWhileTheConnectionIsLostArrivesOnceItIsBack() throws Exception {
        String key = join("organisation", "volunteer", null);
        Question first = workshop.bank.questions().get(0);

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.setNetworkConditions(offline);
        tap("level-1");
        waitFor(() -> byId("status").getText().startsWith("Not saved yet"));
        // The phone changes its mind while still offline: only the latest answer waits to be sent.
        tap("level-4");
        byId("note").sendKeys("Said while the Wi-Fi was down");
        next();
        assertThat(List.copyOf(((Map<?, ?>) kept().get("pending")).keySet())).isEqualTo(List.of(first.id()));
        assertThat(workshop.storedFor(key)).isEmpty();

        browser.deleteNetworkConditions();
        waitUntilSent();
        waitFor(() -> byId("status").getText().equals("Saved"));
        assertThat(workshop.storedFor(key)).containsExactly(
                new Answer(key, first.id(), Optional.of(Response.level(4)), "Said while the Wi-Fi was down", false));
    }

    @Test
    void aPhoneTheSessionDoesNotKnowIsToldAndCanJoinAgain() {
        join("people", "carer", null);
        ((JavascriptExecutor) browser).executeScript(
                "const key = 'coproduction-workshop:' + arguments[0];"
                        + "const kept = JSON.parse(localStorage.getItem(key)); kept.token = 'not-a-token';"
                        + "localStorage.setItem(key, JSON.stringify(kept));", workshop.session.code());
        browser.navigate().refresh();
        waitFor(() -> byId("ended-screen").isDisplayed());
        assertThat(focused()).isEqualTo("ended-heading");
        byId("join-again-button").click();
        waitFor(() -> byId("join-screen").isDisplayed());
        assertThat(kept()).isEmpty();
    }

    @Test
    void thePeoplesSideGetsItsOwnWordsAndNoOrganisationQuestions() {
        List<Question> forPeople = workshop.bank.questions().stream().filter(Question::askedOfPeople).toList();
        Question worded = forPeople.stream().filter(q -> q.people().isPresent()).findFirst().orElseThrow();
        assertThat(worded.wording(true).text()).isNotEqualTo(worded.text());
        join("people", "service-user", null);

        List<String> shown = new ArrayList<>();
        while (byId("question-screen").isDisplayed()) {
            assertThat(byId("progress-text").getText()).isEqualTo("Question " + (shown.size() + 1) + " of " + forPeople.size());
            shown.add(heading());
            if (heading().equals(worded.wording(true).text())) {
                assertThat(byId("choices").getText()).contains(worded.wording(true).levels().get(0))
                        .doesNotContain(worded.levels().get(0));
                assertThat(byId("answer-legend").getText()).isEqualTo("Choose the one that is most like it for you");
            }
            next();
        }
        assertThat(shown).isEqualTo(forPeople.stream().map(q -> q.wording(true).text()).toList());
        assertThat(shown).doesNotContainAnyElementsOf(workshop.bank.questions().stream()
                .filter(q -> !q.askedOfPeople()).map(Question::text).toList());
    }

    /** Only with -Dworkshop.screens=FOLDER: pictures of the page for a person to look at. */
    @Test
    @EnabledIfSystemProperty(named = "workshop.screens", matches = ".+")
    void screenshotsForAPersonToLookAt() throws Exception {
        Path into = Files.createDirectories(Path.of(System.getProperty("workshop.screens")));
        browser.get(workshop.base);
        waitFor(() -> byId("join-screen").isDisplayed());
        shoot(into.resolve("join.png"));
        tap("side-people");
        shoot(into.resolve("join-people-chosen.png"));
        tap("role-service-user");
        byId("join-button").click();
        waitFor(() -> byId("question-screen").isDisplayed());
        tap("level-3");
        waitUntilSent();
        shoot(into.resolve("question-people.png"));
        ((JavascriptExecutor) browser).executeScript("document.documentElement.style.fontSize = '200%';");
        shoot(into.resolve("question-people-200.png"));
        next();
        shoot(into.resolve("question-people-200-next.png"));
        ((JavascriptExecutor) browser).executeScript("document.documentElement.style.fontSize = '';");
        while (byId("question-screen").isDisplayed()) {
            next();
        }
        shoot(into.resolve("finish.png"));
    }

    /** The whole page, however long: the window is set to its height for the picture, then put back. */
    private void shoot(Path file) throws Exception {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        Object height = browser.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", "document.documentElement.scrollHeight", "returnByValue", true));
        long full = ((Number) ((Map<?, ?>) ((Map<?, ?>) height).get("result")).get("value")).longValue();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", Math.max(844, full), "deviceScaleFactor", 1, "mobile", true));
        Files.write(file.resolveSibling(file.getFileName().toString().replace(".png", "-full.png")),
                browser.getScreenshotAs(OutputType.BYTES));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }
}
