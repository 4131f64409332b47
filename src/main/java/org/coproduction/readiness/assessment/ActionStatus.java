package org.coproduction.readiness.assessment;

import org.coproduction.readiness.common.Coded;

/** Where an action of the plan stands. Planned and in-progress actions are open. */
public enum ActionStatus implements Coded {
    PLANNED("planned", "Planned"),
    IN_PROGRESS("in-progress", "In progress"),
    DONE("done", "Done"),
    DROPPED("dropped", "Dropped");

    private final String code;
    private final String label;

    ActionStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word used in exchange files, CSV and the database. */
    @Override
    public String code() {
        return code;
    }

    /** How the status is named on screen and in reports. */
    public String label() {
        return label;
    }

    /** True while the action is still to be done: planned or in progress. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public static ActionStatus fromCode(String code) {
        return Coded.fromCode(ActionStatus.class, code, "action status");
    }

    /** The codes, for messages. */
    public static String codes() {
        return Coded.codes(ActionStatus.class);
    }
}
