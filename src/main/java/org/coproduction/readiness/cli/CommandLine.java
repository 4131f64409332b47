package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coproduction.readiness.common.AppInfo;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.exchange.ExchangeWriter;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.json.RefusedFileException;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.questionnaire.QuestionnaireReader;
import org.coproduction.readiness.report.PdfReport;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.comparison.NotComparableException;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.coproduction.readiness.store.DataFolder;
import org.coproduction.readiness.store.StoreException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line of spec section 6. Results go to stdout, errors to stderr as one line each;
 * exit 0 on success, 1 on bad input or data, 2 on a usage error. Never a stack trace.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: coproduction-readiness [COMMAND] [OPTIONS]

            With no command, opens the window.

            Commands:
              validate FILE...              check question bank files
              import FILE...                store assessments from exchange files; prints each new id
              list [--json]                 organisations and their assessments with overall scores
              score ID [--json]             score a stored assessment
              score --file FILE [--json]    score an exchange file without storing it
              export ID --out FILE [--format json|csv]
                                            write an assessment as an exchange file (or CSV)
              report ID --out FILE.pdf [--compare EARLIER_ID]
                                            write the readiness report as a PDF, optionally with
                                            the changes since an earlier assessment
              history ORG [--json]          an organisation's assessments in date order (ORG: id or exact name)
              backup --out FILE             write a consistent copy of the database

            Options:
              --db FILE                     the database file (or set COPRODUCTION_READINESS_DB)
              --questionnaires DIR          also use the question banks in DIR
              --help                        show this help
              --version                     show the version
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    public CommandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /**
     * True when the words only choose a database or question banks: the window should open with
     * them, as it does with no words at all.
     */
    public static boolean wantsWindow(String[] args) {
        try {
            Arguments arguments = Arguments.parse(args);
            return arguments.positional().isEmpty() && !arguments.has("--help") && !arguments.has("-h")
                    && !arguments.has("--version") && !arguments.has("--json") && !arguments.has("--out")
                    && !arguments.has("--format") && !arguments.has("--file") && !arguments.has("--compare");
        } catch (UsageException e) {
            return false;
        }
    }

    public int run(String[] args) {
        try {
            Arguments arguments = Arguments.parse(args);
            if (arguments.has("--version") && arguments.positional().isEmpty()) {
                out.println(AppInfo.NAME + " " + AppInfo.version());
                return OK;
            }
            if (arguments.has("--help") || arguments.has("-h")) {
                out.print(USAGE_TEXT);
                return OK;
            }
            if (arguments.positional().isEmpty()) {
                throw new UsageException("give a command, such as list or import");
            }
            return dispatch(arguments);
        } catch (UsageException e) {
            err.println("Usage error: " + e.getMessage() + ". Run with --help to see the commands.");
            return USAGE;
        } catch (BadInputException | StoreException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // A fault of ours, not of the input: still one line, never a stack trace.
            err.println("Something went wrong inside the program (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Nothing was changed.");
            return BAD_INPUT;
        }
    }

    private int dispatch(Arguments arguments) throws UsageException, BadInputException {
        String command = arguments.positional().get(0);
        List<String> rest = arguments.positional().subList(1, arguments.positional().size());
        switch (command) {
            case "validate":
                arguments.allowOnly(command, Set.of());
                return validate(atLeastOne(rest, "validate needs at least one question bank file"));
            case "import":
                arguments.allowOnly(command, Set.of());
                return importFiles(arguments, atLeastOne(rest, "import needs at least one exchange file"));
            case "list":
                arguments.allowOnly(command, Set.of("--json"));
                none(rest, command);
                return list(arguments);
            case "score":
                arguments.allowOnly(command, Set.of("--json", "--file"));
                return score(arguments, rest);
            case "export":
                arguments.allowOnly(command, Set.of("--out", "--format"));
                return export(arguments, rest);
            case "report":
                arguments.allowOnly(command, Set.of("--out", "--compare"));
                return report(arguments, rest);
            case "history":
                arguments.allowOnly(command, Set.of("--json"));
                return history(arguments, rest);
            case "backup":
                arguments.allowOnly(command, Set.of("--out"));
                none(rest, command);
                return backup(arguments);
            default:
                throw new UsageException("unknown command \"" + command + "\"");
        }
    }

    private static List<String> atLeastOne(List<String> words, String message) throws UsageException {
        if (words.isEmpty()) {
            throw new UsageException(message);
        }
        return words;
    }

    private static void none(List<String> words, String command) throws UsageException {
        if (!words.isEmpty()) {
            throw new UsageException(command + " takes no arguments, found \"" + words.get(0) + "\"");
        }
    }

    private static String one(List<String> words, String what) throws UsageException {
        if (words.size() != 1) {
            throw new UsageException(words.isEmpty() ? "give " + what : "give only one " + what);
        }
        return words.get(0);
    }

    // validate ---------------------------------------------------------------------------------

    private int validate(List<String> files) {
        int refused = 0;
        for (String file : files) {
            try {
                Questionnaire bank = QuestionnaireReader.read(Path.of(file));
                out.println(file + ": valid, " + bank.displayName() + ", " + bank.dimensions().size() + " dimensions, "
                        + bank.questions().size() + " questions");
            } catch (RefusedFileException e) {
                refused++;
                e.problems().forEach(p -> err.println(p.message()));
            }
        }
        return refused == 0 ? OK : BAD_INPUT;
    }

    // import -----------------------------------------------------------------------------------

    private int importFiles(Arguments arguments, List<String> files) throws UsageException, BadInputException {
        QuestionnaireLibrary library = library(arguments);
        ExchangeReader reader = new ExchangeReader(library);
        List<Assessment> assessments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String file : files) {
            try {
                assessments.add(reader.read(Path.of(file)).assessment());
            } catch (RefusedFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println(p.message()));
            err.println("Nothing was imported.");
            return BAD_INPUT;
        }
        try (Workspace workspace = open(arguments, library)) {
            List<Long> ids = workspace.assessments().addAll(assessments);
            for (int i = 0; i < ids.size(); i++) {
                out.println(ids.get(i));
            }
        }
        return OK;
    }

    // list -------------------------------------------------------------------------------------

    private int list(Arguments arguments) throws UsageException, BadInputException {
        try (Workspace workspace = open(arguments, library(arguments))) {
            List<AssessmentSummary> summaries = workspace.assessments().list();
            if (arguments.has("--json")) {
                ArrayNode rows = JsonFiles.mapper().createArrayNode();
                for (AssessmentSummary summary : summaries) {
                    ObjectNode row = summaryJson(summary);
                    row.set("overall", overallJson(workspace, summary));
                    rows.add(row);
                }
                printJson(rows);
                return OK;
            }
            if (summaries.isEmpty()) {
                out.println("No assessments yet. Import one with: import FILE");
                return OK;
            }
            TextTable table = new TextTable("ID", "ORGANISATION", "TITLE", "DATE", "STATUS", "OVERALL");
            for (AssessmentSummary summary : summaries) {
                table.add(String.valueOf(summary.id()), summary.organisation().name(), summary.title(),
                        summary.assessedOn().toString(), summary.status().code(), overallText(workspace, summary));
            }
            out.print(table.render());
            List<String> withoutAssessments = workspace.organisations().list().stream()
                    .filter(o -> summaries.stream().noneMatch(s -> s.organisation().id() == o.id()))
                    .map(Organisation::name).toList();
            if (!withoutAssessments.isEmpty()) {
                out.println("No assessments yet: " + String.join(", ", withoutAssessments));
            }
        }
        return OK;
    }

    private static ObjectNode summaryJson(AssessmentSummary summary) {
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

    /** The overall score of a stored assessment, or nulls when its bank is not installed. */
    private static JsonNode overallJson(Workspace workspace, AssessmentSummary summary) {
        Optional<Questionnaire> bank = workspace.library().find(summary.questionnaire().id(), summary.questionnaire().version());
        if (bank.isEmpty()) {
            return JsonFiles.mapper().nullNode();
        }
        return ScoreJson.overall(Scorer.score(bank.get(), workspace.assessments().answers(summary.id())));
    }

    private static String overallText(Workspace workspace, AssessmentSummary summary) {
        Optional<Questionnaire> bank = workspace.library().find(summary.questionnaire().id(), summary.questionnaire().version());
        if (bank.isEmpty()) {
            return "(question bank " + summary.questionnaire() + " missing)";
        }
        return overallText(Scorer.score(bank.get(), workspace.assessments().answers(summary.id())));
    }

    private static String overallText(ScoreCard card) {
        return card.overall()
                .map(o -> Figures.show(o.score()) + " " + o.band() + (o.provisional() ? " (provisional)" : ""))
                .orElse("no overall score");
    }

    // score ------------------------------------------------------------------------------------

    private int score(Arguments arguments, List<String> rest) throws UsageException, BadInputException {
        String file = arguments.value("--file");
        QuestionnaireLibrary library = library(arguments);
        Assessment assessment;
        Questionnaire bank;
        if (file != null) {
            none(rest, "score --file");
            try {
                ExchangeReader.Reading reading = new ExchangeReader(library).read(Path.of(file));
                assessment = reading.assessment();
                bank = reading.questionnaire();
            } catch (RefusedFileException e) {
                e.problems().forEach(p -> err.println(p.message()));
                return BAD_INPUT;
            }
        } else {
            long id = assessmentId(one(rest, "the id of an assessment (see: list), or --file FILE"));
            try (Workspace workspace = open(arguments, library)) {
                assessment = load(workspace, id);
                bank = workspace.questionnaireOf(assessment.questionnaire());
            }
        }
        ScoreCard card = Scorer.score(bank, assessment.answers());
        if (arguments.has("--json")) {
            printJson(ScoreJson.scoreCard(card));
        } else {
            printScore(assessment, bank, card);
        }
        return OK;
    }

    private void printScore(Assessment assessment, Questionnaire bank, ScoreCard card) {
        out.println(assessment.organisation().name() + ": " + assessment.title() + " (" + assessment.assessedOn() + ", "
                + assessment.status().code() + ")");
        out.println("Question bank: " + bank.title() + ", version " + bank.version());
        out.println("Respondents: " + assessment.respondents().size());
        out.println();
        out.println("Overall readiness: " + overallText(card));
        out.println();
        TextTable table = new TextTable("DIMENSION", "KIND", "SCORE", "BAND", "COVERAGE");
        for (DimensionScore score : card.dimensions()) {
            Dimension dimension = bank.dimension(score.dimensionId()).orElseThrow();
            table.add(dimension.title(), dimension.kind().code(),
                    score.score().isPresent() ? Figures.show(score.score().getAsDouble()) : "-",
                    score.band().isEmpty() ? "excluded (not applicable)" : score.band(),
                    score.questionsCounted() == 0 ? "-" : Figures.percent(score.coverage()));
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

    // export -----------------------------------------------------------------------------------

    private int export(Arguments arguments, List<String> rest) throws UsageException, BadInputException {
        long id = assessmentId(one(rest, "the id of the assessment to export"));
        String target = arguments.value("--out");
        if (target == null) {
            throw new UsageException("export needs --out FILE");
        }
        String format = Optional.ofNullable(arguments.value("--format")).orElse("json");
        if (!format.equals("json") && !format.equals("csv")) {
            throw new UsageException("--format must be json or csv, not \"" + format + "\"");
        }
        try (Workspace workspace = open(arguments, library(arguments))) {
            Assessment assessment = load(workspace, id);
            Questionnaire bank = workspace.questionnaireOf(assessment.questionnaire());
            String content = format.equals("csv") ? ExchangeWriter.toCsv(assessment, bank)
                    : ExchangeWriter.toJson(assessment, bank);
            try {
                ExchangeWriter.writeFile(Path.of(target), content);
            } catch (IOException e) {
                throw new BadInputException(target + ": could not be written (" + e.getMessage() + ")");
            }
        }
        out.println("Wrote " + target);
        return OK;
    }

    // report -----------------------------------------------------------------------------------

    private int report(Arguments arguments, List<String> rest) throws UsageException, BadInputException {
        long id = assessmentId(one(rest, "the id of the assessment to report on"));
        String target = arguments.value("--out");
        if (target == null) {
            throw new UsageException("report needs --out FILE.pdf");
        }
        String compare = arguments.value("--compare");
        Optional<Long> earlier = compare == null ? Optional.empty() : Optional.of(assessmentId(compare));
        try (Workspace workspace = open(arguments, library(arguments))) {
            load(workspace, id);
            if (earlier.isPresent()) {
                load(workspace, earlier.get());
            }
            Report report;
            try {
                report = workspace.report(id, earlier, LocalDate.now());
            } catch (NotComparableException e) {
                throw new BadInputException(e.getMessage());
            }
            try {
                PdfReport.write(report, Path.of(target));
            } catch (IOException e) {
                throw new BadInputException(target + ": the report could not be written (" + e.getMessage() + ")");
            }
        }
        out.println("Wrote " + target);
        return OK;
    }

    // history ----------------------------------------------------------------------------------

    private int history(Arguments arguments, List<String> rest) throws UsageException, BadInputException {
        String asked = one(rest, "the organisation's id or exact name");
        try (Workspace workspace = open(arguments, library(arguments))) {
            Organisation organisation = findOrganisation(workspace, asked);
            List<Workspace.HistoryEntry> entries = workspace.history(organisation.id());
            if (arguments.has("--json")) {
                ObjectNode root = JsonFiles.mapper().createObjectNode();
                ObjectNode org = root.putObject("organisation");
                org.put("id", organisation.id());
                org.put("name", organisation.name());
                ArrayNode rows = root.putArray("assessments");
                for (Workspace.HistoryEntry entry : entries) {
                    ObjectNode row = summaryJson(entry.summary());
                    row.remove("organisationId");
                    row.remove("organisation");
                    row.set("overall", ScoreJson.overall(entry.card()));
                    ArrayNode dimensions = row.putArray("dimensions");
                    entry.card().dimensions().forEach(d -> dimensions.add(ScoreJson.dimension(d)));
                    rows.add(row);
                }
                printJson(root);
                return OK;
            }
            out.println(organisation.name() + ": " + entries.size() + " assessment" + (entries.size() == 1 ? "" : "s"));
            if (entries.isEmpty()) {
                return OK;
            }
            List<String> header = new ArrayList<>(List.of("ID", "DATE", "STATUS", "TITLE", "OVERALL"));
            Questionnaire first = workspace.questionnaireOf(entries.get(0).summary().questionnaire());
            first.dimensions().forEach(d -> header.add(d.id().toUpperCase()));
            TextTable table = new TextTable(header.toArray(String[]::new));
            for (Workspace.HistoryEntry entry : entries) {
                AssessmentSummary summary = entry.summary();
                ScoreCard card = entry.card();
                List<String> row = new ArrayList<>(List.of(String.valueOf(summary.id()), summary.assessedOn().toString(),
                        summary.status().code(), summary.title(),
                        card.overall().map(o -> Figures.show(o.score()) + (o.provisional() ? "*" : "")).orElse("-")));
                for (Dimension dimension : first.dimensions()) {
                    row.add(card.dimension(dimension.id())
                            .filter(d -> d.score().isPresent())
                            .map(d -> Figures.show(d.score().getAsDouble()) + (d.qualifies() ? "" : "*"))
                            .orElse("-"));
                }
                table.add(row.toArray(String[]::new));
            }
            out.print(table.render());
            out.println("* provisional or insufficient evidence");
        }
        return OK;
    }

    private static Organisation findOrganisation(Workspace workspace, String asked) throws BadInputException {
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

    // backup -----------------------------------------------------------------------------------

    private int backup(Arguments arguments) throws UsageException, BadInputException {
        String target = arguments.value("--out");
        if (target == null) {
            throw new UsageException("backup needs --out FILE");
        }
        try (Workspace workspace = open(arguments, library(arguments))) {
            workspace.database().backupTo(Path.of(target));
        }
        out.println("Wrote a backup to " + target);
        return OK;
    }

    // shared -----------------------------------------------------------------------------------

    private QuestionnaireLibrary library(Arguments arguments) throws BadInputException {
        List<Path> folders = new ArrayList<>();
        folders.add(DataFolder.questionnaireFolder(environment));
        for (String folder : arguments.values("--questionnaires")) {
            Path path = Path.of(folder);
            if (!Files.isDirectory(path)) {
                throw new BadInputException(folder + ": there is no such folder of question banks");
            }
            folders.add(path);
        }
        QuestionnaireLibrary library = QuestionnaireLibrary.load(folders);
        if (!library.problems().isEmpty()) {
            library.problems().forEach(p -> err.println(p.message()));
            throw new BadInputException("Some question bank files are not valid (see above). Mend or remove them.");
        }
        return library;
    }

    private Workspace open(Arguments arguments, QuestionnaireLibrary library) throws UsageException {
        Path file = DataFolder.databaseFile(arguments.value("--db"), environment);
        return Workspace.open(file, library);
    }

    private static long assessmentId(String word) throws BadInputException {
        try {
            long id = Long.parseLong(word);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Told below.
        }
        throw new BadInputException("\"" + word + "\" is not an assessment id; ids are whole numbers (see: list)");
    }

    private static Assessment load(Workspace workspace, long id) throws BadInputException {
        return workspace.load(id).orElseThrow(() -> new BadInputException("There is no assessment with the id " + id
                + ". Run list to see them."));
    }

    private void printJson(JsonNode node) {
        try {
            out.println(JsonFiles.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
        } catch (IOException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }
}
