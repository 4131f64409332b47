package org.coproduction.readiness.store;

import org.coproduction.readiness.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The copies the database makes: backups (checked, never overwriting, nothing left behind when
 * they fail) and the copy kept before an upgrade.
 */
class DatabaseCopiesTest {
    private static final List<String> TABLES = List.of("organisation", "assessment", "respondent", "answer",
            "context_answer");

    @TempDir
    Path folder;

    // backups --------------------------------------------------------------------------------------

    @Test
    void aBackupOpensAndHoldsTheDataAndLeavesNothingElse() throws Exception {
        Path file = folder.resolve("data.db");
        Path backup = folder.resolve("backup.db");
        try (Database database = Database.open(file)) {
            fillVersionTwoRows(database);
            database.backupTo(backup);
        }
        assertThat(TestDatabase.rows(backup, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(DatabaseTest.dump(backup, TABLES)).isEqualTo(DatabaseTest.dump(file, TABLES)).hasSizeGreaterThan(10);
        try (Database restored = Database.open(backup)) {
            assertThat(restored.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            assertThat(restored.upgradeCopy()).isEmpty();
        }
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void anExistingFileIsRefusedAndLeftByteForByte() throws Exception {
        Path existing = folder.resolve("precious.db");
        byte[] content = "last year's backup, keep it".getBytes(StandardCharsets.UTF_8);
        Files.write(existing, content);
        try (Database database = Database.open(folder.resolve("data.db"))) {
            assertThatThrownBy(() -> database.backupTo(existing))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.REJECTED))
                    .hasMessageContaining("already exists").hasMessageContaining("precious.db");
        }
        assertThat(Files.readAllBytes(existing)).isEqualTo(content);
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void aCopyThatFailsItsCheckIsRemovedAndTheSameNameWorksNextTime() throws Exception {
        Path backup = folder.resolve("backup.db");
        try (Database database = Database.open(folder.resolve("data.db"))) {
            fillVersionTwoRows(database);
            assertThatThrownBy(() -> database.backupTo(backup, copy -> "*** in database main ***\nPage 7: btreeInitPage() returns error code 11"))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED))
                    .hasMessageContaining("did not pass its check").hasMessageContaining("was not changed")
                    .hasMessageNotContainingAny("btree", "SQLITE", "Exception");
            assertThat(backup).doesNotExist();
            assertThat(hiddenFiles()).isEmpty();

            database.backupTo(backup);
        }
        assertThat(TestDatabase.rows(backup, "SELECT name FROM organisation ORDER BY id")).containsExactly("Old Trust",
                "Second Trust");
    }

    @Test
    void aFailureWhileCheckingLeavesNoFileAndTheSameNameWorksNextTime() throws Exception {
        Path backup = folder.resolve("backup.db");
        try (Database database = Database.open(folder.resolve("data.db"))) {
            assertThatThrownBy(() -> database.backupTo(backup, copy -> {
                throw new IOException("Input/output error (the memory stick was pulled out)");
            })).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY))
                    .hasMessageContaining("could not be saved as").hasMessageContaining("try again with the same name");
            assertThat(backup).doesNotExist();
            assertThat(hiddenFiles()).isEmpty();

            database.backupTo(backup);
        }
        assertThat(TestDatabase.rows(backup, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void aFileThatAppearsWhileCopyingIsNeverOverwritten() throws Exception {
        Path backup = folder.resolve("backup.db");
        try (Database database = Database.open(folder.resolve("data.db"))) {
            assertThatThrownBy(() -> database.backupTo(backup, copy -> {
                Files.writeString(backup, "saved by another program meanwhile");
                return Database.integrityCheck(copy);
            })).isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        }
        assertThat(Files.readString(backup)).isEqualTo("saved by another program meanwhile");
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void aMissingFolderGetsAClearMessageAndNothingIsMade() {
        Path backup = folder.resolve("no such folder").resolve("backup.db");
        try (Database database = Database.open(folder.resolve("data.db"))) {
            assertThatThrownBy(() -> database.backupTo(backup))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY))
                    .hasMessageContaining("could not be written in the folder");
        }
        assertThat(backup.getParent()).doesNotExist();
    }

    // the copy before an upgrade ------------------------------------------------------------------

    @Test
    void upgradingFromVersionOneKeepsACopyAsItWasOnce() throws Exception {
        Path file = folder.resolve("old.db");
        try (Database old = Database.open(file, 1)) {
            fillVersionOneRows(old);
        }
        List<String> tables = List.of("organisation", "respondent", "answer", "context_answer");
        List<String> before = DatabaseTest.dump(file, tables);

        Path expected = folder.resolve("old.before-v" + Database.MIGRATIONS.size() + ".db");
        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            assertThat(upgraded.upgradeCopy()).contains(expected);
            assertThat(upgraded.upgradeNotice()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("Your database was upgraded to work with this version")
                    .contains("A copy of it as it was is kept at " + expected);
        }
        assertThat(TestDatabase.rows(expected, "PRAGMA user_version")).containsExactly("1");
        assertThat(TestDatabase.rows(expected, "PRAGMA integrity_check")).containsExactly("ok");
        assertThat(DatabaseTest.dump(expected, tables)).isEqualTo(before);
        // The old layout, untouched by the upgrade: no column the second migration adds.
        assertThat(TestDatabase.rows(expected, "SELECT name FROM pragma_table_info('assessment')")).doesNotContain("current_step");

        try (Database again = Database.open(file)) {
            assertThat(again.upgradeCopy()).isEmpty();
            assertThat(again.upgradeNotice()).isEmpty();
        }
        assertThat(copiesBeforeUpgrade()).containsExactly(expected.getFileName().toString());
        assertThat(hiddenFiles()).isEmpty();
    }

    @Test
    void upgradingFromVersionTwoKeepsACopyAtVersionTwo() throws Exception {
        Path file = folder.resolve("version-2.db");
        try (Database old = Database.open(file, 2)) {
            fillVersionTwoRows(old);
        }
        List<String> before = DatabaseTest.dump(file, TABLES);
        try (Database upgraded = Database.open(file)) {
            Path copy = upgraded.upgradeCopy().orElseThrow();
            assertThat(TestDatabase.rows(copy, "PRAGMA user_version")).containsExactly("2");
            assertThat(DatabaseTest.dump(copy, TABLES)).isEqualTo(before);
            assertThat(TestDatabase.rows(copy, "SELECT name FROM sqlite_master WHERE name = 'action'")).isEmpty();
        }
    }

    @Test
    void anOlderCopyIsNeverOverwrittenTheNextFreeNameIsUsed() throws Exception {
        Path file = folder.resolve("old.db");
        Database.open(file, 1).close();
        int version = Database.MIGRATIONS.size();
        Path taken = folder.resolve("old.before-v" + version + ".db");
        Files.writeString(taken, "a copy from an earlier upgrade");
        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.upgradeCopy()).contains(folder.resolve("old.before-v" + version + "-2.db"));
        }
        assertThat(Files.readString(taken)).isEqualTo("a copy from an earlier upgrade");
        assertThat(TestDatabase.rows(folder.resolve("old.before-v" + version + "-2.db"), "PRAGMA user_version"))
                .containsExactly("1");
    }

    @Test
    void aFileWithAnotherEndingKeepsItInTheCopysName() throws Exception {
        Path file = folder.resolve("assessments.sqlite");
        Database.open(file, 2).close();
        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.upgradeCopy()).contains(folder.resolve("assessments.sqlite.before-v"
                    + Database.MIGRATIONS.size() + ".db"));
        }
    }

    @Test
    void aNewDatabaseMakesNoCopy() throws Exception {
        try (Database database = Database.open(folder.resolve("new.db"))) {
            assertThat(database.upgradeCopy()).isEmpty();
            assertThat(database.upgradeNotice()).isEmpty();
        }
        try (Database database = Database.open(folder.resolve("new.db"))) {
            assertThat(database.upgradeCopy()).isEmpty();
        }
        assertThat(copiesBeforeUpgrade()).isEmpty();
    }

    // helpers ------------------------------------------------------------------------------------

    private static void fillVersionOneRows(Database database) {
        database.run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO organisation (id, name, registered_number, area) VALUES (1, 'Old Trust', '123', 'Kent')");
                s.execute("INSERT INTO assessment (id, organisation_id, questionnaire_id, questionnaire_version, title,"
                        + " assessed_on, status) VALUES (7, 1, 'small', '1.0.0', 'Spring', '2024-04-01', 'complete')");
                s.execute("INSERT INTO respondent (id, assessment_id, key, role, label) VALUES (3, 7, 'r1', 'trustee', 'Jo')");
                s.execute("INSERT INTO answer (respondent_id, question_id, response, level, note, flagged)"
                        + " VALUES (3, 'a1', 'level', 2, 'a note', 1)");
                s.execute("INSERT INTO context_answer (assessment_id, question_id, value) VALUES (7, 'size', '1-10')");
            }
            return null;
        });
    }

    private static void fillVersionTwoRows(Database database) {
        database.run(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO organisation (id, name, registered_number, area) VALUES (1, 'Old Trust', '123', 'Kent')");
                s.execute("INSERT INTO organisation (id, name) VALUES (2, 'Second Trust')");
                s.execute("INSERT INTO assessment (id, organisation_id, questionnaire_id, questionnaire_version, title,"
                        + " assessed_on, status, current_step, updated_at) VALUES (7, 1, 'small', '1.0.0', 'Spring',"
                        + " '2024-04-01', 'complete', '', '2024-04-02T10:00:00Z')");
                s.execute("INSERT INTO respondent (id, assessment_id, key, role, label) VALUES (3, 7, 'r1', 'trustee', 'Jo')");
                s.execute("INSERT INTO answer (respondent_id, question_id, response, level, note, flagged, updated_at)"
                        + " VALUES (3, 'a1', 'level', 2, 'a note', 1, '2024-04-02T10:00:00Z')");
                s.execute("INSERT INTO answer (respondent_id, question_id, response, level, updated_at)"
                        + " VALUES (3, 'b1', 'dont-know', NULL, '2024-04-02T10:01:00Z')");
                s.execute("INSERT INTO context_answer (assessment_id, question_id, value) VALUES (7, 'size', '1-10')");
            }
            return null;
        });
    }

    /** Temporary copies left in the folder: there must never be any once a call returns. */
    private List<String> hiddenFiles() throws IOException {
        return names().stream().filter(n -> n.startsWith(".")).toList();
    }

    private List<String> copiesBeforeUpgrade() throws IOException {
        return names().stream().filter(n -> n.contains(".before-v")).toList();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
