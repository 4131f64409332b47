package org.coproduction.readiness.ui;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Short notices in the corner of the window after work that needs no answer (a file written, files
 * imported): they go away by themselves, and one about a file offers to open its folder. Problems
 * are never notices: they open a dialog that waits for the person.
 */
final class Notices {
    private static final Duration SHOWN_FOR = Duration.seconds(10);

    private final Window owner;
    private final Consumer<Path> openFolder;

    /** {@code openFolder} shows a folder in the system's file manager. */
    Notices(Window owner, Consumer<Path> openFolder) {
        this.owner = owner;
        this.openFolder = openFolder;
    }

    /** Says a file was written, with a button that opens the folder it is in. */
    void fileWritten(String title, Path file) {
        Path absolute = file.toAbsolutePath();
        notice(title, absolute.getFileName() + "\nin " + absolute.getParent())
                .action(new Action("Open folder", e -> openFolder.accept(absolute.getParent())))
                .showInformation();
    }

    /** Says something was done. */
    void done(String title, String text) {
        notice(title, text).showInformation();
    }

    private Notifications notice(String title, String text) {
        return Notifications.create().owner(owner).title(title).text(text).hideAfter(SHOWN_FOR);
    }
}
