package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code score ID} or {@code score --file FILE}: the scores of a stored assessment or of an exchange file. */
@Command(name = "score", customSynopsis = {"coproduction-readiness score ID [--json] [OPTIONS]",
        "       coproduction-readiness score --file FILE [--json] [OPTIONS]"},
        description = "Score a stored assessment, or an exchange file without storing it.")
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of a stored assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "score this exchange file instead")
    Path file;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws UsageException, BadInputException {
        QuestionnaireLibrary library = app.library();
        Assessment assessment;
        Questionnaire bank;
        if (file != null) {
            if (!ids.isEmpty()) {
                throw new UsageException("score --file takes no arguments, found \"" + ids.get(0) + "\"");
            }
            try {
                ExchangeReader.Reading reading = new ExchangeReader(library).read(file);
                assessment = reading.assessment();
                bank = reading.questionnaire();
            } catch (RefusedFileException e) {
                e.problems().forEach(p -> app.err.println(p.message()));
                return CommandLine.BAD_INPUT;
            }
        } else {
            long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of an assessment (see: list), or --file FILE"));
            try (Workspace workspace = app.open(library)) {
                assessment = workspace.loadExisting(id);
                bank = workspace.questionnaireOf(assessment.questionnaire());
            }
        }
        ScoreCard card = Scorer.score(bank, assessment.answers());
        if (json) {
            ObjectNode root = ScoreJson.scoreCard(card);
            root.set("perspectives", ScoreJson.perspectives(Workspace.perspectives(bank, assessment)));
            app.printJson(root);
        } else {
            print(app.out, assessment, bank, card);
        }
        return CommandLine.OK;
    }

    private static void print(PrintStream out, Assessment assessment, Questionnaire bank, ScoreCard card) {
        out.println(assessment.organisation().name() + ": " + assessment.title() + " (" + assessment.assessedOn() + ", "
                + assessment.status().code() + ")");
        out.println("Question bank: " + bank.title() + ", version " + bank.version());
        out.println("Respondents: " + assessment.respondents().size());
        out.println();
        out.println("Overall readiness: " + ListCommand.overallText(card));
        out.println();
        TextTable table = new TextTable("DIMENSION", "KIND", "SCORE", "BAND", "COVERAGE");
        for (DimensionScore score : card.dimensions()) {
            Dimension dimension = bank.dimension(score.dimensionId()).orElseThrow();
            table.add(dimension.title(), dimension.kind().code(),
                    score.score().isPresent() ? Figures.show(score.score().getAsDouble()) : "-",
                    score.band().isEmpty() ? "excluded (not applicable)" : score.band(),
                    score.questionsCounted() == 0 ? "-" : Figures.coverageText(score));
        }
        out.print(table.render());
        if (!card.priorities().isEmpty()) {
            out.println();
            out.println("Priorities:");
            int rank = 1;
            for (Priority priority : card.priorities()) {
                out.println("  " + rank++ + ". " + bank.question(priority.questionId()).orElseThrow().text() + " ["
                        + priority.questionId() + ", level " + Figures.show(priority.level()) + ", priority "
                        + Figures.show(priority.priority()) + "]");
            }
        }
        if (!card.findOut().isEmpty()) {
            out.println();
            out.println("Find out (someone answered \"don't know\"):");
            for (String id : card.findOut()) {
                out.println("  - " + bank.question(id).orElseThrow().text() + " [" + id + "]");
            }
        }
    }
}
