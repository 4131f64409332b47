package org.coproduction.readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the packaged jar as a user would ({@code java -jar target/coproduction-readiness.jar ...})
 * with a temporary database and the test question banks. Run by maven-failsafe after
 * {@code package}; the pom passes {@code app.jar} and {@code repository.root}.
 */
class EndToEndIT {
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path temp;

    private Path root;
    private Path jar;
    private Path database;
    private Path banks;
    private Path assessment;

    /** What one run of the jar did. */
    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    @BeforeEach
    void setUp() {
        root = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath();
        jar = Path.of(System.getProperty("app.jar", root.resolve("target/coproduction-readiness.jar").toString()));
        assertThat(jar).as("the packaged jar").isRegularFile();
        database = temp.resolve("e2e.db");
        banks = root.resolve("src/test/resources/banks");
        assessment = root.resolve("src/test/resources/exchange/small-assessment.json");
    }

    /** Runs the jar with the temporary database and the test banks. */
    private Run app(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", database.toString(), "--questionnaires", banks.toString()));
        all.addAll(List.of(args));
        return jar(all.toArray(String[]::new));
    }

    private Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout-" + System.nanoTime() + ".txt");
        Path err = temp.resolve("stderr-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("COPRODUCTION_READINESS_DB");
        // Keep away from the real user's data folder.
        environment.put("XDG_DATA_HOME", temp.resolve("data").toString());
        environment.put("HOME", temp.resolve("home").toString());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("java -jar " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), read(out), read(err));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("Caused by");
    }

    @Test
    @Timeout(120)
    void versionExitsZero() throws Exception {
        Run run = jar("--version");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).matches("Co-production Readiness \\S+\\R");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @Timeout(180)
    void importPrintsAnIdAndScoreJsonIsParseable() throws Exception {
        Run imported = app("import", assessment.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.out()).matches("\\d+\\R");
        assertThat(imported.err()).isEmpty();
        String id = imported.out().strip();

        Run score = app("score", id, "--json");
        assertThat(score.exit()).as(score.toString()).isZero();
        JsonNode card = new ObjectMapper().readTree(score.out());
        assertThat(card.get("overall").get("score").decimalValue()).isEqualByComparingTo("43.8");
        assertThat(card.get("overall").get("provisional").asBoolean()).isTrue();
        assertThat(card.get("dimensions")).hasSize(3);
        assertThat(card.get("findOut").get(0).asText()).isEqualTo("b2");
    }

    @Test
    @Timeout(180)
    void aMalformedFileExitsOneWithOneLineNamingTheFile() throws Exception {
        Path malformed = root.resolve("src/test/resources/malformed/exchange/level-7.json");

        Run score = app("score", "--file", malformed.toString());
        assertThat(score.exit()).as(score.toString()).isEqualTo(1);
        assertThat(score.err().lines()).as(score.toString()).hasSize(1);
        assertThat(score.err()).startsWith(malformed + ": $.answers[2].level: ");
        assertNoStackTrace(score);
        assertThat(score.out()).isEmpty();

        Path notJson = root.resolve("src/test/resources/malformed/banks/malformed-json-missing-comma.json");
        Run validate = jar("validate", notJson.toString());
        assertThat(validate.exit()).as(validate.toString()).isEqualTo(1);
        assertThat(validate.err().lines()).as(validate.toString()).hasSize(1);
        assertThat(validate.err()).containsPattern("^\\Q" + notJson + ": \\Eline \\d+, column \\d+: ");
        assertNoStackTrace(validate);

        Run imported = app("import", malformed.toString());
        assertThat(imported.exit()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.err()).startsWith(malformed + ": $.answers[2].level: ");
        assertNoStackTrace(imported);
        assertThat(imported.out()).isEmpty();
        Run list = app("list", "--json");
        assertThat(list.exit()).as(list.toString()).isZero();
        assertThat(new ObjectMapper().readTree(list.out())).as("nothing was imported").isEmpty();
    }

    @Test
    @Timeout(120)
    void aUsageErrorExitsTwo() throws Exception {
        Run unknown = app("frobnicate");
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err()).contains("frobnicate");
        assertNoStackTrace(unknown);

        Run missingOut = app("backup");
        assertThat(missingOut.exit()).as(missingOut.toString()).isEqualTo(2);
        assertThat(missingOut.err()).contains("--out");
        assertNoStackTrace(missingOut);
    }
}
