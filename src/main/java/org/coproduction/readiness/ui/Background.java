package org.coproduction.readiness.ui;

import javafx.concurrent.Task;

import org.coproduction.readiness.service.Progress;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread that talks to the database. Screens hand it work as a {@link Task} and get the
 * result back on the JavaFX thread, so the window never freezes and the connection is never used
 * by two threads at once. Work runs in the order it was given.
 */
public final class Background {
    private final ExecutorService database = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs work on the database thread; then one of the two callbacks on the JavaFX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        }, onSuccess, onFailure);
    }

    private <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        if (database.isShutdown()) {
            // The program is closing and everything queued has been written; late events are dropped.
            System.getLogger("coproduction-readiness").log(System.Logger.Level.DEBUG, "Work after shutdown ignored");
            return task;
        }
        database.execute(task);
        return task;
    }

    /**
     * The database thread itself, lent to a service that queues its own work there (a workshop
     * session), so it and the screens never use the connection at the same time.
     */
    public java.util.concurrent.Executor databaseThread() {
        return database::execute;
    }

    /** Work that tells how far it has got. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    /**
     * Runs long work on the database thread; the returned task's progress and message follow what
     * the work reports, so a screen can bind a progress bar to them.
     */
    public <T> Task<T> runWithProgress(ProgressWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call((done, total, doing) -> {
                    updateProgress(done, total);
                    updateMessage(doing);
                });
            }
        };
        return submit(task, onSuccess, onFailure);
    }

    /** Runs work with no result. */
    public Task<Void> run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        return run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /**
     * Lets queued work (saves above all) finish, then runs {@code last} on the database thread:
     * used when the window closes, so that no answer given is lost.
     */
    public void finish(Runnable last, long timeoutSeconds) {
        database.execute(last);
        database.shutdown();
        try {
            if (!database.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
                database.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
