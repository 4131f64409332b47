package org.coproduction.readiness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.coproduction.readiness.json.JsonFiles;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.LaunchSettings;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The program's top command: the options every command takes (before or after the command's
 * name), and what the commands share: where to print, the question banks and the database.
 * Called without a command it only records that the window should open.
 */
@Command(name = "coproduction-readiness", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        synopsisHeading = "Usage: ", customSynopsis = "coproduction-readiness [COMMAND] [OPTIONS]",
        descriptionHeading = "%n", description = "With no command, opens the window.",
        parameterListHeading = "%nArguments:%n",
        commandListHeading = "%nCommands:%n", optionListHeading = "%nOptions:%n",
        subcommands = {ValidateCommand.class, ImportCommand.class, ListCommand.class, ScoreCommand.class,
                ExportCommand.class, MergeCommand.class, FormCommand.class, ReportCommand.class, HistoryCommand.class, BackupCommand.class,
                WorkshopCommand.class})
final class GlobalOptions implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 1,
            description = "the database file (or set " + DataFolder.DATABASE_VARIABLE + ")")
    String db;

    @Option(names = "--questionnaires", paramLabel = "DIR", scope = ScopeType.INHERIT, order = 2,
            description = "also use the question banks in DIR (may be given more than once)")
    List<Path> questionnaires = new ArrayList<>();

    final PrintStream out;
    final PrintStream err;
    final Map<String, String> environment;
    private boolean windowWanted;

    GlobalOptions(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** No command was given: the window is to open (what the caller does with that is its choice). */
    @Override
    public Integer call() {
        windowWanted = true;
        return CommandLine.OK;
    }

    boolean windowWanted() {
        return windowWanted;
    }

    /** The database file and question bank folders chosen by the options and the environment. */
    LaunchSettings settings() {
        return LaunchSettings.of(db, questionnaires, environment);
    }

    /** The question banks; refuses a missing folder or a bank file that breaks a rule. */
    QuestionnaireLibrary library() throws BadInputException {
        for (Path folder : questionnaires) {
            if (!Files.isDirectory(folder)) {
                throw new BadInputException(folder + ": there is no such folder of question banks");
            }
        }
        QuestionnaireLibrary library = settings().library();
        if (!library.problems().isEmpty()) {
            library.problems().forEach(p -> err.println(p.message()));
            throw new BadInputException("Some question bank files are not valid (see above). Mend or remove them.");
        }
        return library;
    }

    /** Opens (or creates) the database with these question banks. */
    Workspace open(QuestionnaireLibrary library) {
        Workspace workspace = Workspace.open(settings().databaseFile(), library);
        // An upgrade keeps a copy of the file as it was: say where (on stderr, so output stays clean).
        workspace.database().upgradeNotice().ifPresent(err::println);
        return workspace;
    }

    Workspace open() throws BadInputException {
        return open(library());
    }

    void printJson(JsonNode node) {
        try {
            out.println(JsonFiles.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node));
        } catch (IOException e) {
            throw new IllegalStateException("A tree of plain values always serialises", e);
        }
    }

    /** An assessment id as typed, or a message saying what an id looks like. */
    static long assessmentId(String word) throws BadInputException {
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

    /** The one word a command takes. */
    static String one(List<String> words, String what) throws UsageException {
        if (words.size() != 1) {
            throw new UsageException(words.isEmpty() ? "give " + what : "give only one " + what);
        }
        return words.get(0);
    }
}
