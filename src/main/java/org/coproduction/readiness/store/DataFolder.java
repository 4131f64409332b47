package org.coproduction.readiness.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the program keeps its data on each operating system, and which database file to use:
 * {@code --db} first, then {@code COPRODUCTION_READINESS_DB}, then the user's data folder.
 */
public final class DataFolder {
    public static final String APP_FOLDER = "coproduction-readiness";
    public static final String DATABASE_VARIABLE = "COPRODUCTION_READINESS_DB";
    public static final String DATABASE_FILE = "coproduction-readiness.db";

    private DataFolder() {
    }

    /** The user's data folder for this program. */
    public static Path folder(Map<String, String> environment) {
        String os = System.getProperty("os.name", "").toLowerCase();
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = environment.get("LOCALAPPDATA");
            return Path.of(local != null && !local.isBlank() ? local : home + "\\AppData\\Local", APP_FOLDER);
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", APP_FOLDER);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", APP_FOLDER);
    }

    /** The database file: the one asked for, else the environment's, else the default. */
    public static Path databaseFile(String asked, Map<String, String> environment) {
        if (asked != null && !asked.isBlank()) {
            return Path.of(asked);
        }
        String fromEnvironment = environment.get(DATABASE_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return folder(environment).resolve(DATABASE_FILE);
    }

    /** The folder where an organisation can add its own question banks. */
    public static Path questionnaireFolder(Map<String, String> environment) {
        return folder(environment).resolve("questionnaires");
    }
}
