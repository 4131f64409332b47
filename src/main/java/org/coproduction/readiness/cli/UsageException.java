package org.coproduction.readiness.cli;

/** The command line was not written the way the program expects (exit code 2). */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
