package org.coproduction.readiness.assessment;

import org.coproduction.readiness.common.Coded;

/** A draft is still being filled in; a complete assessment has been finished. */
public enum AssessmentStatus implements Coded {
    DRAFT("draft"),
    COMPLETE("complete");

    private final String code;

    AssessmentStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static AssessmentStatus fromCode(String code) {
        return Coded.fromCode(AssessmentStatus.class, code, "status");
    }
}
