package org.coproduction.readiness.questionnaire;

import java.util.List;

/**
 * An unscored question about the organisation and the service in focus. With no options it takes
 * free text.
 *
 * @param kind {@code "ladder"} for the self-placement on the ladder of involvement, {@code "ladder-people"}
 *             for where the people who use the service and carers place the organisation on it, else empty
 */
public record ContextQuestion(String id, String text, List<String> options, String kind, String help) {
    public static final String LADDER = "ladder";
    /** The people's own placement of the organisation on the same ladder (the same rungs). */
    public static final String LADDER_PEOPLE = "ladder-people";

    public ContextQuestion {
        options = List.copyOf(options);
    }

    public boolean isFreeText() {
        return options.isEmpty();
    }

    public boolean isLadder() {
        return LADDER.equals(kind);
    }

    public boolean isPeoplesLadder() {
        return LADDER_PEOPLE.equals(kind);
    }
}
