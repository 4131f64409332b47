package org.coproduction.readiness.cli;

import org.coproduction.readiness.common.AppInfo;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.service.ImportRefused;
import org.coproduction.readiness.service.LaunchSettings;
import org.coproduction.readiness.service.MergeRefused;
import org.coproduction.readiness.store.StoreException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line (docs/command-line.md), parsed once by picocli from the annotated commands of this
 * package ({@link GlobalOptions} and one class per command). Results go to stdout, errors to
 * stderr as one line each; exit 0 on success, 1 on bad input or data, 2 on a usage error. Never a
 * stack trace.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    public CommandLine(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** What the words asked for: the window, or a command that has run. */
    public sealed interface Outcome permits OpenWindow, Finished {
    }

    /** No command, at most {@code --db} and {@code --questionnaires}: the window opens with these. */
    public record OpenWindow(LaunchSettings settings) implements Outcome {
    }

    /** A command ran (or help, the version or a usage error was printed); the program exits with this code. */
    public record Finished(int exitCode) implements Outcome {
    }

    /** Parses the words once and runs the command they name; without a command, says the window should open. */
    public Outcome start(String[] args) {
        GlobalOptions global = new GlobalOptions(out, err, environment);
        picocli.CommandLine parser = parser(global);
        int exit = parser.execute(args);
        parser.getOut().flush();
        parser.getErr().flush();
        return global.windowWanted() ? new OpenWindow(global.settings()) : new Finished(exit);
    }

    /** Runs a command; without one, that is a usage error here (only {@code Main} opens the window). */
    public int run(String[] args) {
        Outcome outcome = start(args);
        if (outcome instanceof Finished finished) {
            return finished.exitCode();
        }
        return usageError("give a command, such as list or import");
    }

    private picocli.CommandLine parser(GlobalOptions global) {
        picocli.CommandLine parser = new picocli.CommandLine(global);
        parser.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        parser.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        String version = AppInfo.NAME + " " + AppInfo.version();
        parser.getCommandSpec().version(version);
        parser.getSubcommands().values().forEach(command -> command.getCommandSpec().version(version));
        commandsBeforeOptions(parser);
        parser.setParameterExceptionHandler(this::parameterProblem);
        parser.setExecutionExceptionHandler(this::failure);
        return parser;
    }

    /** The help lists the commands first: they are what a newcomer looks for. */
    private static void commandsBeforeOptions(picocli.CommandLine parser) {
        List<String> sections = new ArrayList<>(parser.getHelpSectionKeys());
        List<String> commands = List.of(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
                UsageMessageSpec.SECTION_KEY_COMMAND_LIST);
        sections.removeAll(commands);
        sections.addAll(sections.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING), commands);
        parser.setHelpSectionKeys(sections);
    }

    private int usageError(String message) {
        err.println("Usage error: " + message + ". Run with --help to see the commands.");
        return USAGE;
    }

    /** A command line not written the way the program expects, told in our words on one line. */
    private int parameterProblem(ParameterException problem, String[] args) {
        picocli.CommandLine where = problem.getCommandLine();
        String command = where.getCommandName();
        boolean top = where.getParent() == null;
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption() || word.startsWith("-")) {
                boolean takenByAnother = !top && where.getParent().getSubcommands().values().stream()
                        .anyMatch(other -> other.getCommandSpec().findOption(word.split("=", 2)[0]) != null);
                return usageError(takenByAnother ? "the command " + command + " does not take " + word
                        : "unknown option " + word);
            }
            return usageError(top ? "unknown command \"" + word + "\""
                    : command + " takes no arguments, found \"" + word + "\"");
        }
        if (problem instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec spec = missing.getMissing().get(0);
            if (spec instanceof OptionSpec option) {
                return usageError(missing.getMessage().startsWith("Missing required option")
                        ? command + " needs " + option.longestName() + " " + option.paramLabel()
                        : option.longestName() + " needs a value");
            }
        }
        if (problem instanceof OverwrittenOptionException overwritten
                && overwritten.getOverwritten() instanceof OptionSpec option) {
            return usageError(option.longestName() + " is given more than once");
        }
        return usageError(firstLine(problem.getMessage()).replaceAll("[.:]+$", ""));
    }

    /** A command that failed: bad input (exit 1), a usage error found by the command (exit 2), or a fault of ours. */
    private int failure(Exception failure, picocli.CommandLine command, ParseResult parsed) {
        if (failure instanceof UsageException) {
            return usageError(failure.getMessage());
        }
        if (failure instanceof ImportRefused refused) {
            refused.problems().stream().map(Problem::message).forEach(err::println);
            err.println("Nothing was imported.");
            return BAD_INPUT;
        }
        if (failure instanceof MergeRefused refused) {
            refused.problems().stream().map(Problem::message).forEach(err::println);
            err.println("Nothing was merged.");
            return BAD_INPUT;
        }
        if (failure instanceof BadInputException || failure instanceof StoreException) {
            err.println(failure.getMessage());
            return BAD_INPUT;
        }
        // A fault of ours, not of the input: still one line, never a stack trace.
        err.println("Something went wrong inside the program (" + failure.getClass().getSimpleName() + ": "
                + failure.getMessage() + "). Nothing was changed.");
        return BAD_INPUT;
    }

    private static String firstLine(String text) {
        List<String> lines = text == null ? List.of() : text.lines().toList();
        return lines.isEmpty() ? "the command line could not be read" : lines.get(0);
    }
}
