package org.coproduction.readiness.service;

import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.store.StoreException;

import java.util.List;

/** A merge that broke a rule: every problem of every file, and nothing was merged. */
public final class MergeRefused extends StoreException {
    private final transient List<Problem> problems;

    public MergeRefused(List<Problem> problems) {
        super(Kind.REJECTED, "Nothing was merged: " + problems.get(0).message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Each problem: which file, which place in it and why. */
    public List<Problem> problems() {
        return problems;
    }
}
