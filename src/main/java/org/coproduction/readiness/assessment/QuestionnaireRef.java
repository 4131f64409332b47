package org.coproduction.readiness.assessment;

/** Which version of which question bank an assessment answers. */
public record QuestionnaireRef(String id, String version) {
    @Override
    public String toString() {
        return id + " " + version;
    }
}
