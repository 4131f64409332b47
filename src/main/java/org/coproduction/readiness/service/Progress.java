package org.coproduction.readiness.service;

/**
 * How far a long piece of work has got (importing many files, say), so that a window can show a
 * bar and the words "Reading 3 of 12 files". The use case calls it; the caller decides what to
 * show. It is called on the thread doing the work.
 */
@FunctionalInterface
public interface Progress {
    /** For callers that show nothing (the command line). */
    Progress NONE = (done, total, doing) -> { };

    /** {@code done} of {@code total} steps are done; {@code doing} says what comes next. */
    void update(int done, int total, String doing);
}
