package org.coproduction.readiness.cli;

import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.ImportAssessments;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code import FILE…}: stores assessments from exchange files, all or none, and prints each new id. */
@Command(name = "import", customSynopsis = "coproduction-readiness import FILE... [OPTIONS]",
        description = "Store assessments from exchange files (all of them, or none when any is refused);"
                + " prints each new id.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "FILE", description = "exchange files")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, BadInputException {
        if (files.isEmpty()) {
            throw new UsageException("import needs at least one exchange file");
        }
        QuestionnaireLibrary library = app.library();
        // Every file is checked before the database is opened: a refused import creates nothing.
        ImportAssessments.Checked checked = ImportAssessments.check(library, files);
        try (Workspace workspace = app.open(library)) {
            checked.storeIn(workspace).forEach(app.out::println);
        }
        return CommandLine.OK;
    }
}
