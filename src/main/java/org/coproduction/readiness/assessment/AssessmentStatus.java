package org.coproduction.readiness.assessment;

/** A draft is still being filled in; a complete assessment has been finished. */
public enum AssessmentStatus {
    DRAFT("draft"),
    COMPLETE("complete");

    private final String code;

    AssessmentStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AssessmentStatus fromCode(String code) {
        for (AssessmentStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown status: " + code);
    }
}
