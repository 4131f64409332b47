package org.coproduction.readiness.cli;

import org.coproduction.readiness.comparison.NotComparableException;
import org.coproduction.readiness.service.ExportReport;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code report ID --out FILE.pdf|FILE.docx [--compare EARLIER_ID]}: the readiness report as a
 * PDF or a Word document, the file's extension picking which.
 */
@Command(name = "report",
        customSynopsis = "coproduction-readiness report ID --out FILE.pdf|FILE.docx [--compare EARLIER_ID] [OPTIONS]",
        description = "Write the readiness report as a PDF (.pdf) or a Word document (.docx), optionally with the"
                + " changes since an earlier assessment.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of the assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "the file to write: its extension, .pdf or .docx, picks the format")
    Path target;

    @Option(names = "--compare", paramLabel = "EARLIER_ID", description = "an earlier assessment to compare with")
    String compare;

    @Override
    public Integer call() throws UsageException, BadInputException {
        long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of the assessment to report on"));
        Optional<Long> earlier = compare == null ? Optional.empty() : Optional.of(GlobalOptions.assessmentId(compare));
        if (ExportReport.Format.of(target).isEmpty()) {
            throw new UsageException("--out must end in .pdf (a PDF) or .docx (a Word document), not \""
                    + target.getFileName() + "\"");
        }
        try (Workspace workspace = app.open()) {
            ExportReport.run(workspace, id, earlier, LocalDate.now(), target);
        } catch (NotComparableException e) {
            throw new BadInputException(e.getMessage());
        }
        app.out.println("Wrote " + target);
        return CommandLine.OK;
    }
}
