package org.coproduction.readiness.questionnaire;

import java.util.List;

/**
 * A scored question. {@code levels} holds the five level texts, level 0 to level 4.
 */
public record Question(String id, String dimension, String text, List<String> levels, double weight,
                       boolean allowNotApplicable, String guidance, List<String> actions,
                       List<String> references) {
    /** The highest level a question can be given. */
    public static final int TOP_LEVEL = 4;

    public Question {
        levels = List.copyOf(levels);
        actions = List.copyOf(actions);
        references = List.copyOf(references);
    }
}
