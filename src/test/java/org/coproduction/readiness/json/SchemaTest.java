package org.coproduction.readiness.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Ids;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.questionnaire.QuestionnaireReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas in docs/schema/ that editors use to check and complete question banks and
 * exchange files: they accept every valid file the repository holds (the built-in bank, the
 * demo data, the valid test files, a bank with ids from other frameworks) and refuse clearly
 * broken ones, so they cannot drift quietly from what the program reads.
 */
class SchemaTest {
    private static final Path SCHEMAS = Path.of("docs/schema");
    private static final Path QUESTIONNAIRE_SCHEMA = SCHEMAS.resolve("questionnaire.schema.json");
    private static final Path EXCHANGE_SCHEMA = SCHEMAS.resolve("exchange.schema.json");
    private static final Path MALFORMED = Path.of("src/test/resources/malformed");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Path> validBanks() throws IOException {
        return Stream.of(jsonIn("questionnaires"), jsonIn("src/test/resources/banks"),
                        List.of(Path.of("src/test/resources/ids/framework-ids.json")))
                .flatMap(List::stream);
    }

    static Stream<Path> validExchangeFiles() throws IOException {
        return Stream.of(jsonIn("seeds"), jsonIn("src/test/resources/exchange"),
                        List.of(Path.of("src/test/resources/ids/framework-ids-assessment.json")))
                .flatMap(List::stream);
    }

