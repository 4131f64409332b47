package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code list}: organisations and their assessments with id, title, date, status and overall score. */
@Command(name = "list", customSynopsis = "coproduction-readiness list [--json] [OPTIONS]",
        description = "List organisations and their assessments with overall scores.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws BadInputException {
        try (Workspace workspace = app.open()) {
            List<AssessmentSummary> summaries = workspace.assessments().list();
            if (json) {
                ArrayNode rows = JsonFiles.mapper().createArrayNode();
                for (AssessmentSummary summary : summaries) {
                    ObjectNode row = summaryJson(summary);
                    // null when the question bank is not installed
                    row.set("overall", workspace.score(summary).<JsonNode>map(ScoreJson::overall)
                            .orElse(JsonFiles.mapper().nullNode()));
                    rows.add(row);
                }
                app.printJson(rows);
                return CommandLine.OK;
            }
            if (summaries.isEmpty()) {
                app.out.println("No assessments yet. Import one with: import FILE");
                return CommandLine.OK;
            }
            TextTable table = new TextTable("ID", "ORGANISATION", "TITLE", "DATE", "STATUS", "OVERALL");
            for (AssessmentSummary summary : summaries) {
                Optional<ScoreCard> card = workspace.score(summary);
                table.add(String.valueOf(summary.id()), summary.organisation().name(), summary.title(),
                        summary.assessedOn().toString(), summary.status().code(), card.isPresent()
                                ? overallText(card.get()) : "(question bank " + summary.questionnaire() + " missing)");
            }
            app.out.print(table.render());
            List<String> withoutAssessments = workspace.organisations().list().stream()
                    .filter(o -> summaries.stream().noneMatch(s -> s.organisation().id() == o.id()))
                    .map(Organisation::name).toList();
            if (!withoutAssessments.isEmpty()) {
                app.out.println("No assessments yet: " + String.join(", ", withoutAssessments));
            }
        }
        return CommandLine.OK;
    }

    /** An assessment's summary as the JSON of list and history print it. */
    static ObjectNode summaryJson(AssessmentSummary summary) {
        ObjectNode row = JsonFiles.mapper().createObjectNode();
        row.put("id", summary.id());
        row.put("organisationId", summary.organisation().id());
        row.put("organisation", summary.organisation().name());
        row.put("title", summary.title());
        row.put("assessedOn", summary.assessedOn().toString());
        row.put("status", summary.status().code());
        ObjectNode bank = row.putObject("questionnaire");
        bank.put("id", summary.questionnaire().id());
        bank.put("version", summary.questionnaire().version());
        return row;
    }

    /** "54.5 Developing (provisional)", or "no overall score". */
    static String overallText(ScoreCard card) {
        return card.overall()
                .map(o -> Figures.show(o.score()) + " " + o.band() + (o.provisional() ? " (provisional)" : ""))
                .orElse("no overall score");
    }
}
