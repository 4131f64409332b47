package org.coproduction.readiness.scoring;

import org.coproduction.readiness.assessment.Answer;
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
import org.coproduction.readiness.service.MergeAnswers;
import org.coproduction.readiness.service.PersonalFile;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: prints how fast the perspectives are worked out for a large assessment (60
 * respondents, 30 a side, every question of bank 2.0.0), and how long merging 60 personal files
 * takes. Run with {@code mvn -B test -Pbenchmark -Dtest=PerspectivesBenchmark}.
 */
class PerspectivesBenchmark {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final Questionnaire BANK = LIBRARY.find("coproduction-readiness", "2.0.0").orElseThrow();

    @TempDir
    Path folder;

    @Test
    void scoringWithPerspectivesAndMerging() throws Exception {
        Random random = new Random(42);
        List<Respondent> respondents = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            Role role = i <= 30 ? Role.values()[i % 4] : (i % 2 == 0 ? Role.SERVICE_USER : Role.CARER);
            respondents.add(new Respondent("r" + i, role, "Person " + i));
            for (Question question : BANK.questions()) {
                if (role.answersAsPeople() && !question.askedOfPeople()) {
                    continue;
                }
                answers.add(Answer.of("r" + i, question.id(), Response.level(random.nextInt(5))));
            }
        }
        for (int i = 0; i < 50; i++) {
            Perspectives.of(BANK, respondents, answers, 3);
        }
        double[] millis = new double[200];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            Scorer.score(BANK, answers);
            Perspectives.of(BANK, respondents, answers, 3);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("Scoring with perspectives, 60 respondents (30 a side) x %d questions, %d answers:"
                + " median %.2f ms, p90 %.2f ms (goal: median <= 5 ms)%n", BANK.questions().size(), answers.size(),
                millis[millis.length / 2], millis[millis.length * 9 / 10]);

        // Sixty personal files, one a person, merged into an empty copy.
        Assessment whole = new Assessment(0, new Organisation(0, "Benchmark Trust", "", ""),
                new QuestionnaireRef(BANK.id(), BANK.version()), "Many voices", LocalDate.of(2026, 11, 1),
                AssessmentStatus.DRAFT, Map.of(), respondents, answers);
        List<Path> files = new ArrayList<>();
        long into;
        try (Workspace source = Workspace.open(folder.resolve("source.db"), LIBRARY)) {
            long id = source.assessments().add(whole);
            for (Respondent respondent : respondents) {
                Path file = folder.resolve(respondent.key() + ".json");
                PersonalFile.write(source, id, respondent.key(), file);
                files.add(file);
            }
        }
        try (Workspace target = Workspace.open(folder.resolve("target.db"), LIBRARY)) {
            into = target.assessments().add(new Assessment(0, whole.organisation(), whole.questionnaire(), whole.title(),
                    whole.assessedOn(), AssessmentStatus.DRAFT, Map.of(), List.of(), List.of()));
            long start = System.nanoTime();
            MergeAnswers.Merged merged = MergeAnswers.run(target, into, files, false, true);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Merging %d personal files (%d answers): %.2f s (goal: <= 2 s)%n", merged.files().size(),
                    answers.size(), seconds);
        }
    }
}
