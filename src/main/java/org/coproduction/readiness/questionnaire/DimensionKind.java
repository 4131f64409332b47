package org.coproduction.readiness.questionnaire;

/** Whether a dimension is an organisational capability or a barrier to co-production. */
public enum DimensionKind {
    CAPABILITY("capability"),
    BARRIER("barrier");

    private final String code;

    DimensionKind(String code) {
        this.code = code;
    }

    /** The word used for this kind in question bank files. */
    public String code() {
        return code;
    }

    public static DimensionKind fromCode(String code) {
        for (DimensionKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown dimension kind: " + code);
    }
}
