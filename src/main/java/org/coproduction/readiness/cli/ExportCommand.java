package org.coproduction.readiness.cli;

import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.service.ExportAssessment;
import org.coproduction.readiness.service.PersonalFile;
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
 * {@code export ID --out FILE [--format json|csv|xlsx]}: writes a stored assessment to a file; with
 * {@code --respondent KEY} (or {@code --respondent new --role ROLE [--label TEXT]}) a personal file for one person.
 */
@Command(name = "export", customSynopsis = {
        "coproduction-readiness export ID --out FILE [--format json|csv|xlsx] [OPTIONS]",
        "       coproduction-readiness export ID --respondent KEY --out FILE [OPTIONS]",
        "       coproduction-readiness export ID --respondent new --role ROLE [--label TEXT] --out FILE [OPTIONS]"},
        description = "Write an assessment as an exchange file (or CSV, one row per answer, or an Excel workbook of"
                + " the scores, answers, priorities and action plan); with --respondent, a"
                + " personal file holding one respondent and their answers, to be answered elsewhere and merged back.")
final class ExportCommand implements Callable<Integer> {
    /** The word that asks for a personal file for someone not yet in the assessment. */
    static final String NEW = "new";

    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of the assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the file to write")
    Path target;

    @Option(names = "--format", paramLabel = "json|csv|xlsx", description = "json (the default), csv or xlsx")
    String format = "json";

    @Option(names = "--respondent", paramLabel = "KEY",
            description = "write a personal file for this respondent (r1, r2…), or for a new one: new")
    String respondent;

    @Option(names = "--role", paramLabel = "ROLE", description = "the role of the new respondent: manager, trustee, staff,"
            + " volunteer, service-user, carer, partner or other")
    String role;

    @Option(names = "--label", paramLabel = "TEXT", description = "a name or description of the new respondent")
    String label;

    @Override
    public Integer call() throws UsageException, BadInputException {
        long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of the assessment to export"));
        if (respondent != null) {
            return personal(id);
        }
        if (role != null || label != null) {
            throw new UsageException((role != null ? "--role" : "--label") + " is for a new respondent's personal"
                    + " file: give --respondent new --role ROLE");
        }
        ExportAssessment.Format chosen = switch (format) {
            case "json" -> ExportAssessment.Format.JSON;
            case "csv" -> ExportAssessment.Format.CSV;
            case "xlsx" -> ExportAssessment.Format.XLSX;
            default -> throw new UsageException("--format must be json, csv or xlsx, not \"" + format + "\"");
        };
        try (Workspace workspace = app.open()) {
            ExportAssessment.run(workspace, id, chosen, target);
        }
        app.out.println("Wrote " + target);
        return CommandLine.OK;
    }

    private int personal(long id) throws UsageException, BadInputException {
        if (!format.equals("json")) {
            throw new UsageException("a personal file is always an exchange file; leave out --format");
        }
        boolean isNew = respondent.equals(NEW);
        if (isNew && role == null) {
            throw new UsageException("a new respondent needs --role ROLE (one of " + Role.codes() + ")");
        }
        if (!isNew && (role != null || label != null)) {
            throw new UsageException((role != null ? "--role" : "--label") + " is only for a new respondent"
                    + " (--respondent new); " + respondent + " keeps the role and label they have");
        }
        Role chosenRole = null;
        if (isNew) {
            try {
                chosenRole = Role.fromCode(role);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--role must be one of " + Role.codes() + ", not \"" + role + "\"");
            }
        }
        try (Workspace workspace = app.open()) {
            Respondent who = isNew ? PersonalFile.writeForNew(workspace, id, chosenRole, label, target)
                    : PersonalFile.write(workspace, id, respondent, target);
            String person = who.key() + " (" + PersonalFile.describe(who) + ")";
            app.out.println(isNew ? "Added " + person + " to assessment " + id + " and wrote " + target
                    : "Wrote " + target + " for " + person);
        }
        return CommandLine.OK;
    }
}
