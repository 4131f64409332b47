package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 2.0.0 of the built-in bank holds the rules it was written to: two voices, the questions
 * only the organisation can answer, next steps for every level, one item per idea, the review's
 * themes, the ladder with all its rungs and its source, and sources cited only for what they support.
 */
class CoproductionBank2Test {
    private static final Path BANK = Path.of("questionnaires/coproduction-readiness-2.0.0.json");
    private static final Path VERSION_1 = Path.of("questionnaires/coproduction-readiness.json");
    /** The themes of the literature review's sections 3 and 4. */
    private static final List<String> THEMES = List.of("quality", "health-challenges", "vulnerable-groups", "inequality",
            "organisation", "networks", "partnership");

    private static Questionnaire bank() throws Exception {
        return QuestionnaireReader.read(BANK);
    }

    @Test
    void theBankLoadsBesideVersionOneWithStableIds() throws Exception {
        Questionnaire bank = bank();
        assertThat(bank.version()).isEqualTo("2.0.0");
        assertThat(QuestionnaireLibrary.load(List.of()).newest()).extracting(Questionnaire::version).contains("2.0.0");
        assertThat(QuestionnaireLibrary.load(List.of()).find(bank.id(), "1.0.0")).isPresent();
        for (Dimension dimension : bank.dimensions()) {
            assertThat(bank.questionsOf(dimension.id())).as(dimension.id()).hasSize(7);
        }
        Set<String> ids = bank.questions().stream().map(Question::id).collect(Collectors.toSet());
        // Ideas counted twice in version 1 are merged into one question each...
        assertThat(ids).doesNotContain("ca-needs", "oa-frontline", "in-test-together", "la-forums", "par-real-sharing");
        // ...and the places freed hold what the review discusses and version 1 missed.
        assertThat(ids).contains("ca-carers", "oa-volunteers", "in-collective", "la-evaluation", "par-risk");
        // Most questions keep their version-1 id, so the two versions compare.
        Set<String> before = QuestionnaireReader.read(VERSION_1).questions().stream().map(Question::id)
                .collect(Collectors.toSet());
        assertThat(ids.stream().filter(before::contains).count()).isEqualTo(44);
    }

    @Test
    void everyQuestionForEveryoneSpeaksInThePeoplesWordsAndTheOthersDoNot() throws Exception {
        List<String> organisationOnly = new ArrayList<>();
        for (Question question : bank().questions()) {
            if (question.askedOfPeople()) {
                assertThat(question.people()).as(question.id()).isPresent();
                Question.Wording people = question.people().orElseThrow();
                assertThat(people.levels()).as(question.id()).hasSize(5).doesNotHaveDuplicates();
                assertThat(people.text()).as(question.id()).containsPattern("\\b(I|me|my)\\b");
            } else {
                assertThat(question.people()).as(question.id()).isEmpty();
                organisationOnly.add(question.id());
            }
        }
        // Budgets, training, rules, data kept, partnership management, staff's own doubts.
        assertThat(organisationOnly).contains("oa-resources", "oa-training", "net-management", "par-staff-doubts")
                .hasSizeBetween(6, 14);
    }

    @Test
    void thePeoplesWordsAreEasyToRead() throws Exception {
        Map<String, Double> ease = new TreeMap<>();
        for (Question question : bank().questions()) {
            question.people().ifPresent(people -> {
                ease.put(question.id() + " question", ReadingEase.of(people.text()));
                for (int level = 0; level < people.levels().size(); level++) {
                    ease.put(question.id() + " level " + level, ReadingEase.of(people.levels().get(level)));
                }
            });
        }
        double mean = ease.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        List<String> hardest = ease.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(3)
                .map(e -> e.getKey() + " " + Math.round(e.getValue())).toList();
        System.out.printf("Flesch reading ease of the people wording (%d texts): mean %.1f; hardest %s%n", ease.size(),
                mean, hardest);
        assertThat(mean).isGreaterThanOrEqualTo(80);
        assertThat(ease).allSatisfy((text, score) -> assertThat(score).as(text).isGreaterThanOrEqualTo(65));
    }

