package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.json.RefusedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where banks come from, and how versions live side by side (spec section 3). */
class QuestionnaireLibraryTest {
    private static final Path SMALL = Path.of("src/test/resources/banks/small.json");

    @TempDir
    Path folder;

    @Test
    void theBuiltInBankIsAlwaysThere() {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        assertThat(library.problems()).isEmpty();
        assertThat(library.find("coproduction-readiness", "1.0.0")).isPresent();
    }

    @Test
    void banksInAFolderAreAddedWithoutRebuilding() throws Exception {
        Files.copy(SMALL, folder.resolve("ours.json"));
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of(folder, folder.resolve("missing")));
        assertThat(library.find("small", "1.0.0")).isPresent();
        assertThat(library.find("coproduction-readiness", "1.0.0")).isPresent();
    }

    @Test
    void severalVersionsOfOneBankLiveSideBySideAndTheNewestIsOffered() throws Exception {
        Files.copy(SMALL, folder.resolve("small-1.json"));
        Files.writeString(folder.resolve("small-1.10.json"), Files.readString(SMALL).replace("\"1.0.0\"", "\"1.10.0\""));
        Files.writeString(folder.resolve("small-1.2.json"), Files.readString(SMALL).replace("\"1.0.0\"", "\"1.2.0\""));
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of(folder));
        assertThat(library.all()).filteredOn(q -> q.id().equals("small")).extracting(Questionnaire::version)
                .containsExactly("1.0.0", "1.2.0", "1.10.0");
        assertThat(library.newest()).filteredOn(q -> q.id().equals("small")).extracting(Questionnaire::version)
                .containsExactly("1.10.0");
    }

    @Test
    void twoFilesWithTheSameIdAndVersionAreAnError() throws Exception {
        Files.copy(SMALL, folder.resolve("a.json"));
        Files.copy(SMALL, folder.resolve("b.json"));
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of(folder));
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("b.json");
            assertThat(p.rule()).contains("already defined in").contains("a.json");
        });
    }

    @Test
    void aBrokenFileIsLeftOutAndReportedWhileTheOthersLoad() throws Exception {
        Files.copy(SMALL, folder.resolve("good.json"));
        Files.writeString(folder.resolve("broken.json"), "{ \"id\": ");
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of(folder));
        assertThat(library.find("small", "1.0.0")).isPresent();
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("broken.json");
            assertThat(p.place()).startsWith("line 1, column");
        });
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceWithItsPlace() throws Exception {
        Path file = folder.resolve("many.json");
        Files.writeString(file, Files.readString(SMALL)
                .replace("\"version\": \"1.0.0\"", "\"version\": \"one\"")
                .replace("\"levels\": [\"a0\", \"a1\", \"a2\", \"a3\", \"a4\"]", "\"levels\": [\"a0\", \"a1\"]")
                .replace("\"weight\": 2 }", "\"weight\": -2 }"));
        assertThatThrownBy(() -> QuestionnaireReader.read(file)).isInstanceOfSatisfying(RefusedFileException.class, e ->
                assertThat(e.problems()).extracting(p -> p.place())
                        .contains("$.version", "$.questions[0].levels", "$.dimensions[1].weight"));
    }

    @Test
    void theModelKeepsWhatTheFileSays() throws Exception {
        Questionnaire bank = QuestionnaireReader.read(SMALL);
        assertThat(bank.questionsOf("beta")).extracting(Question::id).containsExactly("b1", "b2");
        assertThat(bank.question("a2").orElseThrow().weight()).isEqualTo(2.0);
        assertThat(bank.question("a1").orElseThrow().weight()).isEqualTo(1.0);
        assertThat(bank.question("a1").orElseThrow().allowNotApplicable()).isFalse();
        assertThat(bank.question("b1").orElseThrow().allowNotApplicable()).isTrue();
        assertThat(bank.contextQuestion("service").orElseThrow().isFreeText()).isTrue();
        assertThat(bank.context().stream().filter(ContextQuestion::isLadder)).hasSize(1);
        assertThat(bank.dimension("gamma").orElseThrow().kind()).isEqualTo(DimensionKind.BARRIER);
        assertThat(bank.bandFor(24.99)).isEqualTo("Starting");
        assertThat(bank.bandFor(25)).isEqualTo("Emerging");
    }
}
