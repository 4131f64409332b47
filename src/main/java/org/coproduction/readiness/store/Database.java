package org.coproduction.readiness.store;

import org.coproduction.readiness.common.AtomicWrite;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQLite database file (docs/data-safety.md): foreign keys on, write-ahead log, every change
 * committed at once, and a versioned schema that upgrades itself in one transaction per step.
 * One connection, used by one thread at a time (the database executor in the window, the main
 * thread on the command line). Before an upgrade it keeps a copy of the file as it was, and
 * backups are checked copies that never overwrite a file.
 */
public final class Database implements AutoCloseable {
    /** The migrations in order; the schema version is how many have run. */
    static final List<String> MIGRATIONS = List.of("001-initial.sql", "002-progress.sql", "003-actions.sql",
            "004-assessment-settings.sql");
    private static final int BUSY_TIMEOUT_MILLISECONDS = 3000;
    /** More copies than anyone keeps by hand: past this, something else is wrong. */
    private static final int MOST_UPGRADE_COPY_NAMES = 1000;

    private final Path file;
    private final Connection connection;
    /** The copy kept before this opening upgraded the file, if it did. */
    private Path upgradeCopy;

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

    /** Where the copy of the file as it was before this opening upgraded it is kept; empty if no upgrade ran. */
    public Optional<Path> upgradeCopy() {
        return Optional.ofNullable(upgradeCopy);
    }

