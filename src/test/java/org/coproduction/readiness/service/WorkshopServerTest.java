package org.coproduction.readiness.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop contract (PRODUCT.md section 9) over real HTTP on loopback only, on a real SQLite
 * file: a draft imported from the seeds, answered by phones.
 */
class WorkshopServerTest {
    @TempDir
    Path folder;

    private WorkshopFixture workshop;
    private Workspace workspace;
    private long assessment;
    private Questionnaire bank;
    private WorkshopSession session;
    private WorkshopServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        workshop = WorkshopFixture.start(folder);
        workspace = workshop.workspace;
        assessment = workshop.assessment;
        bank = workshop.bank;
        session = workshop.session;
        server = workshop.server;
        base = workshop.base;
    }

    @AfterEach
    void stop() {
        workshop.close();
    }

    private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        return workshop.send(method, url, token, body);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return WorkshopFixture.json(response);
    }

    private String join(String side, String role) throws Exception {
        return workshop.join(side, role);
    }

    private List<Answer> stored() {
        return workshop.stored();
    }

    @Test
    void theCodeAndTokensAreLongRandomWords() throws Exception {
        assertThat(session.code()).matches("[a-z2-7]{20}");
        String token = join("organisation", "staff");
        assertThat(token).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(join("organisation", "staff"));
    }

    @Test
    void aPhoneJoinsSeesItsSidesQuestionsAndItsAnswerIsStored() throws Exception {
        int before = workspace.loadExisting(assessment).respondents().size();
        HttpResponse<String> joined = send("POST", base + "join", null,
                "{\"side\":\"people\",\"role\":\"carer\",\"label\":\"Sam\"}");
        assertThat(joined.statusCode()).isEqualTo(201);
        String token = json(joined).get("token").asText();
        String key = json(joined).get("respondent").asText();
        assertThat(workspace.loadExisting(assessment).respondents()).hasSize(before + 1)
                .anySatisfy(r -> assertThat(r.key()).isEqualTo(key));

        HttpResponse<String> questions = send("GET", base + "questions", token, null);
        assertThat(questions.statusCode()).isEqualTo(200);
        JsonNode list = json(questions).get("questions");
        List<Question> forPeople = bank.questions().stream().filter(Question::askedOfPeople).toList();
        assertThat(bank.questions()).as("the bank has organisation-only questions").hasSizeGreaterThan(forPeople.size());
        assertThat(forPeople).as("the bank has people wording").anyMatch(q -> q.people().isPresent());
        assertThat(list).hasSize(forPeople.size());
        for (int i = 0; i < forPeople.size(); i++) {
            Question q = forPeople.get(i);
            JsonNode shown = list.get(i);
            assertThat(shown.get("id").asText()).isEqualTo(q.id());
            assertThat(shown.get("dimension").asText()).isEqualTo(q.dimension());
            assertThat(shown.get("text").asText()).isEqualTo(q.wording(true).text());
            assertThat(shown.get("levels")).hasSize(5);
            assertThat(shown.get("levels").get(4).asText()).isEqualTo(q.wording(true).levels().get(4));
            assertThat(shown.get("allowNotApplicable").asBoolean()).isEqualTo(q.allowNotApplicable());
        }

        String id = forPeople.get(0).id();
        HttpResponse<String> put = send("PUT", base + "answers/" + id, token, "{\"level\":3,\"note\":\"Mostly\"}");
        assertThat(put.statusCode()).isEqualTo(204);
        assertThat(stored()).filteredOn(a -> a.respondent().equals(key))
                .containsExactly(new Answer(key, id, Optional.of(Response.level(3)), "Mostly", false));

        // A retry, or a changed mind, replaces the answer: never two.
        assertThat(send("PUT", base + "answers/" + id, token, "{\"response\":\"dont-know\"}").statusCode()).isEqualTo(204);
        assertThat(send("PUT", base + "answers/" + id, token, "{\"response\":\"dont-know\"}").statusCode()).isEqualTo(204);
        assertThat(stored()).filteredOn(a -> a.respondent().equals(key))
                .containsExactly(new Answer(key, id, Optional.of(Response.dontKnow()), "", false));
    }

    @Test
    void theOrganisationSideGetsEveryQuestionInItsOwnWords() throws Exception {
        String token = join("organisation", "trustee");
        JsonNode list = json(send("GET", base + "questions", token, null)).get("questions");
        assertThat(list).hasSize(bank.questions().size());
        assertThat(list.get(0).get("text").asText()).isEqualTo(bank.questions().get(0).text());
        assertThat(json(send("GET", base + "questions", token, null)).toString()).doesNotContain("\"note\"");
    }

    @Test
    void everyBadRequestIsRefusedWithItsStatusAndNothingChanges() throws Exception {
        String people = join("people", "service-user");
        String organisation = join("organisation", "staff");
        Question orgOnly = bank.questions().stream().filter(q -> !q.askedOfPeople()).findFirst().orElseThrow();
        Question noNa = bank.questions().stream().filter(q -> !q.allowNotApplicable() && q.askedOfPeople())
                .findFirst().orElseThrow();
        List<Answer> before = stored();
        int respondents = workspace.loadExisting(assessment).respondents().size();
        String answer = base + "answers/" + noNa.id();

        assertBad(send("PUT", answer, people, "{\"level\":"), 400);
        assertBad(send("PUT", answer, people, "[3]"), 400);
        assertBad(send("PUT", answer, people, "{\"level\":7}"), 400);
        assertBad(send("PUT", answer, people, "{\"level\":-1}"), 400);
        assertBad(send("PUT", answer, people, "{\"level\":2.5}"), 400);
        assertBad(send("PUT", answer, people, "{\"level\":\"3\"}"), 400);
        assertBad(send("PUT", answer, people, "{}"), 400);
        assertBad(send("PUT", answer, people, "{\"level\":2,\"response\":\"dont-know\"}"), 400);
        assertBad(send("PUT", answer, people, "{\"response\":\"maybe\"}"), 400);
        assertBad(send("PUT", answer, people, "{\"response\":\"not-applicable\"}"), 400);
        assertBad(send("PUT", answer, people, "{\"level\":2,\"note\":\"" + "x".repeat(2001) + "\"}"), 400);
        assertBad(send("PUT", base + "answers/no-such-question", people, "{\"level\":2}"), 400);
        assertBad(send("PUT", base + "answers/" + orgOnly.id(), people, "{\"level\":2}"), 400);

        assertBad(send("PUT", answer, null, "{\"level\":2}"), 401);
        assertBad(send("PUT", answer, "not-a-token", "{\"level\":2}"), 401);
        assertBad(send("GET", base + "questions", null, null), 401);
        assertBad(send("GET", base + "questions", organisation + "x", null), 401);

        String wrongCode = "http://127.0.0.1:" + server.port() + "/w/AAAAAAAAAAAAAAAAAAAAAA/";
        assertBad(send("PUT", wrongCode + "answers/" + noNa.id(), people, "{\"level\":2}"), 404);
        assertBad(send("POST", wrongCode + "join", null, "{\"side\":\"people\",\"role\":\"carer\"}"), 404);
        assertBad(send("GET", "http://127.0.0.1:" + server.port() + "/", null, null), 404);
        assertBad(send("GET", "http://127.0.0.1:" + server.port() + "/w/" + session.code(), null, null), 404);
        assertBad(send("GET", base + "answers", people, null), 404);
        assertBad(send("GET", base + "answers/" + noNa.id(), people, null), 404);
        assertBad(send("DELETE", answer, people, null), 404);

        String big = "{\"level\":2,\"note\":\"" + "x".repeat(17 * 1024) + "\"}";
        assertBad(send("PUT", answer, people, big), 413);
        assertBad(send("POST", base + "join", null, big), 413);

        assertBad(send("POST", base + "join", null, "{\"side\":\"people\",\"role\":\"staff\"}"), 400);
        assertBad(send("POST", base + "join", null, "{\"side\":\"everyone\",\"role\":\"staff\"}"), 400);
        assertBad(send("POST", base + "join", null, "{\"side\":\"people\",\"role\":\"partner\"}"), 400);
        assertBad(send("POST", base + "join", null, "{\"side\":\"people\",\"role\":\"carer\",\"label\":\""
                + "x".repeat(81) + "\"}"), 400);
        assertBad(send("POST", base + "join", null, "not json"), 400);

        assertThat(stored()).isEqualTo(before);
        assertThat(workspace.loadExisting(assessment).respondents()).hasSize(respondents);
    }

    private static void assertBad(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).get("error").asText()).isNotBlank();
    }

    @Test
    void theAddressOfTheSessionGivesAPage() throws Exception {
        HttpResponse<String> page = send("GET", base, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=").contains("Join the workshop");
        assertThat(server.addresses()).first().isEqualTo(base);
        assertThat(server.addresses()).allSatisfy(a -> assertThat(a).startsWith("http://").endsWith("/w/" + session.code() + "/")
                .doesNotContain("%"));
    }

    @Test
    void thePhonePageRunsOnlyItsOwnScriptAndTalksOnlyToThisServer() throws Exception {
        HttpResponse<String> first = send("GET", base, null, null);
        HttpResponse<String> second = send("GET", base, null, null);
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]{24})'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).startsWith("default-src 'none'").contains("style-src 'nonce-" + nonce.group(1) + "'")
                .contains("connect-src 'self'").doesNotContain("unsafe").doesNotContain("http");
        assertThat(first.body()).contains("<script nonce=\"" + nonce.group(1) + "\">")
                .contains("<style nonce=\"" + nonce.group(1) + "\">").doesNotContain("{{nonce}}");
        // A fresh nonce each time, so one seen once is no use later.
        assertThat(second.headers().firstValue("Content-Security-Policy")).isNotEqualTo(Optional.of(policy));
        // Nothing from anywhere else: no address outside the page, no second file of this server.
        assertThat(first.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("src=");
        assertThat(first.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aSessionTakesAtMost200People() throws Exception {
        for (int i = 0; i < WorkshopSession.MAX_RESPONDENTS; i++) {
            session.join("organisation", "volunteer", "");
        }
        int respondents = workspace.loadExisting(assessment).respondents().size();
        HttpResponse<String> full = send("POST", base + "join", null, "{\"side\":\"people\",\"role\":\"carer\"}");
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(json(full).get("error").asText()).contains("full");
        assertThat(workspace.loadExisting(assessment).respondents()).hasSize(respondents);
    }

    @Test
    void addressesOnTheLocalNetworkAreLetInAndOthersAreNot() {
        assertThat(WorkshopServer.sameNetwork(new byte[]{(byte) 192, (byte) 168, 1, 40},
                new byte[]{(byte) 192, (byte) 168, 1, 7}, 24)).isTrue();
        assertThat(WorkshopServer.sameNetwork(new byte[]{(byte) 192, (byte) 168, 2, 40},
                new byte[]{(byte) 192, (byte) 168, 1, 7}, 24)).isFalse();
        assertThat(WorkshopServer.sameNetwork(new byte[]{10, 0, 0, (byte) 200},
                new byte[]{10, 0, 0, 7}, 25)).isFalse();
        assertThat(WorkshopServer.sameNetwork(new byte[]{10, 0, 0, 100},
                new byte[]{10, 0, 0, 7}, 25)).isTrue();
        assertThat(WorkshopServer.sameNetwork(new byte[]{8, 8, 8, 8}, new byte[]{10, 0, 0, 7}, 0)).isFalse();
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void fiftyPhonesAnsweringAtOnceAreAllStoredQuickly() throws Exception {
        int phones = 50;
        WorkshopFixture.Crowd crowd = workshop.answerAtOnce(phones);
        long peopleQuestions = bank.questions().stream().filter(Question::askedOfPeople).count();
        long expected = 25 * peopleQuestions + 25L * bank.questions().size();
        assertThat(stored().stream().filter(a -> crowd.respondents().contains(a.respondent())).count()).isEqualTo(expected);

        WorkshopFixture.Latency every = WorkshopFixture.Latency.of(crowd.everyRequest())
                .print("every request (join, questions, answers)", phones);
        WorkshopFixture.Latency.of(crowd.answers()).print("answers (PUT)", phones);
        // The spec wants p99 <= 100 ms on a 2-core laptop, which WorkshopBenchmark holds the server
        // to; a shared build machine is held to a looser bound.
        assertThat(every.p99()).isLessThan(1000);
    }
}
