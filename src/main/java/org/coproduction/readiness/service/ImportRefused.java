package org.coproduction.readiness.service;

import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.store.StoreException;

import java.util.List;

/** Import files that broke rules: every problem of every file, and nothing was stored. */
public final class ImportRefused extends StoreException {
    private final transient List<Problem> problems;

    public ImportRefused(List<Problem> problems) {
        super(Kind.REJECTED, "Nothing was imported: " + problems.get(0).message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Each problem: which file, which place in it and which rule. */
    public List<Problem> problems() {
        return problems;
    }
}
