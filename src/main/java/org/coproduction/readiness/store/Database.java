package org.coproduction.readiness.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite database file (spec section 8): foreign keys on, write-ahead log, every change
 * committed at once, and a versioned schema that upgrades itself in one transaction per step.
 * One connection, used by one thread at a time (the database executor in the window, the main
 * thread on the command line).
 */
public final class Database implements AutoCloseable {
    /** The migrations in order; the schema version is how many have run. */
    static final List<String> MIGRATIONS = List.of("001-initial.sql", "002-progress.sql", "003-actions.sql");
    private static final int BUSY_TIMEOUT_MILLISECONDS = 3000;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating if needed) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, MIGRATIONS.size());
    }

    /** Opens the file migrated only up to {@code version}: for tests of upgrades. */
    static Database open(Path file, int version) {
        Path absolute = file.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY,
                    "The folder for the database (" + absolute.getParent() + ") cannot be created. Choose a folder you"
                            + " can write to.", e);
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + absolute, config().toProperties());
            Database database = new Database(absolute, connection);
            database.migrate(version);
            return database;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(absolute, e);
        } catch (StoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: an answer acknowledged as saved survives a power cut.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLISECONDS);
        return config;
    }

    public Path file() {
        return file;
    }

    /** The schema version the file is at. */
    public int schemaVersion() {
        try (Statement statement = connection.createStatement()) {
            return statement.executeQuery("PRAGMA user_version").getInt(1);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private void migrate(int target) throws SQLException {
        int current = schemaVersion();
        if (current > MIGRATIONS.size()) {
            throw new StoreException(StoreException.Kind.TOO_NEW, "The database " + file + " was made by a newer version"
                    + " of Co-production Readiness. Install the newer version to open it.");
        }
        if (current == 0) {
            checkIsEmptyOrOurs();
        }
        for (int version = current + 1; version <= target; version++) {
            String sql = migration(MIGRATIONS.get(version - 1));
            final int next = version;
            inTransaction(c -> {
                try (Statement statement = c.createStatement()) {
                    for (String part : statements(sql)) {
                        statement.execute(part);
                    }
                    statement.execute("PRAGMA user_version = " + next);
                }
                return null;
            });
        }
    }

    /** A file at schema version 0 must be empty: we never build our tables beside someone else's. */
    private void checkIsEmptyOrOurs() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").getInt(1);
            if (tables > 0) {
                throw new StoreException(StoreException.Kind.DAMAGED, "The file " + file + " is a database of another"
                        + " program, not of Co-production Readiness. Choose another file.");
            }
        }
    }

    private static String migration(String name) {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable migration " + name, e);
        }
    }

    /** Splits a migration into statements: they end with a semicolon at the end of a line. */
    static List<String> statements(String sql) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Work that uses the connection and may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work in one transaction: all of it is committed, or none of it. */
    public <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Runs one statement's work, committed at once. */
    public <T> T run(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Writes a consistent copy of the database, even while it is in use. */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(StoreException.Kind.REJECTED, "The file " + absolute + " already exists. Choose a new"
                    + " name for the backup so that nothing is overwritten.");
        }
        run(c -> {
            try (var statement = c.prepareStatement("VACUUM INTO ?")) {
                statement.setString(1, absolute.toString());
                statement.execute();
            }
            return null;
        });
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing after a failure: nothing more to save.
            }
        }
    }

    /** Turns SQLite's error codes into a message a person can act on. */
    static StoreException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return new StoreException(StoreException.Kind.LOCKED, "The database " + file + " is in use by another copy"
                        + " of the program. Close the other copy and try again.", e);
            }
            if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")
                    || name.startsWith("SQLITE_AUTH")) {
                return new StoreException(StoreException.Kind.READ_ONLY, "The database " + file + " cannot be written"
                        + " (it or its folder may be read-only). Move it to a folder you can write to, or choose another"
                        + " file.", e);
            }
            if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
                return new StoreException(StoreException.Kind.DAMAGED, "The file " + file + " is damaged or is not a"
                        + " Co-production Readiness database. Restore it from a backup, or choose another file.", e);
            }
            if (name.startsWith("SQLITE_CONSTRAINT")) {
                return new StoreException(StoreException.Kind.REJECTED, "The change was refused because it breaks a rule"
                        + " of the data (" + firstLine(e.getMessage()) + "). Nothing was changed.", e);
            }
            if (name.startsWith("SQLITE_FULL")) {
                return new StoreException(StoreException.Kind.OTHER, "The disk is full, so the change was not saved. Free"
                        + " some space and try again.", e);
            }
        }
        return new StoreException(StoreException.Kind.OTHER, "The database " + file + " could not be used: "
                + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
