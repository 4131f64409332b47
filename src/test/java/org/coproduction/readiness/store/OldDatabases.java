package org.coproduction.readiness.store;

import java.nio.file.Path;

/** Makes database files as an older version of the program left them, for tests of upgrades. */
public final class OldDatabases {
    private OldDatabases() {
    }

    /** A new file at the given schema version (1 is the first). */
    public static void atVersion(Path file, int version) {
        Database.open(file, version).close();
    }
}
