package org.coproduction.readiness.ui;

import org.coproduction.readiness.store.StoreException;

/** Turns a failure into a sentence for the person at the screen; the details go to the log. */
final class UserMessages {
    private UserMessages() {
    }

    static String of(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof StoreException store) {
                return store.getMessage();
            }
            cause = cause.getCause();
        }
        System.getLogger("coproduction-readiness").log(System.Logger.Level.ERROR, "Unexpected failure", failure);
        return "Something went wrong inside the program (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + "). Your earlier answers are safe.";
    }
}
