package org.coproduction.readiness.cli;

/** The input or the data is wrong (exit code 1); the message says what to do. */
final class BadInputException extends Exception {
    BadInputException(String message) {
        super(message);
    }
}
