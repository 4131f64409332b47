package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The id rule (docs/questionnaire-format.md, rules 2 and 3): ids from other frameworks load and
 * score; ids that are too long, hold white space or control characters, or differ from another of
 * their kind only in letter case are refused with the file, the place and the rule.
 */
class IdRuleTest {
    private static final Path FRAMEWORK_IDS = Path.of("src/test/resources/ids/framework-ids.json");
    private static final Path SMALL = Path.of("src/test/resources/banks/small.json");
    private static final String ID_64 = "NIST-CSF.ID.AM-1.Physical-devices-and-systems-are-inventoried.v2";

    @TempDir
    Path folder;

    @Test
    void idsWithCapitalsDotsAndDashesAndOf64CharactersLoadAndScore() throws Exception {
        assertThat(ID_64).hasSize(64);
        Questionnaire bank = QuestionnaireReader.read(FRAMEWORK_IDS);

        assertThat(bank.id()).isEqualTo("Framework.Ids-v1");
        assertThat(bank.questions()).extracting(Question::id).containsExactly("HB-LIS-2", "HB-LIS-3", "ID.AM-1", ID_64);
        assertThat(bank.reference("Sharma.2014")).isPresent();

        // By hand: HB-LIS = 100 × (3 + 1) / (4 + 4) = 50.0; ID.AM = 100 × (1 × 2 + 3 × 4) / (4 × 1 + 4 × 3)
        // = 100 × 14 / 16 = 87.5; overall (50 + 87.5) / 2 = 68.75, both dimensions fully covered.
        ScoreCard card = Scorer.score(bank, List.of(level("HB-LIS-2", 3), level("HB-LIS-3", 1), level("ID.AM-1", 2),
                level(ID_64, 4)));
        assertThat(card.dimension("HB-LIS").orElseThrow().score().getAsDouble()).isCloseTo(50.0, within(1e-9));
        assertThat(card.dimension("ID.AM").orElseThrow().score().getAsDouble()).isCloseTo(87.5, within(1e-9));
        assertThat(card.overall().orElseThrow().score()).isCloseTo(68.75, within(1e-9));
        assertThat(card.overall().orElseThrow().provisional()).isFalse();
        assertThat(card.priorities()).extracting(p -> p.questionId()).startsWith("HB-LIS-3");
    }

    @Test
    void anIdOf65CharactersIsRefusedWithTheRule() throws Exception {
        Problem problem = onlyProblem(smallWith("\"id\": \"a1\"", "\"id\": \"" + ID_64 + "x\""));

        assertThat(problem.place()).isEqualTo("$.questions[0].id");
        assertThat(problem.rule()).contains("65 characters long").contains(Ids.RULE);
    }

    @Test
    void anIdWithASpaceIsRefusedWithTheRule() throws Exception {
        Problem problem = onlyProblem(smallWith("\"id\": \"service\"", "\"id\": \"the service\""));

        assertThat(problem.place()).isEqualTo("$.context[1].id");
        assertThat(problem.rule()).contains("\"the service\"").contains("a space").contains(Ids.RULE);
    }

    @Test
    void anIdWithATabIsRefusedWithTheRule() throws Exception {
        Problem problem = onlyProblem(smallWith("\"id\": \"g3\"", "\"id\": \"g\\t3\""));

        assertThat(problem.place()).isEqualTo("$.questions[6].id");
        assertThat(problem.rule()).contains("a tab").contains(Ids.RULE);
    }

    @Test
    void anIdWithAnInvisibleControlCharacterIsRefusedAndTheCharacterShown() throws Exception {
        // The bell character, U+0007, written as a JSON escape: invisible on screen, easy to paste in.
        Problem problem = onlyProblem(smallWith("\"id\": \"size\"", "\"id\": \"si\\u0007ze\""));

        assertThat(problem.place()).isEqualTo("$.context[0].id");
        assertThat(problem.rule()).contains("\"si\\u0007ze\"").contains("control character (U+0007)")
                .contains(Ids.RULE).doesNotContain("\u0007");
    }

    @Test
    void twoQuestionIdsDifferingOnlyInLetterCaseAreRefused() throws Exception {
        Problem problem = onlyProblem(smallWith("\"id\": \"g2\"", "\"id\": \"G1\""));

        assertThat(problem.place()).isEqualTo("$.questions[5].id");
        assertThat(problem.rule()).contains("\"G1\"").contains("\"g1\"").contains("$.questions[4].id")
                .contains("only in capital and small letters")
                .contains("two ids of one kind must differ by more than letter case");
    }

    @Test
    void idsOfDifferentKindsMayShareALetterCaseVariant() throws Exception {
        // The question "ALPHA" and the dimension "alpha" are of different kinds, so both stand.
        Path file = write(smallWith("\"id\": \"a1\"", "\"id\": \"ALPHA\""));
        Questionnaire bank = QuestionnaireReader.read(file);
        assertThat(bank.question("ALPHA")).isPresent();
        assertThat(bank.dimension("alpha")).isPresent();
    }

    @Test
    void theMessageNamesTheFileThePlaceAndTheRule() throws Exception {
        Path file = write(smallWith("\"id\": \"small\"", "\"id\": \"small bank\""));
        try {
            QuestionnaireReader.read(file);
        } catch (RefusedFileException e) {
            assertThat(e.getMessage()).startsWith(file + ": $.id: \"small bank\" is not a usable id")
                    .contains("1 to 64 characters").contains("no spaces");
            return;
        }
        throw new AssertionError("the bank was not refused");
    }

    // Shared -------------------------------------------------------------------------------------

    /** The test bank with the first {@code from} replaced by {@code to}. */
    private static String smallWith(String from, String to) throws Exception {
        String text = Files.readString(SMALL);
        assertThat(text).as("the test bank holds " + from).contains(from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private Path write(String text) throws Exception {
        Path file = folder.resolve("bank.json");
        Files.writeString(file, text);
        return file;
    }

    /** Reads the text as a bank, which must be refused for exactly one problem. */
    private Problem onlyProblem(String text) throws Exception {
        Path file = write(text);
        try {
            QuestionnaireReader.read(file);
        } catch (RefusedFileException e) {
            assertThat(e.problems()).as(e.problems().toString()).hasSize(1);
            assertThat(e.problems().get(0).file()).isEqualTo(file.toString());
            return e.problems().get(0);
        }
        throw new AssertionError("the bank was not refused");
    }

    private static Answer level(String question, int level) {
        return Answer.of("r1", question, Response.level(level));
    }
}
