package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.service.ExportHistory;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code history ORG [--json | --out FILE.xlsx]}: an organisation's assessments in date order with
 * their dimension scores, printed or written as an Excel workbook.
 */
@Command(name = "history", customSynopsis = "coproduction-readiness history ORG [--json | --out FILE.xlsx] [OPTIONS]",
        description = "An organisation's assessments in date order (ORG: its id or exact name); with --out, as an"
                + " Excel workbook.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ORG", description = "the organisation's id or exact name")
    List<String> words = new ArrayList<>();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "write an Excel workbook instead of printing")
    Path target;

    @Override
    public Integer call() throws UsageException, BadInputException {
        String asked = GlobalOptions.one(words, "the organisation's id or exact name");
        if (target != null && json) {
            throw new UsageException("--json prints and --out writes a workbook: give one of them");
        }
        if (target != null && !target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--out writes an Excel workbook: end the file's name with .xlsx, not \""
                    + target.getFileName() + "\"");
        }
        try (Workspace workspace = app.open()) {
            Organisation organisation = find(workspace, asked);
            if (target != null) {
                ExportHistory.run(workspace, organisation, target);
                app.out.println("Wrote " + target);
                return CommandLine.OK;
            }
            List<Workspace.HistoryEntry> entries = workspace.history(organisation.id());
            if (json) {
                printJson(organisation, entries);
            } else {
                printTable(workspace, organisation, entries);
            }
        }
        return CommandLine.OK;
    }

    private void printJson(Organisation organisation, List<Workspace.HistoryEntry> entries) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        ObjectNode org = root.putObject("organisation");
        org.put("id", organisation.id());
        org.put("name", organisation.name());
        ArrayNode rows = root.putArray("assessments");
        for (Workspace.HistoryEntry entry : entries) {
            ObjectNode row = ListCommand.summaryJson(entry.summary());
            row.remove("organisationId");
            row.remove("organisation");
            row.set("overall", ScoreJson.overall(entry.card()));
            ArrayNode dimensions = row.putArray("dimensions");
            entry.card().dimensions().forEach(d -> dimensions.add(ScoreJson.dimension(d)));
            row.set("sides", ScoreJson.sideOveralls(entry.perspectives()));
            rows.add(row);
        }
        app.printJson(root);
    }

    private void printTable(Workspace workspace, Organisation organisation, List<Workspace.HistoryEntry> entries) {
        app.out.println(organisation.name() + ": " + entries.size() + " assessment" + (entries.size() == 1 ? "" : "s"));
        if (entries.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("ID", "DATE", "STATUS", "TITLE", "OVERALL"));
        Questionnaire bank = workspace.historyBank(entries);
        bank.dimensions().forEach(d -> header.add(d.id().toUpperCase()));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (Workspace.HistoryEntry entry : entries) {
            AssessmentSummary summary = entry.summary();
            ScoreCard card = entry.card();
            List<String> row = new ArrayList<>(List.of(String.valueOf(summary.id()), summary.assessedOn().toString(),
                    summary.status().code(), summary.title(),
                    card.overall().map(o -> Figures.show(o.score()) + (o.provisional() ? "*" : "")).orElse("-")));
            for (Dimension dimension : bank.dimensions()) {
                row.add(card.dimension(dimension.id())
                        .filter(d -> d.score().isPresent())
                        .map(d -> Figures.show(d.score().getAsDouble()) + (d.qualifies() ? "" : "*"))
                        .orElse("-"));
            }
            table.add(row.toArray(String[]::new));
        }
        app.out.print(table.render());
        app.out.println("* provisional or insufficient evidence");
    }

    private static Organisation find(Workspace workspace, String asked) throws BadInputException {
        Optional<Organisation> byName = workspace.organisations().findByName(asked);
        if (byName.isPresent()) {
            return byName.get();
        }
        if (asked.matches("\\d{1,18}")) {
            Optional<Organisation> byId = workspace.organisations().find(Long.parseLong(asked));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        throw new BadInputException("There is no organisation with the id or name \"" + asked + "\". Run list to see"
                + " them.");
    }
}
