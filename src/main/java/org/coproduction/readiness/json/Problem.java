package org.coproduction.readiness.json;

/**
 * Why a file was refused: which file, where in it (a JSON path such as
 * {@code $.questions[2].levels}, or a line and column) and which rule it broke, in words a
 * charity manager can act on.
 */
public record Problem(String file, String place, String rule) {

    /** One line naming file, place and rule. */
    public String message() {
        return place.isEmpty() ? file + ": " + rule : file + ": " + place + ": " + rule;
    }

    @Override
    public String toString() {
        return message();
    }
}
