package org.coproduction.readiness.service;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.QuestionnaireRef;
import org.coproduction.readiness.comparison.Comparer;
import org.coproduction.readiness.comparison.Comparison;
import org.coproduction.readiness.comparison.NotComparableException;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.coproduction.readiness.store.ActionStore;
import org.coproduction.readiness.store.AssessmentStore;
import org.coproduction.readiness.store.Database;
import org.coproduction.readiness.store.OrganisationStore;
import org.coproduction.readiness.store.StoreException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services of one open database and one set of question banks, created once by the
 * composition root (the command line or the window) and passed by hand.
 */
public final class Workspace implements AutoCloseable {
    private final Database database;
    private final QuestionnaireLibrary library;
    private final OrganisationStore organisations;
    private final AssessmentStore assessments;
    private final ActionStore actions;

    public Workspace(Database database, QuestionnaireLibrary library) {
        this.database = database;
        this.library = library;
        this.organisations = new OrganisationStore(database);
        this.assessments = new AssessmentStore(database);
        this.actions = new ActionStore(database);
    }

    public static Workspace open(Path databaseFile, QuestionnaireLibrary library) {
        return new Workspace(Database.open(databaseFile), library);
    }

    public Database database() {
        return database;
    }

    public QuestionnaireLibrary library() {
        return library;
    }

    public OrganisationStore organisations() {
        return organisations;
    }

    public AssessmentStore assessments() {
        return assessments;
    }

    /** The action plans of the organisations. */
    public ActionStore actions() {
        return actions;
    }

    /** The bank an assessment answers, or a message saying it is missing. */
    public Questionnaire questionnaireOf(QuestionnaireRef ref) {
        return library.find(ref.id(), ref.version()).orElseThrow(() -> new StoreException(StoreException.Kind.REJECTED,
                "The question bank \"" + ref.id() + "\" version " + ref.version() + " used by this assessment is not"
                        + " installed. Add its file to the questionnaires folder."));
    }

    /**
     * The scores of a stored assessment from its answers, or nothing when its question bank is not
     * installed (the lists then say the bank is missing rather than fail).
     */
    public Optional<ScoreCard> score(AssessmentSummary summary) {
        return library.find(summary.questionnaire().id(), summary.questionnaire().version())
                .map(bank -> Scorer.score(bank, assessments.answers(summary.id())));
    }

    /**
     * The readiness report of an assessment, with the comparison to an earlier one when asked:
     * the one place the screen and the command line get it from.
     */
    public Report report(long assessmentId, Optional<Long> earlierId, LocalDate today) throws NotComparableException {
        Assessment assessment = loadExisting(assessmentId);
        Questionnaire bank = questionnaireOf(assessment.questionnaire());
        List<Action> plan = actionPlan(assessment, bank);
        Report report = ReportBuilder.withActions(ReportBuilder.build(assessment, bank, today), plan, bank);
        if (earlierId.isEmpty()) {
            return report;
        }
        Assessment earlier = load(earlierId.get()).orElseThrow(() -> new StoreException(StoreException.Kind.REJECTED,
                "There is no assessment with the id " + earlierId.get() + " to compare with."));
        Questionnaire earlierBank = questionnaireOf(earlier.questionnaire());
        Comparison comparison = Comparer.compare(earlier, earlierBank, assessment, bank);
        return ReportBuilder.withComparison(report, comparison, earlier, bank, trend(assessment),
                actionsDoneSince(plan, earlier));
    }

    /** The organisation's actions about the questions of the bank an assessment answers: the plan its report shows. */
    public List<Action> actionPlan(Assessment assessment, Questionnaire bank) {
        return actions.listFor(assessment.organisation().id()).stream()
                .filter(a -> a.questionnaireId().equals(bank.id())).toList();
    }

    /**
     * Actions marked done after the earlier assessment, by the question they are about: shown beside
     * that question's change. (The plan keeps no separate "done on" date; the last change is it.)
     */
    private static Map<String, List<String>> actionsDoneSince(List<Action> plan, Assessment earlier) {
        Map<String, List<String>> done = new java.util.HashMap<>();
        for (Action action : plan) {
            boolean doneSince = action.status() == ActionStatus.DONE
                    && !action.updatedAt().isBefore(earlier.assessedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            if (doneSince && action.link().questionId().isPresent()) {
                done.computeIfAbsent(action.link().questionId().get(), k -> new ArrayList<>()).add(action.description());
            }
        }
        return done;
    }

    /** An assessment in an organisation's history, with its scores. */
    public record HistoryEntry(AssessmentSummary summary, ScoreCard card, Perspectives perspectives) {
    }

    /**
     * An organisation's assessments in date order, each scored. Assessments whose question bank is
     * not installed are left out (their summary still shows on the home screen).
     */
    /**
     * The bank whose areas a history shows (the screen, its workbook and the history command): the
     * newest assessment's, as areas keep their ids from one version to the next; the newest bank
     * built in when there is no assessment yet.
     */
    public Questionnaire historyBank(List<HistoryEntry> entries) {
        return entries.isEmpty() ? library.newest().get(0)
                : questionnaireOf(entries.get(entries.size() - 1).summary().questionnaire());
    }

    public List<HistoryEntry> history(long organisationId) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (AssessmentSummary summary : assessments.listFor(organisationId)) {
            Optional<Questionnaire> bank = library.find(summary.questionnaire().id(), summary.questionnaire().version());
            if (bank.isPresent()) {
                Assessment assessment = loadExisting(summary.id());
                entries.add(new HistoryEntry(summary, Scorer.score(bank.get(), assessment.answers()),
                        perspectives(bank.get(), assessment)));
            }
        }
        return entries;
    }

    /** Whose view it is, for one assessment: each side scored apart (docs/scoring.md, perspectives). */
    public static Perspectives perspectives(Questionnaire bank, Assessment assessment) {
        return Perspectives.of(bank, assessment.respondents(), assessment.answers(), assessment.minGroupSize());
    }

    /** The organisation's assessments up to this one, in date order, with their overall scores. */
    public List<Report.TrendPoint> trend(Assessment upTo) {
        List<Report.TrendPoint> points = new ArrayList<>();
        for (AssessmentSummary summary : assessments.listFor(upTo.organisation().id())) {
            if (summary.assessedOn().isAfter(upTo.assessedOn())) {
                continue;
            }
            Optional<Double> overall = score(summary).flatMap(ScoreCard::overall).map(o -> o.score());
            points.add(new Report.TrendPoint(summary.assessedOn().toString(), summary.title(), overall));
        }
        return points;
    }

    public Optional<Assessment> load(long assessmentId) {
        return assessments.load(assessmentId);
    }

    /** A stored assessment, or a refusal saying there is none with that id. */
    public Assessment loadExisting(long assessmentId) {
        return load(assessmentId).orElseThrow(() -> new StoreException(StoreException.Kind.REJECTED,
                "There is no assessment with the id " + assessmentId + "."));
    }

    @Override
    public void close() {
        database.close();
    }
}
