package org.coproduction.readiness.cli;

import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.common.Coded;
import org.coproduction.readiness.service.PaperForms;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code form ID --out FILE.pdf [--side organisation|people]}: a blank paper form for one person. */
@Command(name = "form",
        customSynopsis = "coproduction-readiness form ID --out FILE.pdf [--side organisation|people] [OPTIONS]",
        description = "Write a blank paper form (PDF) for one person to fill in with a pen, in their side's words,"
                + " with the assessment's uid printed on it; type the answers in afterwards as that person.")
final class FormCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of the assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "the PDF file to write")
    Path target;

    @Option(names = "--side", paramLabel = "organisation|people",
            description = "whose form: people (who use the services, and carers; the default) or organisation"
                    + " (managers, trustees, staff, volunteers)")
    String side = Side.PEOPLE.code();

    @Override
    public Integer call() throws UsageException, BadInputException {
        long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of the assessment"));
        Side chosen;
        try {
            // The words for the sides live with Side (Coded), as in files and JSON.
            chosen = Coded.fromCode(Side.class, side, "side");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--side must be organisation or people, not \"" + side + "\"");
        }
        try (Workspace workspace = app.open()) {
            PaperForms.write(workspace, id, chosen, target);
        }
        app.out.println("Wrote " + target);
        return CommandLine.OK;
    }
}
