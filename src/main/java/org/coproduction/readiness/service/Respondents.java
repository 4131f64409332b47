package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;

import java.util.Set;

/** The people who answer an assessment, and the keys ("r1", "r2"…) their answers are filed under. */
public final class Respondents {
    /** The key of an assessment's first respondent. */
    public static final String FIRST = "r1";

    private Respondents() {
    }

    /**
     * Adds a respondent under the next free key "rN", counting on from the number of respondents
     * (so "r1" for the first) past any key already taken; returns the key.
     */
    public static String addNext(Workspace workspace, long assessmentId, Role role, String label) {
        // Only the keys are read, not the whole assessment: a workshop adds many people at once.
        if (workspace.assessments().summary(assessmentId).isEmpty()) {
            workspace.loadExisting(assessmentId);
        }
        Set<String> taken = workspace.assessments().respondentKeys(assessmentId);
        String key = nextFree(taken);
        workspace.assessments().addRespondent(assessmentId, new Respondent(key, role, label));
        return key;
    }

    /** The next free key "rN" beside the keys taken: counting on from their number, past any taken. */
    public static String nextFree(Set<String> taken) {
        int next = taken.size() + 1;
        while (taken.contains("r" + next)) {
            next++;
        }
        return "r" + next;
    }
}
