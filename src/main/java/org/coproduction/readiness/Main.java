package org.coproduction.readiness;

import org.coproduction.readiness.cli.CommandLine;
import org.coproduction.readiness.service.LaunchSettings;
import org.coproduction.readiness.ui.DesktopApp;

import java.util.List;

/**
 * Starts the program: the command line is parsed once; with no command it opens the window on the
 * database and question banks chosen there, with a command it works headless (docs/command-line.md).
 * Kept apart from the JavaFX {@code Application} so that {@code java -jar} works with JavaFX on
 * the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DesktopApp.prepareInBackground();
        if (args.length == 0) {
            // Started from the menu: no words to read, so the window opens at once.
            DesktopApp.launch(LaunchSettings.of(null, List.of(), System.getenv()));
            return;
        }
        CommandLine.Outcome outcome = new CommandLine(System.out, System.err, System.getenv()).start(args);
        if (outcome instanceof CommandLine.OpenWindow window) {
            DesktopApp.launch(window.settings());
        } else if (outcome instanceof CommandLine.Finished finished) {
            System.exit(finished.exitCode());
        }
    }
}
