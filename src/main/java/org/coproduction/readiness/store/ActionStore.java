package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.ActionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The action plans of organisations: the only class that writes SQL about actions. Every change
 * is committed at once. Lists come in plan order: by due date, actions with no date last, then in
 * the order they were added.
 */
public final class ActionStore {
    private static final String COLUMNS = "a.id, a.organisation_id, a.questionnaire_id, a.question_id, a.dimension_id,"
            + " a.description, a.owner, a.due_on, a.status, a.source_assessment_id, a.created_at, a.updated_at,"
            + " s.title AS source_title, s.assessed_on AS source_assessed_on";
    private static final String FROM = " FROM action a LEFT JOIN assessment s ON s.id = a.source_assessment_id";
    private static final String PLAN_ORDER = " ORDER BY a.due_on IS NULL, a.due_on, a.id";
    /** Open statuses as SQL, from {@link ActionStatus#isOpen()}; the partial index in 003-actions.sql matches it. */
    private static final String OPEN = "a.status IN (" + Arrays.stream(ActionStatus.values()).filter(ActionStatus::isOpen)
            .map(s -> "'" + s.code() + "'").collect(Collectors.joining(", ")) + ")";

    /**
     * The lookup of an organisation's open actions about questions, as run; package-private so
     * that a test can ask SQLite how it runs this very statement (it should use the partial index
     * action_open_by_question). One parameter: the organisation's id.
     */
    static final String OPEN_ABOUT_QUESTIONS = "SELECT " + COLUMNS + FROM
            + " WHERE a.organisation_id = ? AND a.question_id IS NOT NULL AND " + OPEN + PLAN_ORDER;

    private final Database database;

    public ActionStore(Database database) {
        this.database = database;
    }

    /**
     * Adds an action to its organisation's plan and returns it as stored, with its id and
     * timestamps. Its source, if given, must be an assessment of the same organisation.
     */
    public Action add(Action action) {
        return database.inTransaction(c -> {
            requireOrganisation(c, action.organisationId());
            Long source = action.source().map(ActionSource::assessmentId).orElse(null);
            if (source != null) {
                requireSourceOf(c, action.organisationId(), source);
            }
            return find(c, insert(c, action, action.organisationId(), source)).orElseThrow();
        });
    }

