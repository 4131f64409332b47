package org.coproduction.readiness.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process as a user would, and looks into its database with plain JDBC. */
final class Cli {
    /** The valid question bank of the tests (id "small") and its folder. */
    static final Path TEST_BANKS = Path.of("src/test/resources/banks");
    /** A valid exchange file answering the "small" bank. */
    static final Path SMALL_ASSESSMENT = Path.of("src/test/resources/exchange/small-assessment.json");

    private Cli() {
    }

    /** What one run of the command line did. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    static Result run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new CommandLine(o, e, environment).run(args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * An environment that keeps the program away from the real user's data folder: the default
     * database and the user's own question banks would live under {@code folder}.
     */
    static Map<String, String> environment(Path folder) {
        return Map.of("XDG_DATA_HOME", folder.toString(), "LOCALAPPDATA", folder.toString());
    }

    /**
     * Everything in a database file: its schema (without root page numbers, which a copy may
     * renumber), its schema version, and every row of every table, each table's rows sorted.
     */
    static List<String> dump(Path database) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
                while (rows.next()) {
                    lines.add("schema | " + rows.getString(1) + " | " + rows.getString(2) + " | " + rows.getString(3)
                            + " | " + rows.getString(4));
                    if ("table".equals(rows.getString(1))) {
                        tables.add(rows.getString(2));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
                lines.add("user_version | " + rows.getInt(1));
            }
            for (String table : tables) {
                List<String> tableRows = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            row.append(" | ").append(meta.getColumnName(column)).append('=').append(rows.getString(column));
                        }
                        tableRows.add(row.toString());
                    }
                }
                Collections.sort(tableRows);
                lines.add("table " + table + " | " + tableRows.size() + " rows");
                lines.addAll(tableRows);
            }
        }
        return lines;
    }

    /** How many rows a table has. */
    static int count(Path database, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            return rows.getInt(1);
        }
    }
}
