package org.coproduction.readiness.service;

import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An import of many files says which file it is reading, then that it stores them. */
class ImportProgressTest {
    @TempDir
    Path folder;

    @Test
    void eachFileThenTheSavingIsReported() throws Exception {
        List<Path> seeds = BuiltInFiles.jsonFiles("seeds");
        List<String> reported = new ArrayList<>();
        try (Workspace workspace = Workspace.open(folder.resolve("progress.db"), QuestionnaireLibrary.load(List.of()))) {
            List<Long> ids = ImportAssessments.run(workspace, seeds,
                    (done, total, doing) -> reported.add(done + "/" + total + " " + doing));
            assertThat(ids).hasSize(seeds.size());
        }
        int steps = seeds.size() + 1;
        assertThat(reported).hasSize(seeds.size() + 2);
        assertThat(reported.get(0)).isEqualTo("0/" + steps + " Reading file 1 of " + seeds.size() + ": "
                + seeds.get(0).getFileName());
        assertThat(reported.get(seeds.size())).isEqualTo(seeds.size() + "/" + steps + " Saving " + seeds.size()
                + " assessments");
        assertThat(reported.get(seeds.size() + 1)).isEqualTo(steps + "/" + steps + " Done");
    }
}
