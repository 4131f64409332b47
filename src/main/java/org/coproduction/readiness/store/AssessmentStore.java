package org.coproduction.readiness.store;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assessments with their respondents, answers and context answers: the only class that writes
 * SQL about them. Each answer is committed the moment it is saved. The actions raised from an
 * assessment are stored and read through {@link ActionStore}, in the same transaction.
 */
public final class AssessmentStore {
    private static final String SUMMARY_COLUMNS = "a.id, a.questionnaire_id, a.questionnaire_version, a.title,"
            + " a.assessed_on, a.status, o.id AS organisation_id, o.name, o.registered_number, o.area";
    private static final String SUMMARY_FROM = " FROM assessment a JOIN organisation o ON o.id = a.organisation_id";

    private final Database database;

    public AssessmentStore(Database database) {
        this.database = database;
    }

    /**
     * Stores a whole assessment in one transaction and returns its id. The organisation is found
     * by name, or added. The assessment's actions join that organisation's plan, raised from the
     * new assessment. All of it is stored, or nothing.
     */
    public long add(Assessment assessment) {
        return addAll(List.of(assessment)).get(0);
    }

    /** Stores several assessments in one transaction: all of them, or none. Returns their ids. */
    public List<Long> addAll(List<Assessment> assessments) {
        return database.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (Assessment assessment : assessments) {
                ids.add(insert(c, assessment));
            }
            return ids;
        });
    }

    private static long insert(Connection c, Assessment assessment) throws SQLException {
        Organisation organisation = assessment.organisation();
        if (organisation.id() == 0) {
            Optional<Organisation> existing = OrganisationStore.findByName(c, organisation.name());
            organisation = existing.isPresent() ? existing.get() : OrganisationStore.insert(c, organisation);
        }
        long id = insertAssessment(c, organisation.id(), assessment);
        Map<String, Long> respondentIds = new HashMap<>();
        for (Respondent respondent : assessment.respondents()) {
            respondentIds.put(respondent.key(), insertRespondent(c, id, respondent));
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_ANSWER)) {
            for (Answer answer : assessment.answers()) {
                Long respondentId = respondentIds.get(answer.respondent());
                if (respondentId == null) {
                    throw unknownRespondent(answer.respondent());
                }
                if (!answer.isEmpty()) {
                    bindAnswer(upsert, respondentId, answer);
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
        }
        for (Map.Entry<String, String> entry : assessment.context().entrySet()) {
            saveContext(c, id, entry.getKey(), entry.getValue());
        }
        for (Action action : assessment.actions()) {
            ActionStore.insert(c, action, organisation.id(), id);
        }
        return id;
    }

    private static long insertAssessment(Connection c, long organisationId, Assessment assessment) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment (organisation_id, questionnaire_id,"
                + " questionnaire_version, title, assessed_on, status, updated_at, uid, min_group_size)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, organisationId);
            insert.setString(2, assessment.questionnaire().id());
            insert.setString(3, assessment.questionnaire().version());
            insert.setString(4, assessment.title());
            insert.setString(5, assessment.assessedOn().toString());
            insert.setString(6, assessment.status().code());
            insert.setString(7, now());
            // Every stored assessment has a uid: the one it came with, else a new random one.
            insert.setString(8, uidFor(c, assessment.uid()));
            insert.setInt(9, assessment.minGroupSize());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * The uid an assessment is stored with: the one it came with, else a new random one; also a new
     * one when the same assessment is imported a second time, since the copy is a separate assessment.
     */
    private static String uidFor(Connection c, String asked) throws SQLException {
        if (!asked.isEmpty()) {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM assessment WHERE uid = ?")) {
                select.setString(1, asked);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return asked;
                    }
                }
            }
        }
        return java.util.UUID.randomUUID().toString();
    }

    /** Adds a respondent to an assessment. Keys are unique within the assessment. */
    public void addRespondent(long assessmentId, Respondent respondent) {
        database.run(c -> {
            insertRespondent(c, assessmentId, respondent);
            return null;
        });
    }

    private static long insertRespondent(Connection c, long assessmentId, Respondent respondent) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO respondent (assessment_id, key, role, label) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, assessmentId);
            insert.setString(2, respondent.key());
            insert.setString(3, respondent.role().code());
            insert.setString(4, respondent.label());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Removes a respondent who has no answers yet (a person added for a personal file that could
     * not be written). Someone with answers is kept: their answers are not thrown away here.
     */
    public void removeRespondentWithoutAnswers(long assessmentId, String key) {
        database.run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM respondent WHERE assessment_id = ? AND key = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM answer WHERE answer.respondent_id = respondent.id)")) {
                delete.setLong(1, assessmentId);
                delete.setString(2, key);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Adds answers collected elsewhere (a merge) in one transaction, all or nothing: first the
     * answers of the respondents in {@code replaceKeys} are deleted, then the new respondents are
     * added, then every answer is stored under its respondent (new or already there).
     */
    public void addRespondentsWithAnswers(long assessmentId, List<Respondent> newRespondents, List<Answer> answers,
                                          java.util.Set<String> replaceKeys) {
        database.inTransaction(c -> {
            for (String key : replaceKeys) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM answer WHERE respondent_id = ?")) {
                    delete.setLong(1, respondentId(c, assessmentId, key));
                    delete.executeUpdate();
                }
            }
            Map<String, Long> respondentIds = new HashMap<>();
            for (Respondent respondent : newRespondents) {
                respondentIds.put(respondent.key(), insertRespondent(c, assessmentId, respondent));
            }
            try (PreparedStatement upsert = c.prepareStatement(UPSERT_ANSWER)) {
                for (Answer answer : answers) {
                    if (answer.isEmpty()) {
                        continue;
                    }
                    Long respondentId = respondentIds.get(answer.respondent());
                    if (respondentId == null) {
                        respondentId = respondentId(c, assessmentId, answer.respondent());
                        respondentIds.put(answer.respondent(), respondentId);
                    }
                    bindAnswer(upsert, respondentId, answer);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            touch(c, assessmentId);
            return null;
        });
    }

    public void updateRespondent(long assessmentId, Respondent respondent) {
        database.run(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE respondent SET role = ?, label = ? WHERE assessment_id = ? AND key = ?")) {
                update.setString(1, respondent.role().code());
                update.setString(2, respondent.label());
                update.setLong(3, assessmentId);
                update.setString(4, respondent.key());
                return update.executeUpdate();
            }
        });
    }

    /**
     * Saves one answer at once, replacing that respondent's earlier answer to the question. An
     * answer with no response, note or flag is removed.
     */
    public void saveAnswer(long assessmentId, Answer answer) {
        database.inTransaction(c -> {
            saveAnswer(c, assessmentId, answer);
            return null;
        });
    }

    private static void saveAnswer(Connection c, long assessmentId, Answer answer) throws SQLException {
        long respondentId = respondentId(c, assessmentId, answer.respondent());
        if (answer.isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM answer WHERE respondent_id = ? AND question_id = ?")) {
                delete.setLong(1, respondentId);
                delete.setString(2, answer.question());
                delete.executeUpdate();
            }
            touch(c, assessmentId);
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_ANSWER)) {
            bindAnswer(upsert, respondentId, answer);
            upsert.executeUpdate();
        }
        touch(c, assessmentId);
    }

    private static final String UPSERT_ANSWER = "INSERT INTO answer (respondent_id, question_id, response, level, note,"
            + " flagged, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (respondent_id, question_id) DO UPDATE"
            + " SET response = excluded.response, level = excluded.level, note = excluded.note,"
            + " flagged = excluded.flagged, updated_at = excluded.updated_at";

    private static void bindAnswer(PreparedStatement upsert, long respondentId, Answer answer) throws SQLException {
        upsert.setLong(1, respondentId);
        upsert.setString(2, answer.question());
        Optional<Response> response = answer.response();
        if (response.isPresent()) {
            upsert.setString(3, response.get().kind().code());
        } else {
            upsert.setNull(3, Types.VARCHAR);
        }
        if (response.isPresent() && response.get().isLevel()) {
            upsert.setInt(4, response.get().level());
        } else {
            upsert.setNull(4, Types.INTEGER);
        }
        upsert.setString(5, answer.note());
        upsert.setInt(6, answer.flagged() ? 1 : 0);
        upsert.setString(7, now());
    }

    private static StoreException unknownRespondent(String key) {
        return new StoreException(StoreException.Kind.REJECTED, "The answer names a respondent (\"" + key
                + "\") who is not part of this assessment. Nothing was saved.");
    }

    private static long respondentId(Connection c, long assessmentId, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM respondent WHERE assessment_id = ? AND key = ?")) {
            select.setLong(1, assessmentId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw unknownRespondent(key);
                }
                return rows.getLong(1);
            }
        }
    }

    /** Saves one context answer at once; blank removes it. */
    public void saveContext(long assessmentId, String questionId, String value) {
        database.run(c -> {
            saveContext(c, assessmentId, questionId, value);
            return null;
        });
    }

    private static void saveContext(Connection c, long assessmentId, String questionId, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM context_answer WHERE assessment_id = ? AND question_id = ?")) {
                delete.setLong(1, assessmentId);
                delete.setString(2, questionId);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO context_answer (assessment_id, question_id, value)"
                + " VALUES (?, ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value")) {
            upsert.setLong(1, assessmentId);
            upsert.setString(2, questionId);
            upsert.setString(3, value);
            upsert.executeUpdate();
        }
    }

    public void setStatus(long assessmentId, AssessmentStatus status) {
        update(assessmentId, "status", status.code());
    }

    /**
     * Marks the assessment complete and remembers the review step, in one transaction: a draft is
     * never left complete at the wrong step, nor at the review step still a draft.
     */
    public void finish(long assessmentId) {
        database.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE assessment SET status = ?, current_step = ?,"
                    + " updated_at = ? WHERE id = ?")) {
                update.setString(1, AssessmentStatus.COMPLETE.code());
                update.setString(2, "review");
                update.setString(3, now());
                update.setLong(4, assessmentId);
                return update.executeUpdate();
            }
        });
    }

    /** Sets the smallest group whose figures are shown on their own (1 to 10). */
    public void setMinGroupSize(long assessmentId, int minGroupSize) {
        database.run(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE assessment SET min_group_size = ?, updated_at = ?"
                    + " WHERE id = ?")) {
                update.setInt(1, minGroupSize);
                update.setString(2, now());
                update.setLong(3, assessmentId);
                return update.executeUpdate();
            }
        });
    }

    public void rename(long assessmentId, String title) {
        update(assessmentId, "title", title);
    }

    public void setAssessedOn(long assessmentId, LocalDate date) {
        update(assessmentId, "assessed_on", date.toString());
    }

    /** Remembers the wizard step a draft was left at, so it reopens there. */
    public void setCurrentStep(long assessmentId, String step) {
        update(assessmentId, "current_step", step);
    }

    public String currentStep(long assessmentId) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT current_step FROM assessment WHERE id = ?")) {
                select.setLong(1, assessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : "";
                }
            }
        });
    }

    private void update(long assessmentId, String column, String value) {
        // The column name comes from this class only, never from input.
        database.run(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE assessment SET " + column + " = ?, updated_at = ?"
                    + " WHERE id = ?")) {
                update.setString(1, value);
                update.setString(2, now());
                update.setLong(3, assessmentId);
                return update.executeUpdate();
            }
        });
    }

    private static void touch(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE assessment SET updated_at = ? WHERE id = ?")) {
            update.setString(1, now());
            update.setLong(2, assessmentId);
            update.executeUpdate();
        }
    }

    /**
     * Removes an assessment with everything in it. Actions raised from it stay in the
     * organisation's plan, no longer tied to an assessment.
     */
    public void delete(long assessmentId) {
        database.run(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM assessment WHERE id = ?")) {
                delete.setLong(1, assessmentId);
                return delete.executeUpdate();
            }
        });
    }

    /** The whole assessment with the actions raised from it, or empty when there is none with this id. */
    public Optional<Assessment> load(long assessmentId) {
        return database.run(c -> {
            Optional<AssessmentSummary> summary = summary(c, assessmentId);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            AssessmentSummary s = summary.get();
            String uid;
            int minGroupSize;
            try (PreparedStatement select = c.prepareStatement("SELECT uid, min_group_size FROM assessment WHERE id = ?")) {
                select.setLong(1, assessmentId);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    uid = rows.getString(1);
                    minGroupSize = rows.getInt(2);
                }
            }
            return Optional.of(new Assessment(s.id(), s.organisation(), s.questionnaire(), s.title(), s.assessedOn(),
                    s.status(), context(c, assessmentId), respondents(c, assessmentId), answers(c, assessmentId),
                    ActionStore.raisedFrom(c, assessmentId), uid, minGroupSize));
        });
    }

    public Optional<AssessmentSummary> summary(long assessmentId) {
        return database.run(c -> summary(c, assessmentId));
    }

    private static Optional<AssessmentSummary> summary(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + " WHERE a.id = ?")) {
            select.setLong(1, assessmentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(readSummary(rows)) : Optional.empty();
            }
        }
    }

    /** Every assessment, by organisation name and then date. */
    public List<AssessmentSummary> list() {
        return summaries("ORDER BY o.name, a.assessed_on, a.id", null);
    }

    /** One organisation's assessments in date order. */
    public List<AssessmentSummary> listFor(long organisationId) {
        return summaries("WHERE a.organisation_id = ? ORDER BY a.assessed_on, a.id", organisationId);
    }

    private List<AssessmentSummary> summaries(String where, Long organisationId) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + SUMMARY_FROM + " " + where)) {
                if (organisationId != null) {
                    select.setLong(1, organisationId);
                }
                List<AssessmentSummary> summaries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        summaries.add(readSummary(rows));
                    }
                }
                return summaries;
            }
        });
    }

    /** The keys of an assessment's respondents ("r1", "r2"…), without loading the rest of it. */
    public java.util.Set<String> respondentKeys(long assessmentId) {
        return database.run(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT key FROM respondent WHERE assessment_id = ?")) {
                select.setLong(1, assessmentId);
                java.util.Set<String> keys = new java.util.HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
                return keys;
            }
        });
    }

    /** The answers of one assessment, all respondents, for scoring. */
    public List<Answer> answers(long assessmentId) {
        return database.run(c -> answers(c, assessmentId));
    }

    private static List<Answer> answers(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT r.key, a.question_id, a.response, a.level, a.note,"
                + " a.flagged FROM respondent r JOIN answer a ON a.respondent_id = r.id WHERE r.assessment_id = ?"
                + " ORDER BY r.id, a.question_id")) {
            select.setLong(1, assessmentId);
            List<Answer> answers = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString("response");
                    Optional<Response> response = Optional.empty();
                    if (code != null) {
                        Response.Kind kind = Response.Kind.fromCode(code);
                        response = Optional.of(kind == Response.Kind.LEVEL ? Response.level(rows.getInt("level"))
                                : new Response(kind, 0));
                    }
                    answers.add(new Answer(rows.getString("key"), rows.getString("question_id"), response,
                            rows.getString("note"), rows.getInt("flagged") == 1));
                }
            }
            return answers;
        }
    }

    private static List<Respondent> respondents(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT key, role, label FROM respondent WHERE assessment_id = ? ORDER BY id")) {
            select.setLong(1, assessmentId);
            List<Respondent> respondents = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    respondents.add(new Respondent(rows.getString("key"), Role.fromCode(rows.getString("role")),
                            rows.getString("label")));
                }
            }
            return respondents;
        }
    }

    private static Map<String, String> context(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT question_id, value FROM context_answer WHERE assessment_id = ?")) {
            select.setLong(1, assessmentId);
            Map<String, String> context = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    context.put(rows.getString(1), rows.getString(2));
                }
            }
            return context;
        }
    }

    private static AssessmentSummary readSummary(ResultSet rows) throws SQLException {
        Organisation organisation = new Organisation(rows.getLong("organisation_id"), rows.getString("name"),
                rows.getString("registered_number"), rows.getString("area"));
        return new AssessmentSummary(rows.getLong("id"), organisation,
                new QuestionnaireRef(rows.getString("questionnaire_id"), rows.getString("questionnaire_version")),
                rows.getString("title"), LocalDate.parse(rows.getString("assessed_on")),
                AssessmentStatus.fromCode(rows.getString("status")));
    }

    private static String now() {
        return Instant.now().toString();
    }
}
