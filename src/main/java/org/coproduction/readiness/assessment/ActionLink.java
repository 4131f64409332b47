package org.coproduction.readiness.assessment;

import java.util.Optional;

/**
 * What an action is about: exactly one question or one dimension of a question bank. Being one
 * value, a link can never name both or neither.
 */
public record ActionLink(Target target, String id) {
    /** Whether the link names a question or a dimension. */
    public enum Target {
        QUESTION,
        DIMENSION
    }

    public ActionLink {
        if (target == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("An action link names a question or a dimension by its id");
        }
    }

    public static ActionLink question(String questionId) {
        return new ActionLink(Target.QUESTION, questionId);
    }

    public static ActionLink dimension(String dimensionId) {
        return new ActionLink(Target.DIMENSION, dimensionId);
    }

    public boolean isQuestion() {
        return target == Target.QUESTION;
    }

    /** The question's id when the link names a question. */
    public Optional<String> questionId() {
        return isQuestion() ? Optional.of(id) : Optional.empty();
    }

    /** The dimension's id when the link names a dimension. */
    public Optional<String> dimensionId() {
        return isQuestion() ? Optional.empty() : Optional.of(id);
    }
}
