package org.coproduction.readiness.cli;

import org.coproduction.readiness.comparison.NotComparableException;
import org.coproduction.readiness.report.PdfReport;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code report ID --out FILE.pdf [--compare EARLIER_ID]}: the readiness report as a PDF. */
@Command(name = "report",
        customSynopsis = "coproduction-readiness report ID --out FILE.pdf [--compare EARLIER_ID] [OPTIONS]",
        description = "Write the readiness report as a PDF, optionally with the changes since an earlier assessment.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of the assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "the PDF file to write")
    Path target;

    @Option(names = "--compare", paramLabel = "EARLIER_ID", description = "an earlier assessment to compare with")
    String compare;

    @Override
    public Integer call() throws UsageException, BadInputException {
        long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of the assessment to report on"));
        Optional<Long> earlier = compare == null ? Optional.empty() : Optional.of(GlobalOptions.assessmentId(compare));
        try (Workspace workspace = app.open()) {
            Report report;
            try {
                report = workspace.report(id, earlier, LocalDate.now());
            } catch (NotComparableException e) {
                throw new BadInputException(e.getMessage());
            }
            try {
                PdfReport.write(report, target);
            } catch (IOException e) {
                throw new BadInputException(target + ": the report could not be written (" + e.getMessage() + ")");
            }
        }
        app.out.println("Wrote " + target);
        return CommandLine.OK;
    }
}
