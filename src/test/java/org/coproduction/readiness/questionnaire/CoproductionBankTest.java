package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real question bank and the demo data hold the rules of the questionnaire issue. */
class CoproductionBankTest {
    private static final Path BANK = Path.of("questionnaires/coproduction-readiness.json");
    private static final List<String> DIMENSIONS = List.of("customer-activation", "organisational-activation",
            "interaction", "learning-agility", "inclusion", "network", "partnership");

    private static Questionnaire bank() throws Exception {
        return QuestionnaireReader.read(BANK);
    }

    @Test
    void sevenDimensionsWithTheSpecsIdsAndKinds() throws Exception {
        Questionnaire bank = bank();
        assertThat(bank.version()).isEqualTo("1.0.0");
        assertThat(bank.dimensions()).extracting(Dimension::id).containsExactlyElementsOf(DIMENSIONS);
        assertThat(bank.dimensions()).extracting(Dimension::kind).containsExactly(DimensionKind.CAPABILITY,
                DimensionKind.CAPABILITY, DimensionKind.CAPABILITY, DimensionKind.CAPABILITY, DimensionKind.BARRIER,
                DimensionKind.BARRIER, DimensionKind.BARRIER);
        for (Dimension dimension : bank.dimensions()) {
            assertThat(dimension.summary()).as(dimension.id()).isNotBlank();
            assertThat(dimension.references()).as(dimension.id()).isNotEmpty();
            assertThat(dimension.bandMeanings().keySet()).as(dimension.id())
                    .containsExactlyInAnyOrderElementsOf(bank.bands().stream().map(Band::label).toList());
        }
        assertThat(bank.bands()).allSatisfy(b -> assertThat(b.description()).isNotBlank());
    }

    @Test
    void atLeastSixQuestionsPerDimensionEachComplete() throws Exception {
        Questionnaire bank = bank();
        for (String dimension : DIMENSIONS) {
            assertThat(bank.questionsOf(dimension)).as(dimension).hasSizeGreaterThanOrEqualTo(6);
        }
        for (Question question : bank.questions()) {
            assertThat(new HashSet<>(question.levels())).as(question.id()).hasSize(5);
            assertThat(question.guidance()).as(question.id()).isNotBlank();
            assertThat(question.actions()).as(question.id()).hasSizeBetween(1, 3);
            assertThat(question.references()).as(question.id()).isNotEmpty();
        }
        // Not applicable only where a question truly cannot apply: a few, not most.
        assertThat(bank.questions().stream().filter(Question::allowNotApplicable).count()).isBetween(1L, 8L);
    }

    @Test
    void everyReferenceResolvesAndEveryCitationIsUsedAndFull() throws Exception {
        Questionnaire bank = bank();
        Set<String> used = new HashSet<>();
        bank.questions().forEach(q -> used.addAll(q.references()));
        bank.dimensions().forEach(d -> used.addAll(d.references()));
        Set<String> defined = bank.references().stream().map(Reference::key).collect(Collectors.toSet());
        assertThat(defined).containsAll(used);
        assertThat(used).containsAll(defined);
        for (Reference reference : bank.references()) {
            assertThat(reference.citation()).as(reference.key()).matches(".*\\((19|20)\\d\\d\\).*").hasSizeGreaterThan(40);
        }
        // The review misspells some authors; the product must not.
        String citations = bank.references().stream().map(Reference::citation).collect(Collectors.joining("\n"));
        assertThat(citations).doesNotContain("Hoorberg", "Barlie").contains("Voorberg", "Barile");
    }

    @Test
    void contextQuestionsCoverTheSpecAndTheLadderHasFiveRungs() throws Exception {
        Questionnaire bank = bank();
        List<ContextQuestion> ladders = bank.context().stream().filter(ContextQuestion::isLadder).toList();
        assertThat(ladders).singleElement().satisfies(l -> assertThat(l.options())
                .containsExactly("Informing", "Consulting", "Engaging", "Co-designing", "Co-producing"));
        String all = bank.context().stream().map(c -> c.text() + " " + String.join(" ", c.options()))
                .collect(Collectors.joining(" ")).toLowerCase();
        assertThat(all).contains("co-design", "co-delivery", "co-development", "individual", "group", "collective");
    }

