package org.coproduction.readiness.assessment;

import org.coproduction.readiness.common.Coded;

/**
 * Whose view an answer gives: the organisation's (managers, trustees, staff, volunteers) or that of
 * the people who use the service and carers. Partners and others belong to neither side.
 */
public enum Side implements Coded {
    ORGANISATION("organisation"),
    PEOPLE("people");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    /** The word for the side in files and JSON. */
    @Override
    public String code() {
        return code;
    }
}
