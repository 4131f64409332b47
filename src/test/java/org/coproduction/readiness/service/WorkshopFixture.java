package org.coproduction.readiness.service;

import com.fasterxml.jackson.databind.JsonNode;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running workshop for tests and the benchmark: a draft imported from the seeds into a real
 * SQLite file, its session, and its server listening on loopback only (RECIPES.md: load tests
 * send requests to loopback, never to the machine's own network address).
 */
final class WorkshopFixture implements AutoCloseable {
    static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    static final Path DRAFT = Path.of("seeds/riverside-2026-draft.json");

    final Workspace workspace;
    final long assessment;
    final Questionnaire bank;
    final WorkshopSession session;
    final WorkshopServer server;
    final HttpClient client;
    /** The session's address, ending in "/w/CODE/". */
    final String base;

    private WorkshopFixture(Path folder) throws Exception {
        workspace = Workspace.open(folder.resolve("workshop.db"), LIBRARY);
        assessment = ImportAssessments.run(workspace, List.of(DRAFT)).get(0);
        bank = workspace.questionnaireOf(workspace.loadExisting(assessment).questionnaire());
        session = WorkshopSession.open(workspace, assessment);
        server = new WorkshopServer(session);
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        base = "http://127.0.0.1:" + server.port() + "/w/" + session.code() + "/";
    }

    /** Opens a database in the folder, imports the seed draft and starts a session's server for it. */
    static WorkshopFixture start(Path folder) throws Exception {
        return new WorkshopFixture(folder);
    }

    HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JsonFiles.mapper().readTree(response.body());
    }

    /** Joins as a phone of that side and role and gives back its token. */
    String join(String side, String role) throws Exception {
        HttpResponse<String> joined = send("POST", base + "join", null,
                "{\"side\":\"" + side + "\",\"role\":\"" + role + "\",\"label\":\"Table 2\"}");
        assertThat(joined.statusCode()).isEqualTo(201);
        return json(joined).get("token").asText();
    }

    /** Every answer of the assessment, read through the store. */
    List<Answer> stored() {
        return workspace.assessments().answers(assessment);
    }

    /** Answers of one respondent, read through the store. */
    List<Answer> storedFor(String respondent) {
        return stored().stream().filter(a -> a.respondent().equals(respondent)).toList();
    }

    /** The p50, p99 and slowest of some requests, in milliseconds. */
    record Latency(int requests, double p50, double p99, double max) {
        static Latency of(List<Long> nanoseconds) {
            List<Long> sorted = new ArrayList<>(nanoseconds);
            Collections.sort(sorted);
            return new Latency(sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
        }

        /** Prints one line, the same in the test and the benchmark, so the figures compare. */
        Latency print(String what, int phones) {
            System.out.printf("Workshop, %d phones at once, %s: %d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    phones, what, requests, p50, p99, max);
            return this;
        }
    }

    /** What a crowd of phones did: who they were, and how long each request and each answer took (nanoseconds). */
    record Crowd(List<String> respondents, List<Long> everyRequest, List<Long> answers) {
    }

    /**
     * Phones joining and answering at once over HTTP, half on each side: each joins, fetches its
     * questions and puts a level to every one of them, checking each reply.
     */
    Crowd answerAtOnce(int phones) throws Exception {
        List<Long> everyRequest = Collections.synchronizedList(new ArrayList<>());
        List<Long> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(phones);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int p = 0; p < phones; p++) {
                boolean people = p % 2 == 0;
                work.add(() -> {
                    long t0 = System.nanoTime();
                    HttpResponse<String> joined = send("POST", base + "join", null, people
                            ? "{\"side\":\"people\",\"role\":\"service-user\"}" : "{\"side\":\"organisation\",\"role\":\"staff\"}");
                    everyRequest.add(System.nanoTime() - t0);
                    assertThat(joined.statusCode()).isEqualTo(201);
                    String token = json(joined).get("token").asText();
                    t0 = System.nanoTime();
                    JsonNode questions = json(send("GET", base + "questions", token, null)).get("questions");
                    everyRequest.add(System.nanoTime() - t0);
                    int i = 0;
                    for (JsonNode q : questions) {
                        t0 = System.nanoTime();
                        HttpResponse<String> put = send("PUT", base + "answers/" + q.get("id").asText(), token,
                                "{\"level\":" + (i++ % 5) + "}");
                        long took = System.nanoTime() - t0;
                        everyRequest.add(took);
                        answers.add(took);
                        assertThat(put.statusCode()).isEqualTo(204);
                    }
                    return json(joined).get("respondent").asText();
                });
            }
            List<String> keys = new ArrayList<>();
            for (Future<String> done : clients.invokeAll(work, 100, TimeUnit.SECONDS)) {
                keys.add(done.get());
            }
            return new Crowd(List.copyOf(keys), List.copyOf(everyRequest), List.copyOf(answers));
        } finally {
            clients.shutdownNow();
        }
    }

    @Override
    public void close() {
        server.stop();
        session.close();
        workspace.close();
    }
}
