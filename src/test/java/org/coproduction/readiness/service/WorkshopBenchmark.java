package org.coproduction.readiness.service;

import org.coproduction.readiness.questionnaire.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the workshop to its throughput promise (PRODUCT.md section 9): 50 phones answering at
 * once over HTTP on loopback are each answered in 100 ms or less (p99). Each phone joins, fetches
 * its questions and answers every one; every answer must be stored. A first, smaller round warms
 * the server and the JIT so the figures are of a running workshop, not of a cold start.
 * Run with {@code mvn -B test -Pbenchmark -Dtest=WorkshopBenchmark}.
 */
class WorkshopBenchmark {
    private static final int PHONES = 50;

    @TempDir
    Path warmUp;
    @TempDir
    Path folder;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void fiftyPhonesAnsweringAtOnce() throws Exception {
        try (WorkshopFixture workshop = WorkshopFixture.start(warmUp)) {
            workshop.answerAtOnce(10);
        }
        try (WorkshopFixture workshop = WorkshopFixture.start(folder)) {
            WorkshopFixture.Crowd crowd = workshop.answerAtOnce(PHONES);

            long people = workshop.bank.questions().stream().filter(Question::askedOfPeople).count();
            long expected = (PHONES / 2) * people + (PHONES / 2L) * workshop.bank.questions().size();
            assertThat(workshop.stored().stream().filter(a -> crowd.respondents().contains(a.respondent())).count())
                    .as("every answer stored").isEqualTo(expected);

            WorkshopFixture.Latency.of(crowd.everyRequest()).print("every request (join, questions, answers)", PHONES);
            WorkshopFixture.Latency answers = WorkshopFixture.Latency.of(crowd.answers()).print("answers (PUT)", PHONES);
            assertThat(answers.p99()).as("p99 of the answers, in milliseconds").isLessThanOrEqualTo(100);
        }
    }
}
