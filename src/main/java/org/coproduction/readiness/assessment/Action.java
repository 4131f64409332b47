package org.coproduction.readiness.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One action of an organisation's plan: what is to be done, by whom and when, how far it has got,
 * and the question or dimension of a question bank it is meant to improve. Actions belong to the
 * organisation, so they carry over from one assessment to the next.
 *
 * <p>{@code id} is 0 and the timestamps are {@link Instant#EPOCH} until the action is stored.
 *
 * @param questionnaireId the id of the question bank the link refers to (question ids are stable
 *                        across versions, so no version)
 * @param owner           who sees to it; empty when nobody is named
 * @param source          the assessment the action was raised from, if any
 */
public record Action(long id, long organisationId, String questionnaireId, String description, String owner,
                     Optional<LocalDate> due, ActionStatus status, ActionLink link, Optional<ActionSource> source,
                     Instant createdAt, Instant updatedAt) {
    public Action {
        description = description == null ? "" : description.strip();
        owner = owner == null ? "" : owner.strip();
        due = due == null ? Optional.empty() : due;
        source = source == null ? Optional.empty() : source;
        createdAt = createdAt == null ? Instant.EPOCH : createdAt;
        updatedAt = updatedAt == null ? Instant.EPOCH : updatedAt;
    }

    /** A new planned action with no owner, due date or source, not yet stored. */
    public static Action of(long organisationId, String questionnaireId, ActionLink link, String description) {
        return new Action(0, organisationId, questionnaireId, description, "", Optional.empty(), ActionStatus.PLANNED,
                link, Optional.empty(), Instant.EPOCH, Instant.EPOCH);
    }

    /** Planned or in progress. */
    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isStored() {
        return id != 0;
    }

    public Action withDescription(String newDescription) {
        return new Action(id, organisationId, questionnaireId, newDescription, owner, due, status, link, source,
                createdAt, updatedAt);
    }

    public Action withOwner(String newOwner) {
        return new Action(id, organisationId, questionnaireId, description, newOwner, due, status, link, source,
                createdAt, updatedAt);
    }

    public Action withDue(Optional<LocalDate> newDue) {
        return new Action(id, organisationId, questionnaireId, description, owner, newDue, status, link, source,
                createdAt, updatedAt);
    }

    public Action withStatus(ActionStatus newStatus) {
        return new Action(id, organisationId, questionnaireId, description, owner, due, newStatus, link, source,
                createdAt, updatedAt);
    }

    /** Links the action to another question or dimension, possibly of another question bank. */
    public Action withLink(String newQuestionnaireId, ActionLink newLink) {
        return new Action(id, organisationId, newQuestionnaireId, description, owner, due, status, newLink, source,
                createdAt, updatedAt);
    }

    public Action withSource(Optional<ActionSource> newSource) {
        return new Action(id, organisationId, questionnaireId, description, owner, due, status, link, newSource,
                createdAt, updatedAt);
    }
}
