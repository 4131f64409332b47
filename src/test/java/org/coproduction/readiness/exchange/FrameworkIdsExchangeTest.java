package org.coproduction.readiness.exchange;

import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers to questions whose ids come from other frameworks ({@code HB-LIS-2}, {@code ID.AM-1}, 64
 * characters) travel through an exchange file unchanged: the exchange file names questions by the
 * bank's ids, compared exactly (docs/exchange-format.md, rule 3).
 */
class FrameworkIdsExchangeTest {
    private static final Path IDS = Path.of("src/test/resources/ids");

    @TempDir
    Path folder;

    @Test
    void anAssessmentOfABankWithFrameworkIdsReadsAndExportsTheSame() throws Exception {
        QuestionnaireLibrary library = QuestionnaireLibrary.of(List.of(IDS.resolve("framework-ids.json")));
        assertThat(library.problems()).isEmpty();
        ExchangeReader reader = new ExchangeReader(library);

        ExchangeReader.Reading first = reader.read(IDS.resolve("framework-ids-assessment.json"));
        assertThat(first.assessment().answers()).extracting(a -> a.question()).containsExactly("HB-LIS-2",
                "HB-LIS-3", "ID.AM-1", "NIST-CSF.ID.AM-1.Physical-devices-and-systems-are-inventoried.v2");
        assertThat(first.assessment().context()).containsEntry("Org.Size", "1-10");

        Path exported = folder.resolve("exported.json");
        ExchangeWriter.writeFile(exported, ExchangeWriter.toJson(first.assessment(), first.questionnaire()));
        ExchangeReader.Reading second = reader.read(exported);
        assertThat(second.assessment().answers()).isEqualTo(first.assessment().answers());
        assertThat(second.assessment().context()).isEqualTo(first.assessment().context());
    }
}
