package org.coproduction.readiness.cli;

import org.coproduction.readiness.service.WorkshopServer;
import org.coproduction.readiness.service.WorkshopSession;
import org.coproduction.readiness.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code workshop ID [--port N]}: runs a workshop session for a draft assessment without the window
 * (PRODUCT.md section 9, docs/workshop.md) until stopped with Ctrl+C or a stop signal; prints the
 * addresses phones open and the session's code.
 */
@Command(name = "workshop", customSynopsis = "coproduction-readiness workshop ID [--port N] [OPTIONS]",
        description = "Run a workshop session for a draft assessment: phones on this network join and answer"
                + " their side's questions, each answer saved at once. Runs until stopped (Ctrl+C).")
final class WorkshopCommand implements Callable<Integer> {
    @ParentCommand
    GlobalOptions app;

    @Parameters(paramLabel = "ID", description = "the id of the draft assessment (see: list)")
    List<String> ids = new ArrayList<>();

    @Option(names = "--port", paramLabel = "N", description = "the port to listen on (default: any free port)")
    int port;

    @Override
    public Integer call() throws UsageException, BadInputException, InterruptedException {
        long id = GlobalOptions.assessmentId(GlobalOptions.one(ids, "the id of the assessment for the workshop"));
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be a number from 0 to 65535, not " + port);
        }
        Workspace workspace = app.open();
        WorkshopSession session;
        try {
            session = WorkshopSession.open(workspace, id);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        WorkshopServer server = new WorkshopServer(session);
        try {
            server.start(port);
        } catch (IOException e) {
            session.close();
            workspace.close();
            throw new BadInputException("The workshop cannot listen on port " + port + " (" + e.getMessage()
                    + "). Choose another with --port, or leave it out to take any free port.");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            session.close();
            workspace.close();
            stopped.countDown();
        }, "workshop-stop"));
        app.out.println("Workshop for assessment " + id + ", code " + session.code());
        app.out.println("Phones on this network open:");
        server.addresses().forEach(address -> app.out.println("  " + address));
        app.out.println("Press Ctrl+C to end the session.");
        app.out.flush();
        stopped.await();
        return CommandLine.OK;
    }
}