    @Test
    void theSchemasAreThemselvesValidDraft202012Schemas() throws IOException {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Path schema : List.of(QUESTIONNAIRE_SCHEMA, EXCHANGE_SCHEMA)) {
            assertThat(metaSchema.validate(Files.readString(schema), InputFormat.JSON)).as(schema.toString()).isEmpty();
        }
    }

    @Test
    void theSchemasSayTheIdRuleExactlyAsTheProgramDoes() throws Exception {
        for (Path schema : List.of(QUESTIONNAIRE_SCHEMA, EXCHANGE_SCHEMA)) {
            String pattern = JsonFiles.read(schema).at("/$defs/id/pattern").asText();
            assertThat(pattern).as(schema.toString()).isEqualTo(Ids.PATTERN);
        }
    }

    /** The built-in files name their schema for editors; the program's readers must read past it. */
    @Test
    void theProgramReadsFilesThatNameTheirSchema() throws Exception {
        Path bank = Path.of("questionnaires/coproduction-readiness-2.0.0.json");
        assertThat(JsonFiles.read(bank).path("$schema").asText()).isEqualTo("../docs/schema/questionnaire.schema.json");
        QuestionnaireReader.read(bank);
        Path seed = Path.of("seeds/riverside-2025.json");
        assertThat(JsonFiles.read(seed).path("$schema").asText()).isEqualTo("../docs/schema/exchange.schema.json");
        new ExchangeReader(QuestionnaireLibrary.of(List.of(bank))).read(seed);
    }

    /** The example in docs/exchange-format.md is a file the schema and the program both accept. */
    @Test
    void theExampleInTheDocsIsAValidExchangeFile(@TempDir Path folder) throws Exception {
        String page = Files.readString(Path.of("docs/exchange-format.md"));
        Matcher block = Pattern.compile("(?s)```json\\n(.*?)```").matcher(page);
        assertThat(block.find()).as("the page has a JSON example").isTrue();
        assertThat(errors(EXCHANGE_SCHEMA, block.group(1))).isEmpty();
        Path example = Files.writeString(folder.resolve("example.json"), block.group(1));
        new ExchangeReader(QuestionnaireLibrary.load(List.of())).read(example);
    }

    @Test
    void thereAreFilesToCheck() throws IOException {
        assertThat(validBanks()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(validExchangeFiles()).hasSizeGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validBanks")
    void everyValidBankIsAccepted(Path bank) throws IOException {
        assertThat(errors(QUESTIONNAIRE_SCHEMA, Files.readString(bank))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExchangeFiles")
    void everyValidExchangeFileIsAccepted(Path file) throws IOException {
        assertThat(errors(EXCHANGE_SCHEMA, Files.readString(file))).isEmpty();
    }

    @Test
    void theOptionalFieldsOfABankAreAccepted() throws IOException {
        String bank = Files.readString(Path.of("src/test/resources/banks/small.json")).replace(
                "\"weight\": 2 }",
                "\"weight\": 2, \"audience\": \"organisation\", \"nextSteps\": [[\"x\"], [\"y\"], [], [\"z\"]],"
                        + " \"people\": { \"text\": \"Do we?\", \"levels\": [\"p0\", \"p1\", \"p2\", \"p3\", \"p4\"] } }");
        assertThat(bank).contains("nextSteps");
        assertThat(errors(QUESTIONNAIRE_SCHEMA, bank)).isEmpty();
    }

    @Test
    void theOptionalFieldsOfAnExchangeFileAreAccepted() throws IOException {
        String file = Files.readString(Path.of("src/test/resources/exchange/small-assessment.json")).replace(
                "\"status\": \"complete\"",
                "\"status\": \"complete\", \"uid\": \"3f2b8c1e-6a4d-4e0f-9b7a-2c5d8e1f0a93\", \"minGroupSize\": 4");
        assertThat(file).contains("minGroupSize");
        assertThat(errors(EXCHANGE_SCHEMA, file)).isEmpty();
    }

    /** Broken banks from the malformed-file suite whose fault a schema can see. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id-with-a-space.json", "id-missing.json", "version-not-semantic.json",
            "levels-four-only.json", "levels-six.json", "levels-two-identical.json", "level-text-empty.json",
            "bands-missing.json", "band-first-min-not-0.json", "band-min-over-100.json",
            "band-named-insufficient-evidence.json", "weight-0.json", "weight-negative.json", "weight-as-text.json",
            "dimension-kind-obstacle.json", "dimension-weight-missing.json", "dimensions-empty.json",
            "question-text-missing.json", "allow-not-applicable-as-text.json", "questions-not-a-list.json",
            "context-one-option-only.json", "context-option-listed-twice.json", "context-kind-unknown.json",
            "array-instead-of-object.json"})
    void aBrokenBankIsRefused(String name) throws IOException {
        assertThat(errors(QUESTIONNAIRE_SCHEMA, Files.readString(MALFORMED.resolve("banks").resolve(name)))).isNotEmpty();
    }

    /** Broken exchange files from the malformed-file suite whose fault a schema can see. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"format-wrong.json", "format-version-2.json", "format-version-as-text.json",
            "level-7.json", "level-minus-1.json", "level-2.5.json", "level-3-as-text.json", "response-unknown-word.json",
            "response-as-number.json", "answer-level-and-response.json", "answer-without-level-or-response.json",
            "role-unknown.json", "respondents-missing.json", "status-unknown.json", "date-day-month-year.json",
            "date-missing.json", "organisation-name-missing.json", "organisation-name-blank.json", "flagged-as-text.json",
            "note-as-number.json", "action-status-unknown.json", "action-question-and-dimension.json",
            "action-without-question-or-dimension.json", "action-description-blank.json", "actions-not-a-list.json"})
    void aBrokenExchangeFileIsRefused(String name) throws IOException {
        assertThat(errors(EXCHANGE_SCHEMA, Files.readString(MALFORMED.resolve("exchange").resolve(name)))).isNotEmpty();
    }

    @Test
    void idsTooLongOrWithWhiteSpaceOrControlCharactersAreRefused() throws IOException {
        String small = Files.readString(Path.of("src/test/resources/banks/small.json"));
        String id64 = "x".repeat(64);
        assertThat(errors(QUESTIONNAIRE_SCHEMA, small.replace("\"id\": \"a1\"", "\"id\": \"" + id64 + "\""))).isEmpty();
        for (String bad : List.of(id64 + "x", "a 1", "a\\t1", "a\\u00071", "a\\u00a01")) {
            assertThat(errors(QUESTIONNAIRE_SCHEMA, small.replace("\"id\": \"a1\"", "\"id\": \"" + bad + "\"")))
                    .as(bad).isNotEmpty();
        }
    }

    private static List<Error> errors(Path schema, String document) throws IOException {
        return REGISTRY.getSchema(Files.readString(schema)).validate(document, InputFormat.JSON);
    }

    private static List<Path> jsonIn(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
