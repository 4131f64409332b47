package org.coproduction.readiness.cli;

import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code backup --out FILE}: a consistent copy of the database while it may be in use. */
@Command(name = "backup", customSynopsis = "coproduction-readiness backup --out FILE [OPTIONS]",
        description = "Write a consistent copy of the database.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "the new file (it must not exist)")
    Path target;

    @Override
    public Integer call() throws BadInputException {
        try (Workspace workspace = app.open()) {
            workspace.database().backupTo(target);
        }
        app.out.println("Wrote a backup to " + target);
        return CommandLine.OK;
    }
}
