package org.coproduction.readiness.questionnaire;

/** A source in the literature, cited by questions and dimensions through its key. */
public record Reference(String key, String citation) {
}
