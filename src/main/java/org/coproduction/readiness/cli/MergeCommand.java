package org.coproduction.readiness.cli;

import org.coproduction.readiness.service.MergeAnswers;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code merge FILE… --into ID [--replace] [--force]}: adds the respondents and answers of personal
 * (or whole) exchange files to a stored assessment, all or nothing, and prints what was added.
 */
@Command(name = "merge", customSynopsis = "coproduction-readiness merge FILE... --into ID [--replace] [--force] [OPTIONS]",
        description = "Add the respondents and answers of personal (or whole) exchange files to an assessment:"
                + " all of them, or nothing when any file is refused. Prints who was added from each file.")
final class MergeCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "FILE", description = "exchange files, usually personal files sent back")
    List<Path> files = new ArrayList<>();

    @Option(names = "--into", paramLabel = "ID", required = true, description = "the id of the assessment (see: list)")
    String into;

    @Option(names = "--replace", description = "replace the answers of a respondent who already has answers there")
    boolean replace;

    @Option(names = "--force", description = "merge a file that was made from another assessment all the same")
    boolean force;

    @Override
    public Integer call() throws UsageException, BadInputException {
        if (files.isEmpty()) {
            throw new UsageException("merge needs at least one exchange file");
        }
        long id = GlobalOptions.assessmentId(into);
        MergeAnswers.Merged merged;
        try (Workspace workspace = app.open()) {
            merged = MergeAnswers.run(workspace, id, files, replace, force);
        }
        for (MergeAnswers.FileMerged file : merged.files()) {
            if (file.added().isEmpty()) {
                app.out.println(file.file() + ": added nobody");
            }
            for (MergeAnswers.Added added : file.added()) {
                app.out.println(file.file() + ": " + line(added));
            }
            file.warnings().forEach(w -> app.out.println(file.file() + ": warning: " + w));
        }
        merged.warnings().forEach(w -> app.out.println("Warning: " + w));
        return CommandLine.OK;
    }

    /** "added r3 (carer, Sam) with 31 answers", or what was done for someone already there. */
    static String line(MergeAnswers.Added added) {
        String answers = added.answers() + " answer" + (added.answers() == 1 ? "" : "s");
        if (added.replaced()) {
            return "replaced the answers of " + added.describe() + " with " + answers;
        }
        if (!added.newRespondent()) {
            return "added " + answers + " for " + added.describe();
        }
        return "added " + added.describe() + " with " + answers
                + (added.key().equals(added.keyInFile()) ? "" : " (" + added.keyInFile() + " in the file)");
    }
}
