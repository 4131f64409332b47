package org.coproduction.readiness.store;

/**
 * A database problem, told in words a charity manager can act on. The technical cause is kept
 * for the log.
 */
public class StoreException extends RuntimeException {
    /** What kind of trouble, so that screens can offer the right way out. */
    public enum Kind {
        /** Another copy of the program (or another program) is using the file. */
        LOCKED,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** The file is not a database of ours, or is damaged. */
        DAMAGED,
        /** Made by a newer version of the program. */
        TOO_NEW,
        /** Data that breaks a rule, e.g. a duplicate name. */
        REJECTED,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
