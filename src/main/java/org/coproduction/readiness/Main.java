package org.coproduction.readiness;

import javafx.application.Application;
import org.coproduction.readiness.cli.CommandLine;
import org.coproduction.readiness.ui.DesktopApp;

/**
 * Starts the program: with no arguments it opens the window, with a command it works on the
 * command line (spec section 6). Kept apart from the JavaFX {@code Application} so that
 * {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || CommandLine.wantsWindow(args)) {
            Application.launch(DesktopApp.class, args);
        } else {
            System.exit(new CommandLine(System.out, System.err, System.getenv()).run(args));
        }
    }
}
