package org.coproduction.readiness.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The program's name and version, as the build wrote them. */
public final class AppInfo {
    public static final String NAME = "Co-production Readiness";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