    /** A sentence telling the user about the upgrade and the copy, to show once after opening. */
    public Optional<String> upgradeNotice() {
        return upgradeCopy().map(copy -> "Your database was upgraded to work with this version of Co-production"
                + " Readiness. A copy of it as it was is kept at " + copy + ".");
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
        if (current >= 1 && current < target) {
            // Taken before any step runs: should an upgrade ever go wrong in a way the transactions
            // do not catch (a mistake in a migration), the data as it was is still there. A new,
            // empty file (version 0) has nothing to keep.
            upgradeCopy = keepCopyBeforeUpgrade(target);
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

    /**
     * Writes a consistent copy of the database, even while it is in use. Never overwrites a file:
     * the copy is made under a hidden name beside the target, checked, and only then given the
     * target's name, so a failure leaves nothing behind and trying again with the same name works.
     */
    public void backupTo(Path target) {
        backupTo(target, Database::integrityCheck);
    }

    /** How a finished copy is checked: SQLite's own check, or a failing one in tests. */
    @FunctionalInterface
    interface CopyCheck {
        /** "ok", or what is wrong with the copy. */
        String check(Path copy) throws SQLException, IOException;
    }

    void backupTo(Path target, CopyCheck check) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw backupExists(absolute);
        }
        Path temporary = AtomicWrite.temporaryBeside(absolute, ".partial");
        try {
            writeCheckedCopy(temporary, check);
            placeWithoutReplacing(temporary, absolute);
        } catch (FileAlreadyExistsException e) {
            // Another program saved a file of that name while we were copying: it is theirs, keep it.
            throw backupExists(absolute);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "The backup could not be saved as " + absolute
                    + ". Check that you can write to that folder and that the disk has space, or choose another place."
                    + " Nothing was left behind, so you can try again with the same name.", e);
        } finally {
            deleteCopyQuietly(temporary);
        }
    }

    private static StoreException backupExists(Path target) {
        return new StoreException(StoreException.Kind.REJECTED, "The file " + target + " already exists. Choose a new"
                + " name for the backup so that nothing is overwritten.");
    }

    /**
     * Copies the database into the (new) temporary file, forces it to the disk and checks it. Any
     * failure is a StoreException or IOException; the caller deletes the temporary file.
     */
    private void writeCheckedCopy(Path temporary, CopyCheck check) throws IOException {
        try (var statement = connection.prepareStatement("VACUUM INTO ?")) {
            // VACUUM INTO reads one snapshot (consistent even while answers are being saved) and
            // writes a compact copy with no write-ahead log beside it: one self-contained file.
            statement.setString(1, temporary.toString());
            statement.execute();
        } catch (SQLException e) {
            throw copyNotWritten(temporary.getParent(), e);
        }
        // SQLite does not sync the file VACUUM INTO writes: do it, or a power cut just after the
        // backup "succeeded" could leave an empty or half-written copy under the final name.
        AtomicWrite.syncFile(temporary);
        String verdict;
        try {
            verdict = check.check(temporary);
        } catch (SQLException e) {
            verdict = firstLine(e.getMessage());
        }
        if (!"ok".equals(verdict)) {
            throw new StoreException(StoreException.Kind.DAMAGED, "The copy of the database did not pass its check,"
                    + " so it was not kept. Your database itself was not changed. Try again; if this happens again,"
                    + " your database may be damaged: keep your earlier backups safe and ask for help.",
                    new IllegalStateException("integrity_check of the copy: " + verdict));
        }
    }

    private static StoreException copyNotWritten(Path folder, SQLException e) {
        String code = e instanceof SQLiteException sqlite && sqlite.getResultCode() != null
                ? sqlite.getResultCode().name() : "";
        if (code.startsWith("SQLITE_FULL")) {
            return new StoreException(StoreException.Kind.OTHER, "There is not enough space on the disk of " + folder
                    + " for a copy of the database. Free some space, or choose another place, and try again.", e);
        }
        return new StoreException(StoreException.Kind.READ_ONLY, "A copy of the database could not be written in the"
                + " folder " + folder + ". Check that the folder exists and that you can write to it, or choose another"
                + " place.", e);
    }

    /** SQLite's own check of every page and index of a copy, read-only so the check cannot change it. */
    static String integrityCheck(Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy, config.toProperties());
             Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        }
        return String.join("; ", problems);
    }

    /**
     * Gives the finished copy its name, never replacing a file already there, even one that
     * appeared a moment ago.
     */
    private static void placeWithoutReplacing(Path temporary, Path target) throws IOException {
        try {
            // A hard link is made only if the name is free, in one step: no window in which another
            // file of that name could be overwritten. The caller then deletes the temporary name.
            Files.createLink(target, temporary);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            // FAT and exFAT memory sticks and some network shares have no hard links. A move without
            // REPLACE_EXISTING refuses an existing name too (it looks first, then renames).
            Files.move(temporary, target);
        }
        AtomicWrite.syncFolder(target.getParent());
    }

    /** Removes a temporary copy and anything SQLite may have left beside it. */
    private static void deleteCopyQuietly(Path temporary) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + suffix));
            } catch (IOException ignored) {
                // Hidden and harmless; nothing better to do than leave it.
            }
        }
    }

    /**
     * Copies the file as it is to {@code <name>.before-v<version>.db} beside it (or {@code -2},
     * {@code -3}… when that name is taken: an older copy is never overwritten) and returns where.
     * If no copy can be made the upgrade does not start: better not to open than to risk the data.
     */
    private Path keepCopyBeforeUpgrade(int version) {
        String name = file.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        Path temporary = AtomicWrite.temporaryBeside(file, ".partial");
        try {
            writeCheckedCopy(temporary, Database::integrityCheck);
            for (int n = 1; n <= MOST_UPGRADE_COPY_NAMES; n++) {
                Path copy = file.resolveSibling(base + ".before-v" + version + (n == 1 ? "" : "-" + n) + ".db");
                try {
                    placeWithoutReplacing(temporary, copy);
                    return copy;
                } catch (FileAlreadyExistsException taken) {
                    // An older copy: keep it and try the next name.
                }
            }
            throw new IOException("No free name for the copy beside " + file);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.DAMAGED) {
                throw new StoreException(StoreException.Kind.DAMAGED, "This version of Co-production Readiness needs to"
                        + " upgrade the database " + file + ", and first keeps a copy of it as it was. That copy did not"
                        + " pass its check, so the database may be damaged. Nothing was changed. Restore it from a"
                        + " backup, or ask for help.", e);
            }
            throw copyBeforeUpgradeNotSaved(e);
        } catch (IOException e) {
            throw copyBeforeUpgradeNotSaved(e);
        } finally {
            deleteCopyQuietly(temporary);
        }
    }

    private StoreException copyBeforeUpgradeNotSaved(Exception e) {
        return new StoreException(StoreException.Kind.READ_ONLY, "This version of Co-production Readiness needs to"
                + " upgrade the database " + file + ", and first keeps a copy of it as it was. That copy could not be"
                + " saved, so nothing was changed. Make sure the folder can be written to and the disk has space, then"
                + " open the database again.", e);
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
