package org.coproduction.readiness.assessment;

import java.util.Optional;

/**
 * One respondent's answer to one scored question. The response is empty while the respondent has
 * only written a note or set the "review later" flag: the question then counts as unanswered.
 */
public record Answer(String respondent, String question, Optional<Response> response, String note, boolean flagged) {
    public Answer {
        note = note == null ? "" : note;
    }

    public static Answer of(String respondent, String question, Response response) {
        return new Answer(respondent, question, Optional.of(response), "", false);
    }

    public Answer withNote(String newNote) {
        return new Answer(respondent, question, response, newNote, flagged);
    }

    public Answer withFlag(boolean newFlag) {
        return new Answer(respondent, question, response, note, newFlag);
    }

    public Answer withResponse(Optional<Response> newResponse) {
        return new Answer(respondent, question, newResponse, note, flagged);
    }

    /** True when there is nothing left to keep: no response, no note, no flag. */
    public boolean isEmpty() {
        return response.isEmpty() && note.isBlank() && !flagged;
    }
}
