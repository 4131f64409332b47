package org.coproduction.readiness.cli;

import org.coproduction.readiness.service.ExportAssessment;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export ID --out FILE [--format json|csv]}: writes a stored assessment to a file. */
@Command(name = "export", customSynopsis = "coproduction-readiness export ID --out FILE [--format json|csv] [OPTIONS]",
        description = "Write an assessment as an exchange file (or CSV, one row per answer).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of the assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
    Path target;

    @Option(names = "--format", paramLabel = "json|csv", description = "json (the default) or csv")
    String format = "json";

    @Override
    public Integer call() throws UsageException, BadInputException {
        long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of the assessment to export"));
        ExportAssessment.Format chosen = switch (format) {
            case "json" -> ExportAssessment.Format.JSON;
            case "csv" -> ExportAssessment.Format.CSV;
            default -> throw new UsageException("--format must be json or csv, not \"" + format + "\"");
        };
        try (Workspace workspace = app.open()) {
            ExportAssessment.run(workspace, id, chosen, target);
        }
        app.out.println("Wrote " + target);
        return CommandLine.OK;
    }
}
