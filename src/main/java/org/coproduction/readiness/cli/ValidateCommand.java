package org.coproduction.readiness.cli;

import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code validate FILE…}: checks question bank files, each problem on a line of its own. */
@Command(name = "validate", customSynopsis = "coproduction-readiness validate FILE... [OPTIONS]",
        description = "Check question bank files.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "FILE", description = "question bank files")
    List<String> files = new ArrayList<>();

    @Override
    public Integer call() throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException("validate needs at least one question bank file");
        }
        int refused = 0;
        for (String file : files) {
            try {
                Questionnaire bank = QuestionnaireReader.read(Path.of(file));
                app.out.println(file + ": valid, " + bank.displayName() + ", " + bank.dimensions().size()
                        + " dimensions, " + bank.questions().size() + " questions");
            } catch (RefusedFileException e) {
                refused++;
                e.problems().forEach(p -> app.err.println(p.message()));
            }
        }
        return refused == 0 ? CommandLine.OK : CommandLine.BAD_INPUT;
    }
}
