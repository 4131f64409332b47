package org.coproduction.readiness.assessment;

/** Where an action of the plan stands. Planned and in-progress actions are open. */
public enum ActionStatus {
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
        for (ActionStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown action status: " + code);
    }

    /** The codes, for messages. */
    public static String codes() {
        StringBuilder codes = new StringBuilder();
        for (ActionStatus status : values()) {
            codes.append(codes.length() == 0 ? "" : ", ").append(status.code);
        }
        return codes.toString();
    }
}
