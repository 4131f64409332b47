package org.coproduction.readiness.exchange;

import org.coproduction.readiness.ExchangeTexts;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.store.AssessmentStore;
import org.coproduction.readiness.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export then import gives back the same assessment (spec section 5), for the demo data too. */
class ExchangeRoundTripTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of(Path.of("src/test/resources/banks")));

    @TempDir
    Path folder;

    static Stream<Path> exchangeFiles() throws IOException {
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            return Stream.concat(seeds.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream(),
                    Stream.of(Path.of("src/test/resources/exchange/small-assessment.json"),
                            Path.of("src/test/resources/exchange/small-assessment-with-actions.json")));
        }
    }

    @ParameterizedTest
    @MethodSource("exchangeFiles")
    void exportImportExportGivesTheSameFile(Path source) throws Exception {
        ExchangeReader reader = new ExchangeReader(LIBRARY);
        try (Database database = Database.open(folder.resolve("round.db"))) {
            AssessmentStore store = new AssessmentStore(database);
            ExchangeReader.Reading reading = reader.read(source);
            long firstId = store.add(reading.assessment());
            Assessment first = store.load(firstId).orElseThrow();
            String firstExport = ExchangeWriter.toJson(first, reading.questionnaire());

            Path exported = folder.resolve("exported.json");
            ExchangeWriter.writeFile(exported, firstExport);
            long secondId = store.add(reader.read(exported).assessment());
            Assessment second = store.load(secondId).orElseThrow();
            String secondExport = ExchangeWriter.toJson(second, reading.questionnaire());

            // The copy imported into the same database has a uid of its own; the rest is the same.
            assertThat(second.uid()).isNotEqualTo(first.uid()).isNotEmpty();
            assertThat(ExchangeTexts.withoutUid(secondExport)).isEqualTo(ExchangeTexts.withoutUid(firstExport));
            assertThat(second.answers()).containsExactlyInAnyOrderElementsOf(first.answers());
            assertThat(second.respondents()).isEqualTo(first.respondents());
            assertThat(second.context()).isEqualTo(first.context());
            assertThat(second.organisation().id()).isEqualTo(first.organisation().id());
            assertThat(second.actions()).extracting(ExchangeActionsTest::unstored)
                    .containsExactlyElementsOf(first.actions().stream().map(ExchangeActionsTest::unstored).toList());
            // What was read from the source is what was stored.
            assertThat(first.answers()).containsExactlyInAnyOrderElementsOf(reading.assessment().answers());
            assertThat(first.actions()).extracting(ExchangeActionsTest::unstored).containsExactlyElementsOf(reading.actions());
            // The "actions" key is written only when there are actions.
            assertThat(firstExport.contains("\"actions\"")).isEqualTo(!reading.actions().isEmpty());
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerAnswerWithQuotingAndNoFormulas() throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("src/test/resources/exchange/small-assessment.json"));
        String csv = ExchangeWriter.toCsv(reading.assessment(), reading.questionnaire());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFForganisation,assessment,assessed_on");
        assertThat(lines).hasSize(1 + reading.assessment().answers().size());
        assertThat(ExchangeWriter.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ExchangeWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExchangeWriter.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    }

    @Test
    void aLevelIsTakenAsWrittenNeverRoundedOrClamped() throws Exception {
        Path file = folder.resolve("fractional.json");
        String valid = Files.readString(Path.of("src/test/resources/exchange/small-assessment.json"));
        for (String level : List.of("2.5", "7", "-1", "3.0", "\"3\"", "1e0")) {
            Files.writeString(file, valid.replace("\"level\": 3,", "\"level\": " + level + ","));
            assertThatThrownBy(() -> new ExchangeReader(LIBRARY).read(file)).as(level)
                    .isInstanceOfSatisfying(RefusedFileException.class, e -> assertThat(e.problems().get(0).message())
                            .contains(file.toString()).contains("$.answers[0].level").contains("whole number from 0 to 4"));
        }
    }
}