    @Test
    void everyDimensionCanReachEveryBand() throws Exception {
        Questionnaire bank = bank();
        for (int level = 0; level <= 4; level++) {
            List<Answer> answers = new ArrayList<>();
            for (Question question : bank.questions()) {
                answers.add(Answer.of("r1", question.id(), Response.level(level)));
            }
            ScoreCard card = Scorer.score(bank, answers);
            for (String dimension : DIMENSIONS) {
                assertThat(card.dimension(dimension).orElseThrow().score().getAsDouble()).isEqualTo(level * 25.0);
            }
        }
    }

    @Test
    void questionTextsAreInPlainEnglish() throws Exception {
        Questionnaire bank = bank();
        double mean = bank.questions().stream().mapToDouble(q -> ReadingEase.of(q.text())).average().orElseThrow();
        List<String> hardest = bank.questions().stream()
                .sorted(Comparator.comparingDouble(q -> ReadingEase.of(q.text())))
                .limit(3).map(q -> q.id() + " " + Math.round(ReadingEase.of(q.text()))).toList();
        System.out.printf("Flesch reading ease of question texts: mean %.1f; hardest %s%n", mean, hardest);
        assertThat(mean).isGreaterThanOrEqualTo(60);
        // "Co-production" is explained where first used.
        assertThat(bank.description().toLowerCase()).contains("co-production");
    }

    @Test
    void theDemoDataImportsScoresAndTellsItsStory() throws Exception {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        ExchangeReader reader = new ExchangeReader(library);
        List<ExchangeReader.Reading> readings = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                readings.add(reader.read(seed));
            }
        }
        Map<String, List<ExchangeReader.Reading>> byOrganisation = readings.stream()
                .collect(Collectors.groupingBy(r -> r.assessment().organisation().name()));
        assertThat(byOrganisation).hasSize(2);
        List<ExchangeReader.Reading> main = byOrganisation.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        assertThat(main.stream().filter(r -> r.assessment().status() == AssessmentStatus.COMPLETE)).hasSize(3);
        assertThat(main.stream().filter(r -> r.assessment().status() == AssessmentStatus.DRAFT)).hasSize(1);
        assertThat(readings).anySatisfy(r -> {
            assertThat(r.assessment().respondents()).extracting(x -> x.role()).contains(Role.SERVICE_USER);
            assertThat(r.assessment().respondents().stream().map(x -> x.role()).distinct().count()).isGreaterThan(2);
        });
        for (ExchangeReader.Reading reading : readings) {
            ScoreCard card = Scorer.score(reading.questionnaire(), reading.assessment().answers());
            assertThat(card.dimensions()).hasSize(7);
        }
        // Three complete assessments a year apart: some dimensions rise, at least one slips back.
        List<ScoreCard> complete = main.stream().filter(r -> r.assessment().status() == AssessmentStatus.COMPLETE)
                .sorted(Comparator.comparing(r -> r.assessment().assessedOn()))
                .map(r -> Scorer.score(r.questionnaire(), r.assessment().answers())).toList();
        long rises = DIMENSIONS.stream().filter(d -> score(complete.get(2), d) > score(complete.get(0), d)).count();
        long slips = DIMENSIONS.stream().filter(d -> score(complete.get(2), d) < score(complete.get(1), d)).count();
        assertThat(rises).isGreaterThanOrEqualTo(3);
        assertThat(slips).isGreaterThanOrEqualTo(1);
    }

    private static double score(ScoreCard card, String dimension) {
        return card.dimension(dimension).orElseThrow().score().orElse(0);
    }

    @Test
    void theBankFileIsBuiltIntoTheProgram() throws IOException {
        assertThat(QuestionnaireLibrary.load(List.of()).find("coproduction-readiness", "1.0.0")).isPresent();
        assertThat(Files.readString(BANK)).contains("\"id\": \"coproduction-readiness\"");
    }
}
