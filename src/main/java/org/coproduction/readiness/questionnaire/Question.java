package org.coproduction.readiness.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * A scored question (docs/questionnaire-format.md, rule 5). {@code levels} holds the five level
 * texts, level 0 to level 4, in the organisation's words; {@code people} the same question in the
 * words of a person who uses the service or a carer, where the bank gives them; {@code nextSteps}
 * what to do to move from each level to the next (four lists, or none).
 */
public record Question(String id, String dimension, String text, List<String> levels, double weight,
                       boolean allowNotApplicable, String guidance, List<String> actions,
                       List<String> references, Audience audience, Optional<Wording> people,
                       List<List<String>> nextSteps, List<String> themes) {
    /** The highest level a question can be given. */
    public static final int TOP_LEVEL = 4;

    /** Who is asked a question. */
    public enum Audience {
        /** Everyone who answers: the organisation's side and the people's side. */
        EVERYONE("everyone"),
        /** Only the organisation's side: it alone can know (budgets, supervision, what trustees decide). */
        ORGANISATION("organisation");

        private final String code;

        Audience(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A question and its five level texts in one voice. */
    public record Wording(String text, List<String> levels) {
        public Wording {
            levels = List.copyOf(levels);
        }
    }

    public Question {
        levels = List.copyOf(levels);
        actions = List.copyOf(actions);
        references = List.copyOf(references);
        nextSteps = nextSteps.stream().map(List::copyOf).toList();
        themes = List.copyOf(themes);
    }

    /** A question with none of the optional parts: asked of everyone, one voice, no next steps. */
    public Question(String id, String dimension, String text, List<String> levels, double weight,
                    boolean allowNotApplicable, String guidance, List<String> actions, List<String> references) {
        this(id, dimension, text, levels, weight, allowNotApplicable, guidance, actions, references,
                Audience.EVERYONE, Optional.empty(), List.of(), List.of());
    }

    /** Whether people who use the service and carers are asked it. */
    public boolean askedOfPeople() {
        return audience == Audience.EVERYONE;
    }

    /**
     * The words shown to a respondent: for someone on the people's side (a person who uses the
     * service or a carer) the people wording where there is one, else the organisation's.
     */
    public Wording wording(boolean forPeople) {
        return forPeople && people.isPresent() ? people.get() : new Wording(text, levels);
    }

    /**
     * What to do next from a (mean) level: the next steps from that level where the bank gives them
     * (docs/scoring.md, priorities), else the question's general actions.
     */
    public List<String> stepsFrom(double level) {
        int from = (int) Math.floor(level);
        return from >= 0 && from < nextSteps.size() && !nextSteps.get(from).isEmpty() ? nextSteps.get(from) : actions;
    }
}
