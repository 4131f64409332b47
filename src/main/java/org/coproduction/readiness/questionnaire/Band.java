package org.coproduction.readiness.questionnaire;

/** A named score range: a score belongs to the last band whose {@code min} it reaches. */
public record Band(double min, String label, String description) {
}
