package org.coproduction.readiness.assessment;

/**
 * Someone who answers an assessment's questions.
 *
 * @param key   stable within the assessment ("r1"), used by answers
 * @param label an optional name or description, empty when not given
 */
public record Respondent(String key, Role role, String label) {
    public Respondent {
        label = label == null ? "" : label;
    }

    /** How the respondent is named on screen and in reports. */
    public String displayName() {
        return label.isBlank() ? role.label() : label + " (" + role.label().toLowerCase() + ")";
    }
}
