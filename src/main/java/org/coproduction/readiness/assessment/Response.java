package org.coproduction.readiness.assessment;

import org.coproduction.readiness.common.Coded;

/**
 * What one respondent said to one question: a level 0 to 4, "not applicable" or "don't know"
 * (docs/scoring.md, rule 1). Use the factories; a level is only meaningful for {@link Kind#LEVEL}.
 */
public record Response(Kind kind, int level) {
    public enum Kind implements Coded {
        LEVEL("level"),
        NOT_APPLICABLE("not-applicable"),
        DONT_KNOW("dont-know");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The word used in exchange files and in the database. */
        @Override
        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            return Coded.fromCode(Kind.class, code, "response");
        }
    }

    public static final int LOWEST_LEVEL = 0;
    public static final int HIGHEST_LEVEL = 4;

    public Response {
        if (kind == Kind.LEVEL && (level < LOWEST_LEVEL || level > HIGHEST_LEVEL)) {
            throw new IllegalArgumentException("A level runs from 0 to 4, not " + level);
        }
        if (kind != Kind.LEVEL) {
            level = 0;
        }
    }

    public static Response level(int level) {
        return new Response(Kind.LEVEL, level);
    }

    public static Response notApplicable() {
        return new Response(Kind.NOT_APPLICABLE, 0);
    }

    public static Response dontKnow() {
        return new Response(Kind.DONT_KNOW, 0);
    }

    public boolean isLevel() {
        return kind == Kind.LEVEL;
    }
}
