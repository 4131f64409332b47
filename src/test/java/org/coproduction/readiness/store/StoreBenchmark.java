package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Band;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.DimensionKind;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: fills a database to the scale of an umbrella body and prints how fast it is.
 * Run with {@code mvn -B test -Pbenchmark}. Keeps the file in target/benchmark for other
 * benchmarks (the history screen) to reuse.
 */
class StoreBenchmark {
    static final int ORGANISATIONS = 500;
    static final int ASSESSMENTS = 10;
    static final int RESPONDENTS = 5;
    static final int QUESTIONS = 50;
    static final Path FILE = Path.of("target", "benchmark", "umbrella.db");

    /** A bank of 50 questions over seven dimensions, the size of a real one. */
    static Questionnaire bank() {
        List<Dimension> dimensions = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            dimensions.add(new Dimension("d" + d, "Dimension " + d, d < 4 ? DimensionKind.CAPABILITY : DimensionKind.BARRIER,
                    1, "", List.of(), Map.of()));
        }
        for (int q = 0; q < QUESTIONS; q++) {
            questions.add(new Question("q" + q, "d" + (q % 7), "Question " + q + "?", List.of("0", "1", "2", "3", "4"), 1,
                    true, "", List.of(), List.of()));
        }
        return new Questionnaire("benchmark", "1.0.0", "Benchmark", "en", "", List.of(new Band(0, "Low", ""),
                new Band(50, "High", "")), dimensions, List.of(), questions, List.of());
    }

    @Test
    void umbrellaBodyScale() throws Exception {
        Files.createDirectories(FILE.getParent());
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(FILE + suffix));
        }
        Questionnaire bank = bank();
        Random random = new Random(42);
        long fillStart = System.nanoTime();
        try (Database database = Database.open(FILE)) {
            AssessmentStore store = new AssessmentStore(database);
            for (int o = 0; o < ORGANISATIONS; o++) {
                List<Assessment> batch = new ArrayList<>();
                Organisation organisation = new Organisation(0, "Organisation " + o, "REG" + o, "Area " + (o % 40));
                for (int a = 0; a < ASSESSMENTS; a++) {
                    List<Respondent> respondents = new ArrayList<>();
                    List<Answer> answers = new ArrayList<>();
                    for (int r = 0; r < RESPONDENTS; r++) {
                        respondents.add(new Respondent("r" + r, Role.values()[r % Role.values().length], "Person " + r));
                        for (int q = 0; q < QUESTIONS; q++) {
                            int roll = random.nextInt(20);
                            Response response = roll == 0 ? Response.dontKnow() : roll == 1 ? Response.notApplicable()
                                    : Response.level(random.nextInt(5));
                            answers.add(new Answer("r" + r, "q" + q, java.util.Optional.of(response),
                                    roll < 4 ? "A note about what we saw and why we chose this level." : "", roll == 5));
                        }
                    }
                    batch.add(new Assessment(0, organisation, new QuestionnaireRef("benchmark", "1.0.0"),
                            "Assessment " + a, LocalDate.of(2016 + a, 3, 1), AssessmentStatus.COMPLETE, Map.of(),
                            respondents, answers));
                }
                store.addAll(batch);
            }
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

            // Saving one answer, as the wizard does: one committed transaction each.
            long target = store.listFor(new OrganisationStore(database).findByName("Organisation 250").orElseThrow().id())
                    .get(9).id();
            int saves = 1000;
            long[] saveNanos = new long[saves];
            for (int i = 0; i < saves; i++) {
                Answer answer = Answer.of("r" + (i % RESPONDENTS), "q" + (i % QUESTIONS), Response.level(i % 5))
                        .withNote("Changed on save " + i);
                long start = System.nanoTime();
                store.saveAnswer(target, answer);
                saveNanos[i] = System.nanoTime() - start;
            }

            // Listing one organisation's assessments with their scores, as the home screen does.
            long organisationId = new OrganisationStore(database).findByName("Organisation 123").orElseThrow().id();
            int lists = 200;
            long[] listNanos = new long[lists];
            double checksum = 0;
            for (int i = 0; i < lists; i++) {
                long start = System.nanoTime();
                for (AssessmentSummary summary : store.listFor(organisationId)) {
                    ScoreCard card = Scorer.score(bank, store.answers(summary.id()));
                    checksum += card.overall().map(o -> o.score()).orElse(0.0);
                }
                listNanos[i] = System.nanoTime() - start;
            }
            database.run(c -> c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)"));

            long bytes = Files.size(FILE);
            System.out.printf("%nStore benchmark: %d organisations x %d assessments x %d respondents x %d questions"
                            + " = %,d answers (filled in %.1f s)%n", ORGANISATIONS, ASSESSMENTS, RESPONDENTS, QUESTIONS,
                    (long) ORGANISATIONS * ASSESSMENTS * RESPONDENTS * QUESTIONS, fillSeconds);
            System.out.printf("  save one answer:   median %.2f ms, p99 %.2f ms (%d saves, synchronous=FULL)%n",
                    percentile(saveNanos, 50), percentile(saveNanos, 99), saves);
            System.out.printf("  list one organisation's %d assessments with scores: median %.2f ms, p99 %.2f ms (%d runs)%n",
                    ASSESSMENTS, percentile(listNanos, 50), percentile(listNanos, 99), lists);
            System.out.printf("  database file: %.1f MB (%,d bytes)   [checksum %.1f]%n", bytes / 1e6, bytes, checksum);
        }
        historyOfOneOrganisation(bank);
    }

    /**
     * Opening the history screen of an organisation with 10 assessments: reading and scoring them
     * on the database thread, then building and laying out the screen on the JavaFX thread.
     */
    private static void historyOfOneOrganisation(Questionnaire bank) throws Exception {
        Path banks = FILE.getParent().resolve("banks");
        Files.createDirectories(banks);
        Files.writeString(banks.resolve("benchmark.json"), bankJson(bank));
        var library = org.coproduction.readiness.questionnaire.QuestionnaireLibrary.of(List.of(banks.resolve("benchmark.json")));
        try (var workspace = org.coproduction.readiness.service.Workspace.open(FILE, library)) {
            long organisationId = workspace.organisations().findByName("Organisation 321").orElseThrow().id();
            var organisation = workspace.organisations().find(organisationId).orElseThrow();
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            try {
                javafx.application.Platform.startup(started::countDown);
            } catch (IllegalStateException alreadyRunning) {
                started.countDown();
            }
            started.await();
            int runs = 20;
            long[] load = new long[runs];
            long[] screen = new long[runs];
            long[] total = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                var entries = workspace.history(organisationId);
                load[i] = System.nanoTime() - start;
                long shown = System.nanoTime();
                org.coproduction.readiness.ui.TestAccess.buildAndLayOutHistory(organisation, entries, bank);
                screen[i] = System.nanoTime() - shown;
                total[i] = System.nanoTime() - start;
            }
            System.out.printf("  history of one organisation with %d assessments: read and score median %.1f ms;"
                            + " build and lay out the screen median %.1f ms; together median %.1f ms, max %.1f ms"
                            + " (first %.1f ms)%n%n", ASSESSMENTS, percentile(load, 50), percentile(screen, 50),
                    percentile(total, 50), Arrays.stream(total).max().orElse(0) / 1e6, total[0] / 1e6);
        }
    }

    /** The benchmark's bank as a question bank file, so the program's own library can load it. */
    static String bankJson(Questionnaire bank) {
        StringBuilder json = new StringBuilder("{\"id\":\"benchmark\",\"version\":\"1.0.0\",\"title\":\"Benchmark\","
                + "\"language\":\"en\",\"bands\":[{\"min\":0,\"label\":\"Low\"},{\"min\":50,\"label\":\"High\"}],"
                + "\"dimensions\":[");
        for (int d = 0; d < bank.dimensions().size(); d++) {
            var dimension = bank.dimensions().get(d);
            json.append(d == 0 ? "" : ",").append("{\"id\":\"").append(dimension.id()).append("\",\"title\":\"")
                    .append(dimension.title()).append("\",\"kind\":\"").append(dimension.kind().code())
                    .append("\",\"weight\":1}");
        }
        json.append("],\"questions\":[");
        for (int q = 0; q < bank.questions().size(); q++) {
            var question = bank.questions().get(q);
            json.append(q == 0 ? "" : ",").append("{\"id\":\"").append(question.id()).append("\",\"dimension\":\"")
                    .append(question.dimension()).append("\",\"text\":\"").append(question.text())
                    .append("\",\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"],\"allowNotApplicable\":true}");
        }
        return json.append("]}").toString();
    }

    static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
