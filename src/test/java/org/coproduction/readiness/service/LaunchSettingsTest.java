package org.coproduction.readiness.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the program works on when started without words, with --db, or with the environment variable. */
class LaunchSettingsTest {
    @TempDir
    Path folder;

    @Test
    void theEnvironmentVariableNamesTheDatabaseWhenNoWordDoes() {
        Path named = folder.resolve("shortcut.db");
        Map<String, String> environment = Map.of("COPRODUCTION_READINESS_DB", named.toString(),
                "XDG_DATA_HOME", folder.resolve("data").toString());
        LaunchSettings fromMenu = LaunchSettings.of(null, List.of(), environment);
        assertThat(fromMenu.databaseFile()).isEqualTo(named);
        // The data folder's own question banks are always used; more folders come after.
        Path more = folder.resolve("banks");
        LaunchSettings withWords = LaunchSettings.of(folder.resolve("other.db").toString(), List.of(more), environment);
        assertThat(withWords.databaseFile()).isEqualTo(folder.resolve("other.db"));
        assertThat(withWords.questionnaireFolders()).hasSize(2).endsWith(more);
        assertThat(withWords.questionnaireFolders().get(0)).isEqualTo(fromMenu.questionnaireFolders().get(0));
    }
}