    @Test
    void everyLevelHasItsNextStepsAndTheTopLevelIsWhatTheOrganisationDoes() throws Exception {
        Pattern claimed = Pattern.compile("(people|service users|carers) (say|tell us|confirm|feel)|confirm",
                Pattern.CASE_INSENSITIVE);
        for (Question question : bank().questions()) {
            assertThat(question.nextSteps()).as(question.id()).hasSize(4);
            question.nextSteps().forEach(steps -> assertThat(steps).as(question.id()).isNotEmpty());
            assertThat(question.stepsFrom(0)).isNotEqualTo(question.stepsFrom(3));
            assertThat(claimed.matcher(question.levels().get(4)).find()).as(question.id() + " level 4: "
                    + question.levels().get(4)).isFalse();
            assertThat(question.guidance()).as(question.id()).isNotBlank();
            // Written for casework only, a question would not fit a peer group or a lunch club.
            assertThat(question.text() + question.levels()).as(question.id()).doesNotContainIgnoringCase("support plan");
        }
        // Carers appeared nowhere in version 1: the guidance now speaks to them almost everywhere.
        assertThat(bank().questions().stream().filter(q -> q.guidance().toLowerCase().contains("carer")).count())
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyThemeOfTheReviewHasAtLeastThreeQuestions() throws Exception {
        Map<String, Long> counts = bank().questions().stream().flatMap(q -> q.themes().stream())
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        System.out.println("Questions per theme of the review: " + counts);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(THEMES);
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(bank().questions()).allSatisfy(q -> assertThat(q.themes()).as(q.id()).isNotEmpty());
    }

    @Test
    void theLadderHasAllItsRungsAndItsSourceAndThePeopleGiveTheirPlacementToo() throws Exception {
        Questionnaire bank = bank();
        ContextQuestion ladder = bank.context().stream().filter(ContextQuestion::isLadder).findFirst().orElseThrow();
        List<String> rungs = List.of("Coercion", "Educating", "Informing", "Consultation", "Engagement", "Co-design",
                "Co-production");
        assertThat(ladder.options()).containsExactlyElementsOf(rungs);
        assertThat(ladder.help()).contains("Think Local Act Personal").contains("New Economics Foundation");
        assertThat(bank.context()).anySatisfy(c -> {
            assertThat(c.isPeoplesLadder()).isTrue();
            assertThat(c.options()).containsExactlyElementsOf(rungs);
        });
        assertThat(bank.references()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("tlap-ladder");
            assertThat(r.citation()).contains("Think Local Act Personal").contains("New Economics Foundation");
        });
    }

    @Test
    void theDemoDataAnswersVersionTwoAndShowsBothSidesWithAnExplainedGap() throws Exception {
        Questionnaire bank = bank();
        ExchangeReader reader = new ExchangeReader(QuestionnaireLibrary.load(List.of()));
        for (String seed : List.of("riverside-2024", "riverside-2025", "riverside-2026-draft", "harbour-lane-2025")) {
            Assessment assessment = reader.read(Path.of("seeds", seed + ".json")).assessment();
            assertThat(assessment.questionnaire().version()).as(seed).isEqualTo("2.0.0");
            // People who use the service and carers are never asked what only the organisation knows.
            for (Answer answer : assessment.answers()) {
                Respondent who = assessment.respondents().stream().filter(r -> r.key().equals(answer.respondent()))
                        .findFirst().orElseThrow();
                if (who.role().answersAsPeople()) {
                    assertThat(bank.question(answer.question()).orElseThrow().askedOfPeople())
                            .as(seed + " " + who.key() + " " + answer.question()).isTrue();
                }
            }
        }
        // One assessment stays on version 1.0.0, so the history crosses versions.
        assertThat(reader.read(Path.of("seeds/riverside-2023.json")).assessment().questionnaire().version())
                .isEqualTo("1.0.0");

        Assessment riverside = reader.read(Path.of("seeds/riverside-2025.json")).assessment();
        Map<Side, List<Answer>> bySide = new TreeMap<>();
        for (Side side : Side.values()) {
            List<String> keys = riverside.respondents().stream().filter(r -> r.role().side().equals(java.util.Optional.of(side)))
                    .map(Respondent::key).toList();
            List<Answer> answers = riverside.answers().stream().filter(a -> keys.contains(a.respondent())).toList();
            long gaveALevel = answers.stream().filter(a -> a.response().filter(r -> r.kind() == org.coproduction.readiness.assessment.Response.Kind.LEVEL).isPresent())
                    .map(Answer::respondent).distinct().count();
            assertThat(gaveALevel).as(side + " respondents who gave a level").isGreaterThanOrEqualTo(3);
            bySide.put(side, answers);
        }
        List<DimensionScore> organisation = Scorer.score(bank, bySide.get(Side.ORGANISATION)).dimensions();
        List<DimensionScore> people = Scorer.score(bank, bySide.get(Side.PEOPLE)).dimensions();
        double widest = 0;
        for (int i = 0; i < organisation.size(); i++) {
            widest = Math.max(widest, organisation.get(i).score().orElse(0) - people.get(i).score().orElse(100));
        }
        System.out.printf("Riverside 2025: the widest gap, organisation above people, is %.1f points%n", widest);
        assertThat(widest).isGreaterThanOrEqualTo(15);
    }

    @Test
    void sourcesAreCitedOnlyForWhatTheReviewUsesThemFor() throws Exception {
        Questionnaire bank = bank();
        // The review uses Realpe and Wallace for long-term conditions, self-management and flexible
        // administration only.
        List<String> realpe = bank.questions().stream().filter(q -> q.references().contains("realpewallace2010"))
                .map(Question::id).sorted(Comparator.naturalOrder()).toList();
        assertThat(realpe).containsExactly("ca-self-management", "oa-flexibility");
        // "Identifying conceptual issues ... who becomes a co-producer" is Pestoff 2012, Voluntas 23(4).
        assertThat(bank.references()).noneMatch(r -> r.key().equals("pestoff2014"));
        assertThat(bank.references()).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("pestoff2012");
            assertThat(r.citation()).contains("Voluntas").contains("23(4)");
        });
    }
}
