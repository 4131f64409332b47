package org.coproduction.readiness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a database file with a connection of its own, as another program (or a restart) would. */
public final class TestDatabase {
    private TestDatabase() {
    }

    /** The rows of a query, each as its columns joined by "|" (null as empty). */
    public static List<String> rows(Path file, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i) == null ? "" : r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
