package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.json.RefusedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A question's audience, its people wording and its next steps (docs/questionnaire-format.md). */
class TwoVoicesTest {
    static final Path BANK = Path.of("src/test/resources/voices/two-voices.json");

    @TempDir
    Path folder;

    @Test
    void theOptionalPartsAreRead() throws Exception {
        Questionnaire bank = QuestionnaireReader.read(BANK);
        Question everyone = bank.question("a1").orElseThrow();
        Question organisation = bank.question("a2").orElseThrow();
        assertThat(everyone.askedOfPeople()).isTrue();
        assertThat(organisation.askedOfPeople()).isFalse();
        assertThat(everyone.wording(true).text()).isEqualTo("Was I asked what works for me?");
        assertThat(everyone.wording(true).levels().get(0)).isEqualTo("No one asked me.");
        assertThat(everyone.wording(false).text()).isEqualTo("Do you ask people what works for them?");
        // No people wording: everyone reads the organisation's.
        assertThat(organisation.wording(true).text()).isEqualTo(organisation.text());
        assertThat(everyone.themes()).containsExactly("quality");
    }

    @Test
    void nextStepsFollowTheLevelAndFallBackToActions() throws Exception {
        Questionnaire bank = QuestionnaireReader.read(BANK);
        Question a1 = bank.question("a1").orElseThrow();
        assertThat(a1.stepsFrom(0)).containsExactly("Start asking one question.");
        // A mean level of 2.5 (two people, levels 2 and 3): the step from level 2.
        assertThat(a1.stepsFrom(2.5)).containsExactly("Write the answer down.");
        assertThat(a1.stepsFrom(3.99)).containsExactly("Look at it at each review.");
        // At the top there is no next level: the general actions.
        assertThat(a1.stepsFrom(4)).containsExactly("Ask at the first meeting.");
        assertThat(bank.question("a2").orElseThrow().stepsFrom(1)).containsExactly("Find a small grant.");
    }

    @Test
    void brokenOptionalPartsAreRefusedWithTheirPlaceAndRule() throws Exception {
        String text = Files.readString(BANK);
        assertRefused(text.replace("\"audience\": \"organisation\"", "\"audience\": \"staff\""),
                "$.questions[1].audience", "must be \"everyone\" or \"organisation\"");
        assertRefused(text.replace("[[\"Start asking one question.\"], ", "["),
                "$.questions[0].nextSteps", "needs exactly 4 lists");
        assertRefused(text.replace("\"It was written down.\", ", ""),
                "$.questions[0].people.levels", "exactly 5 level texts");
        assertRefused(text.replace("[\"Ask everyone.\"]", "[\" \"]"),
                "$.questions[0].nextSteps[1][0]", "");
    }

    private void assertRefused(String text, String place, String rule) throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, text);
        assertThatThrownBy(() -> QuestionnaireReader.read(file)).isInstanceOf(RefusedFileException.class)
                .satisfies(e -> assertThat(((RefusedFileException) e).problems())
                        .anyMatch(p -> p.message().contains(place) && p.message().contains(rule)));
    }

    @Test
    void everyBuiltInBankStillLoads() {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        assertThat(library.problems()).isEmpty();
        assertThat(library.find("coproduction-readiness", "1.0.0")).isPresent();
    }
}
