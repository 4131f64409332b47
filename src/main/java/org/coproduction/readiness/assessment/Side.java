package org.coproduction.readiness.assessment;

/**
 * Whose view an answer gives: the organisation's (managers, trustees, staff, volunteers) or that of
 * the people who use the service and carers. Partners and others belong to neither side.
 */
public enum Side {
    ORGANISATION,
    PEOPLE
}
