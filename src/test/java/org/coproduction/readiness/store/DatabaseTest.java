package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database file: settings, migrations and the messages people see when something is wrong. */
class DatabaseTest {
    @TempDir
    Path folder;

    @Test
    void aNewFileGetsTheWholeSchemaWithForeignKeysAndWriteAheadLog() throws Exception {
        try (Database database = Database.open(folder.resolve("new.db"))) {
            assertThat(database.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            Integer foreignKeys = database.run(c -> c.createStatement().executeQuery("PRAGMA foreign_keys").getInt(1));
            String journal = database.run(c -> c.createStatement().executeQuery("PRAGMA journal_mode").getString(1));
            assertThat(foreignKeys).isEqualTo(1);
            assertThat(journal).isEqualTo("wal");
        }
    }

    @Test
    void openingCreatesMissingFolders() {
        Path file = folder.resolve("a").resolve("b").resolve("data.db");
        try (Database database = Database.open(file)) {
            assertThat(Files.exists(file)).isTrue();
        }
    }

    @Test
    void upgradingFromVersionOneKeepsEveryRow() throws Exception {
        Path file = folder.resolve("old.db");
        try (Database old = Database.open(file, 1)) {
            assertThat(old.schemaVersion()).isEqualTo(1);
            old.run(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO organisation (id, name, registered_number, area) VALUES (1, 'Old Trust', '123', 'Kent')");
                    s.execute("INSERT INTO assessment (id, organisation_id, questionnaire_id, questionnaire_version, title,"
                            + " assessed_on, status) VALUES (7, 1, 'small', '1.0.0', 'Spring', '2024-04-01', 'complete')");
                    s.execute("INSERT INTO respondent (id, assessment_id, key, role, label) VALUES (3, 7, 'r1', 'trustee', 'Jo')");
                    s.execute("INSERT INTO answer (respondent_id, question_id, response, level, note, flagged)"
                            + " VALUES (3, 'a1', 'level', 2, 'a note', 1)");
                    s.execute("INSERT INTO answer (respondent_id, question_id, response, level) VALUES (3, 'b1', 'dont-know', NULL)");
                    s.execute("INSERT INTO context_answer (assessment_id, question_id, value) VALUES (7, 'size', '1-10')");
                }
                return null;
            });
        }
        List<String> before = dump(file, List.of("organisation", "respondent", "context_answer"));
        List<String> answersBefore = dump(file, "SELECT respondent_id, question_id, response, level, note, flagged FROM answer"
                + " ORDER BY question_id");
        List<String> assessmentsBefore = dump(file, "SELECT id, organisation_id, questionnaire_id, questionnaire_version,"
                + " title, assessed_on, status, created_at FROM assessment");

        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        }
        assertThat(dump(file, List.of("organisation", "respondent", "context_answer"))).isEqualTo(before);
        assertThat(dump(file, "SELECT respondent_id, question_id, response, level, note, flagged FROM answer"
                + " ORDER BY question_id")).isEqualTo(answersBefore).hasSize(2);
        assertThat(dump(file, "SELECT id, organisation_id, questionnaire_id, questionnaire_version, title, assessed_on,"
                + " status, created_at FROM assessment")).isEqualTo(assessmentsBefore).hasSize(1);
        // The new columns are there, with sensible values for old rows.
        assertThat(dump(file, "SELECT current_step, updated_at = created_at FROM assessment")).containsExactly("|1");
    }

    @Test
    void upgradingFromVersionTwoKeepsEveryRowAndAddsAnEmptyActionPlan() throws Exception {
        Path file = folder.resolve("version-2.db");
        try (Database old = Database.open(file, 2)) {
            assertThat(old.schemaVersion()).isEqualTo(2);
            old.run(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO organisation (id, name, registered_number, area) VALUES (1, 'Old Trust', '123', 'Kent')");
                    s.execute("INSERT INTO organisation (id, name) VALUES (2, 'Second Trust')");
                    s.execute("INSERT INTO assessment (id, organisation_id, questionnaire_id, questionnaire_version, title,"
                            + " assessed_on, status, current_step, updated_at) VALUES (7, 1, 'small', '1.0.0', 'Spring',"
                            + " '2024-04-01', 'complete', '', '2024-04-02T10:00:00Z')");
                    s.execute("INSERT INTO assessment (id, organisation_id, questionnaire_id, questionnaire_version, title,"
                            + " assessed_on, status, current_step, updated_at) VALUES (8, 2, 'small', '1.0.0', 'Draft',"
                            + " '2025-01-10', 'draft', 'dimension:beta', '2025-01-11T09:30:00Z')");
                    s.execute("INSERT INTO respondent (id, assessment_id, key, role, label) VALUES (3, 7, 'r1', 'trustee', 'Jo')");
                    s.execute("INSERT INTO respondent (id, assessment_id, key, role, label) VALUES (4, 8, 'r1', 'carer', '')");
                    s.execute("INSERT INTO answer (respondent_id, question_id, response, level, note, flagged, updated_at)"
                            + " VALUES (3, 'a1', 'level', 2, 'a note', 1, '2024-04-02T10:00:00Z')");
                    s.execute("INSERT INTO answer (respondent_id, question_id, response, level, updated_at)"
                            + " VALUES (3, 'b1', 'dont-know', NULL, '2024-04-02T10:01:00Z')");
                    s.execute("INSERT INTO answer (respondent_id, question_id, response, note, flagged)"
                            + " VALUES (4, 'g1', NULL, 'ask the carers group', 1)");
                    s.execute("INSERT INTO context_answer (assessment_id, question_id, value) VALUES (7, 'size', '1-10')");
                    s.execute("INSERT INTO context_answer (assessment_id, question_id, value) VALUES (8, 'service', 'Lunch club')");
                }
                return null;
            });
        }
        List<String> tables = List.of("organisation", "assessment", "respondent", "answer", "context_answer");
        List<String> before = dump(file, tables);
        assertThat(before).hasSize(tables.size() + 2 + 2 + 2 + 3 + 2);

        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            assertThat(new ActionStore(upgraded).listFor(1)).isEmpty();
        }

        assertThat(withoutAssessmentSettings(dump(file, tables))).isEqualTo(before);
        assertThat(dump(file, "SELECT name FROM sqlite_master WHERE tbl_name = 'action' ORDER BY name"))
                .containsExactly("action", "action_by_organisation", "action_by_source", "action_open_by_question");
        // The upgraded file takes actions, and its old rows still work with them.
        try (Database upgraded = Database.open(file)) {
            AssessmentStore assessments = new AssessmentStore(upgraded);
            assertThat(assessments.load(7)).get().satisfies(a -> {
                assertThat(a.answers()).hasSize(2);
                assertThat(a.actions()).isEmpty();
            });
            ActionStore actions = new ActionStore(upgraded);
            actions.add(Action.of(1, "small", ActionLink.question("a1"), "Train the trustees")
                    .withSource(Optional.of(ActionSource.of(assessments.summary(7).orElseThrow()))));
            assertThat(actions.openByQuestion(1)).containsOnlyKeys("a1");
        }
        assertThat(withoutAssessmentSettings(dump(file, tables))).isEqualTo(before);
    }

    /**
     * Every row as it was before version 4, which added two columns to assessments (a uid and the
     * smallest group), filled in for old rows: checked here, then set aside for the comparison.
     */
    private static List<String> withoutAssessmentSettings(List<String> dump) {
        List<String> rows = new ArrayList<>(dump);
        for (int i = rows.indexOf("#assessment") + 1; i < rows.indexOf("#respondent"); i++) {
            String row = rows.get(i);
            assertThat(row).matches(".*\\|[0-9a-f-]{36}\\|3");
            rows.set(i, row.substring(0, row.length() - ("|" + "x".repeat(36) + "|3").length()));
        }
        return rows;
    }

    @Test
    void openingTwiceDoesNotMigrateAgain() {
        Path file = folder.resolve("twice.db");
        Database.open(file).close();
        try (Database again = Database.open(file)) {
            assertThat(again.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        }
    }

    @Test
    void aDatabaseFromANewerProgramIsRefusedUntouched() throws Exception {
        Path file = folder.resolve("newer.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.TOO_NEW))
                .hasMessageContaining("newer version");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithAClearMessage() throws Exception {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "These are my meeting notes, not a database. ".repeat(100));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.DAMAGED))
                .hasMessageContaining("damaged or is not a Co-production Readiness database");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsDatabaseIsNotTouched() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class).hasMessageContaining("another program");
        assertThat(dump(file, "SELECT name FROM sqlite_master")).containsExactly("recipes");
    }

    @Test
    void aFileHeldByAnotherProgramGetsAMessageAboutTheOtherCopy() throws Exception {
        Path file = folder.resolve("busy.db");
        Database.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO organisation (name) VALUES ('Held')");
            assertThatThrownBy(() -> Database.open(file).close())
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.LOCKED))
                    .hasMessageContaining("in use by another copy");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void migrationsSplitIntoStatements() {
        assertThat(Database.statements("-- a comment; with a semicolon\nCREATE TABLE a (x);\n\nCREATE TABLE b (y);\n"))
                .containsExactly("CREATE TABLE a (x)", "CREATE TABLE b (y)");
    }

    /** Every row of the tables, as text, in a fixed order. */
    static List<String> dump(Path file, List<String> tables) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            rows.add("#" + table);
            rows.addAll(dump(file, "SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return rows;
    }

    static List<String> dump(Path file, String query) throws Exception {
        return TestDatabase.rows(file, query);
    }
}