    /**
     * Stores an action with the given organisation and source, inside the caller's transaction;
     * for assessments stored with the actions raised from them. Returns the new id.
     */
    static long insert(Connection c, Action action, long organisationId, Long sourceAssessmentId) throws SQLException {
        check(action);
        String now = now();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO action (organisation_id, questionnaire_id,"
                + " question_id, dimension_id, description, owner, due_on, status, source_assessment_id, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, organisationId);
            insert.setString(2, action.questionnaireId().strip());
            bindLink(insert, 3, action.link());
            insert.setString(5, action.description());
            insert.setString(6, action.owner());
            bindDue(insert, 7, action.due());
            insert.setString(8, action.status().code());
            if (sourceAssessmentId == null) {
                insert.setNull(9, Types.INTEGER);
            } else {
                insert.setLong(9, sourceAssessmentId);
            }
            insert.setString(10, now);
            insert.setString(11, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Saves a changed description, owner, due date, status or link (with its question bank) and
     * returns the action as stored. Organisation and source stay as they were.
     */
    public Action update(Action action) {
        check(action);
        return database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE action SET questionnaire_id = ?, question_id = ?,"
                    + " dimension_id = ?, description = ?, owner = ?, due_on = ?, status = ?, updated_at = ?"
                    + " WHERE id = ?")) {
                update.setString(1, action.questionnaireId().strip());
                bindLink(update, 2, action.link());
                update.setString(4, action.description());
                update.setString(5, action.owner());
                bindDue(update, 6, action.due());
                update.setString(7, action.status().code());
                update.setString(8, now());
                update.setLong(9, action.id());
                if (update.executeUpdate() == 0) {
                    throw missing();
                }
            }
            return find(c, action.id()).orElseThrow();
        });
    }

    /** Moves an action on (or back): planned, in progress, done or dropped. Returns it as stored. */
    public Action setStatus(long actionId, ActionStatus status) {
        return update(find(actionId).orElseThrow(ActionStore::missing).withStatus(status));
    }

    /** Removes an action from the plan. Removing one that is already gone does nothing. */
    public void delete(long actionId) {
        database.run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM action WHERE id = ?")) {
                delete.setLong(1, actionId);
                return delete.executeUpdate();
            }
        });
    }

    public Optional<Action> find(long actionId) {
        return database.run(c -> find(c, actionId));
    }

    private static Optional<Action> find(Connection c, long actionId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE a.id = ?")) {
            select.setLong(1, actionId);
            List<Action> found = read(select);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** The whole plan of an organisation, in plan order. */
    public List<Action> listFor(long organisationId) {
        return list(" WHERE a.organisation_id = ?" + PLAN_ORDER, organisationId);
    }

    /** The open actions (planned or in progress) of an organisation, in plan order. */
    public List<Action> openFor(long organisationId) {
        return list(" WHERE a.organisation_id = ? AND " + OPEN + PLAN_ORDER, organisationId);
    }

    /**
     * The open actions of an organisation that are linked to a question, by question id, each list
     * in plan order: what the wizard shows beside the questions of the next assessment. Actions of
     * every question bank are included; see {@link #openByQuestion(long, String)}.
     */
    public Map<String, List<Action>> openByQuestion(long organisationId) {
        return byQuestion(openAboutQuestions(organisationId));
    }

    /** As {@link #openByQuestion(long)}, only the actions about questions of one question bank. */
    public Map<String, List<Action>> openByQuestion(long organisationId, String questionnaireId) {
        return byQuestion(openAboutQuestions(organisationId).stream()
                .filter(a -> a.questionnaireId().equals(questionnaireId)).toList());
    }

    private List<Action> openAboutQuestions(long organisationId) {
        return query(OPEN_ABOUT_QUESTIONS, organisationId);
    }

    /** The open actions of an organisation that are linked to a whole dimension, by dimension id. */
    public Map<String, List<Action>> openByDimension(long organisationId) {
        Map<String, List<Action>> byDimension = new LinkedHashMap<>();
        for (Action action : openFor(organisationId)) {
            action.link().dimensionId().ifPresent(id -> byDimension.computeIfAbsent(id, k -> new ArrayList<>()).add(action));
        }
        return byDimension;
    }

    /** The actions raised from one assessment, in the order they were added: what its exchange file carries. */
    public List<Action> raisedFrom(long assessmentId) {
        return database.run(c -> raisedFrom(c, assessmentId));
    }

    static List<Action> raisedFrom(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + FROM
                + " WHERE a.source_assessment_id = ? ORDER BY a.id")) {
            select.setLong(1, assessmentId);
            return read(select);
        }
    }

    private List<Action> list(String where, long organisationId) {
        return query("SELECT " + COLUMNS + FROM + where, organisationId);
    }

    /** Runs a whole select with one parameter, the organisation's id. */
    private List<Action> query(String sql, long organisationId) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, organisationId);
                return read(select);
            }
        });
    }

    private static Map<String, List<Action>> byQuestion(List<Action> actions) {
        Map<String, List<Action>> byQuestion = new LinkedHashMap<>();
        for (Action action : actions) {
            action.link().questionId().ifPresent(id -> byQuestion.computeIfAbsent(id, k -> new ArrayList<>()).add(action));
        }
        return byQuestion;
    }

    // Rules ---------------------------------------------------------------------------------------

    /** The rules every stored action keeps; the database checks them again. */
    private static void check(Action action) {
        if (action.description().isBlank()) {
            throw rejected("An action needs a description.");
        }
        if (action.link() == null) {
            throw rejected("An action needs to be linked to a question or an area of the assessment.");
        }
        if (action.questionnaireId() == null || action.questionnaireId().isBlank()) {
            throw rejected("An action needs the question bank of the question or area it is linked to.");
        }
        if (action.status() == null) {
            throw rejected("An action needs a status: planned, in progress, done or dropped.");
        }
    }

    private static void requireOrganisation(Connection c, long organisationId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM organisation WHERE id = ?")) {
            select.setLong(1, organisationId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw rejected("The organisation of this action is not in the database; it may have been deleted."
                            + " Nothing was saved.");
                }
            }
        }
    }

    private static void requireSourceOf(Connection c, long organisationId, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT organisation_id FROM assessment WHERE id = ?")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw rejected("The assessment this action was raised from is not in the database; it may have"
                            + " been deleted. Nothing was saved.");
                }
                if (rows.getLong(1) != organisationId) {
                    throw rejected("This action was raised from an assessment of another organisation. Nothing was"
                            + " saved.");
                }
            }
        }
    }

    private static StoreException missing() {
        return rejected("This action is no longer in the plan; it may have been deleted. Nothing was saved.");
    }

    private static StoreException rejected(String message) {
        return new StoreException(StoreException.Kind.REJECTED, message);
    }

    // Rows ----------------------------------------------------------------------------------------

    private static void bindLink(PreparedStatement statement, int index, ActionLink link) throws SQLException {
        if (link.isQuestion()) {
            statement.setString(index, link.id());
            statement.setNull(index + 1, Types.VARCHAR);
        } else {
            statement.setNull(index, Types.VARCHAR);
            statement.setString(index + 1, link.id());
        }
    }

    private static void bindDue(PreparedStatement statement, int index, Optional<LocalDate> due) throws SQLException {
        if (due.isPresent()) {
            statement.setString(index, due.get().toString());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static List<Action> read(PreparedStatement select) throws SQLException {
        List<Action> actions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                actions.add(read(rows));
            }
        }
        return actions;
    }

    private static Action read(ResultSet rows) throws SQLException {
        String questionId = rows.getString("question_id");
        ActionLink link = questionId != null ? ActionLink.question(questionId)
                : ActionLink.dimension(rows.getString("dimension_id"));
        String due = rows.getString("due_on");
        long sourceId = rows.getLong("source_assessment_id");
        Optional<ActionSource> source = rows.wasNull() ? Optional.empty()
                : Optional.of(new ActionSource(sourceId, rows.getString("source_title"),
                        LocalDate.parse(rows.getString("source_assessed_on"))));
        return new Action(rows.getLong("id"), rows.getLong("organisation_id"), rows.getString("questionnaire_id"),
                rows.getString("description"), rows.getString("owner"),
                due == null ? Optional.empty() : Optional.of(LocalDate.parse(due)),
                ActionStatus.fromCode(rows.getString("status")), link, source,
                Instant.parse(rows.getString("created_at")), Instant.parse(rows.getString("updated_at")));
    }

    private static String now() {
        return Instant.now().toString();
    }
}
