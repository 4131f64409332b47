package org.coproduction.readiness.json;

import java.util.List;

/** A file that broke one or more rules; nothing was taken from it. */
public class RefusedFileException extends Exception {
    private final transient List<Problem> problems;

    public RefusedFileException(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).message());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refused file needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public RefusedFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
