package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.TestDatabase;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.store.OldDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every assessment has a uid and its own smallest group; both travel in exchange files. */
class AssessmentSettingsCommandLineTest {
    private static final String UID = "3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c";

    @TempDir
    Path folder;

    private Path withSettings(String uid, Object minGroupSize) throws Exception {
        ObjectNode file = (ObjectNode) JsonFiles.mapper().readTree(Cli.SMALL_ASSESSMENT.toFile());
        ObjectNode details = (ObjectNode) file.get("assessment");
        if (uid != null) {
            details.put("uid", uid);
        }
        if (minGroupSize instanceof Integer whole) {
            details.put("minGroupSize", whole);
        } else if (minGroupSize instanceof Double fraction) {
            details.put("minGroupSize", fraction);
        }
        Path path = folder.resolve("settings-" + System.nanoTime() + ".json");
        Files.writeString(path, JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(file));
        return path;
    }

    private Cli.Result run(String... args) {
        List<String> words = new java.util.ArrayList<>(List.of("--db", folder.resolve("settings.db").toString(),
                "--questionnaires", Cli.TEST_BANKS.toString()));
        words.addAll(List.of(args));
        return Cli.run(Cli.environment(folder), words.toArray(String[]::new));
    }

    @Test
    void theUidAndTheSmallestGroupAreKeptUsedAndExported() throws Exception {
        Cli.Result imported = run("import", withSettings(UID, 1).toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        String id = imported.out().strip();
        // With a smallest group of 1, the manager and the service user each show their side.
        JsonNode score = JsonFiles.mapper().readTree(run("score", id, "--json").out()).get("perspectives");
        assertThat(score.get("minGroupSize").asInt()).isEqualTo(1);
        assertThat(score.get("sides")).allSatisfy(side -> assertThat(side.get("shown").asBoolean()).isTrue());

        Path out = folder.resolve("out.json");
        assertThat(run("export", id, "--out", out.toString()).exit()).isZero();
        JsonNode details = JsonFiles.mapper().readTree(out.toFile()).get("assessment");
        assertThat(details.get("uid").asText()).isEqualTo(UID);
        assertThat(details.get("minGroupSize").asInt()).isEqualTo(1);
    }

    @Test
    void anOlderFileWithoutAUidGetsOneAndTheUsualSmallestGroup() throws Exception {
        String id = run("import", Cli.SMALL_ASSESSMENT.toString()).out().strip();
        assertThat(TestDatabase.rows(folder.resolve("settings.db"), "SELECT uid, min_group_size FROM assessment"))
                .singleElement().asString().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\\|3");
        assertThat(JsonFiles.mapper().readTree(run("score", id, "--json").out()).get("perspectives")
                .get("minGroupSize").asInt()).isEqualTo(3);
    }

    @Test
    void aSmallestGroupOutsideOneToTenOrABadUidIsRefusedAndChangesNothing() throws Exception {
        for (Object size : List.of(0, 11, 2.5)) {
            Path file = withSettings(null, size);
            Cli.Result refused = run("import", file.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).contains(file.toString()).contains("$.assessment.minGroupSize")
                    .contains("a whole number from 1 to 10");
        }
        Path badUid = withSettings("not-a-uid", null);
        assertThat(run("import", badUid.toString()).err()).contains("$.assessment.uid").contains("must be a UUID");
        // Refused before anything was opened: not even a database was made.
        assertThat(folder.resolve("settings.db")).doesNotExist();
    }

    @Test
    void assessmentsStoredBeforeUidsGetOneEachWhenTheDatabaseIsUpgraded() throws Exception {
        Path database = folder.resolve("settings.db");
        OldDatabases.atVersion(database, 3);
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + database);
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO organisation (id, name) VALUES (1, 'Old Trust')");
            for (int i = 1; i <= 3; i++) {
                statement.execute("INSERT INTO assessment (organisation_id, questionnaire_id, questionnaire_version, title,"
                        + " assessed_on, status) VALUES (1, 'small', '1.0.0', 'Old " + i + "', '2024-01-0" + i + "', 'draft')");
            }
        }
        assertThat(run("list").exit()).isZero();
        List<String> uids = TestDatabase.rows(database, "SELECT uid FROM assessment");
        assertThat(uids).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(uid -> assertThat(uid).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }
}
