package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.common.Coded;

/** Whether a dimension is an organisational capability or a barrier to co-production. */
public enum DimensionKind implements Coded {
    CAPABILITY("capability"),
    BARRIER("barrier");

    private final String code;

    DimensionKind(String code) {
        this.code = code;
    }

    /** The word used for this kind in question bank files. */
    @Override
    public String code() {
        return code;
    }

    public static DimensionKind fromCode(String code) {
        return Coded.fromCode(DimensionKind.class, code, "dimension kind");
    }
}
