package org.coproduction.readiness.comparison;

/** Two assessments that cannot be compared, with the reason in plain words. */
public class NotComparableException extends Exception {
    public NotComparableException(String message) {
        super(message);
    }
}
