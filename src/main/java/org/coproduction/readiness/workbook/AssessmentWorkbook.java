package org.coproduction.readiness.workbook;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.common.AtomicWrite;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.dhatim.fastexcel.Workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment's data as an Excel workbook, for trustees who want the figures in a spreadsheet:
 * the scores over everyone and over each side that is shown (spec 4.7: a side below the smallest
 * group has no figures here either), every answer, the priorities, the action plan, and what
 * the assessment is. Figures are rounded as everywhere (docs/scoring.md) and stored as numbers.
 */
public final class AssessmentWorkbook {
    public static final String SCORES = "Scores";
    public static final String ANSWERS = "Answers";
    public static final String PRIORITIES = "Priorities";
    public static final String ACTION_PLAN = "Action plan";
    public static final String ABOUT = "About";

    /** The answers' words, as the question cards offer them. */
    static final String LEVEL = "Level";
    static final String NOT_APPLICABLE = "Not applicable";
    static final String DONT_KNOW = "Don't know";
    static final String NEITHER_SIDE = "Neither side";
    static final String YES = "Yes";
    static final String NO = "No";

    private AssessmentWorkbook() {
    }

    /** Writes the workbook to a file, all or nothing. */
    public static void write(Assessment assessment, Questionnaire bank, List<Action> plan, LocalDate today, Path target)
            throws IOException {
        AtomicWrite.write(target, out -> write(assessment, bank, plan, today, out));
    }

    /**
     * @param plan the organisation's actions about this bank's questions, as the report shows them
     */
    public static void write(Assessment assessment, Questionnaire bank, List<Action> plan, LocalDate today,
                             OutputStream out) throws IOException {
        Report report = ReportBuilder.withActions(ReportBuilder.build(assessment, bank, today), plan, bank);
        ScoreCard everyone = Scorer.score(bank, assessment.answers());
        Perspectives perspectives = Perspectives.of(bank, assessment.respondents(), assessment.answers(),
                assessment.minGroupSize());
        Workbook workbook = new Workbook(out, "Co-production Readiness", "1.0");
        workbook.properties().setTitle("Co-production readiness data: " + assessment.organisation().name());
        workbook.properties().setSubject(assessment.title());
        scores(workbook, bank, everyone, perspectives);
        answers(workbook, bank, assessment);
        priorities(workbook, bank, report, everyone);
        actionPlan(workbook, bank, plan);
        about(workbook, assessment, report, today);
        workbook.finish();
    }

    /** The columns of a table of scores: one row per area, then overall, for each group of people. */
    private static List<Sheet.Column> scoreColumns() {
        return List.of(new Sheet.Column("Who", 36, Sheet.Kind.TEXT),
                new Sheet.Column(ReportText.AREA, 44, Sheet.Kind.WRAPPED),
                new Sheet.Column("Area id", 16, Sheet.Kind.TEXT),
                new Sheet.Column(ReportText.SCORE, 9, Sheet.Kind.FIGURE),
                new Sheet.Column(ReportText.BAND, 24, Sheet.Kind.TEXT),
                new Sheet.Column("Coverage", 11, Sheet.Kind.SHARE),
                new Sheet.Column("Questions with a level", 12, Sheet.Kind.WHOLE),
                new Sheet.Column("Questions counted", 12, Sheet.Kind.WHOLE),
                new Sheet.Column("Provisional", 12, Sheet.Kind.TEXT));
    }

    private static void scores(Workbook workbook, Questionnaire bank, ScoreCard everyone, Perspectives perspectives) {
        Sheet sheet = new Sheet(workbook, SCORES, scoreColumns());
        scoreRows(sheet, bank, ReportText.EVERYONE, everyone);
        for (Side side : List.of(Side.ORGANISATION, Side.PEOPLE)) {
            // Only a shown side has a score card: one below the smallest group adds no row at all.
            perspectives.side(side).filter(Perspectives.SideView::shown).flatMap(Perspectives.SideView::card)
                    .ifPresent(card -> scoreRows(sheet, bank, side(side), card));
        }
        sheet.finish();
    }

    private static void scoreRows(Sheet sheet, Questionnaire bank, String who, ScoreCard card) {
        sheet.add(who, ReportText.OVERALL_ROW, null,
                card.overall().map(o -> Figures.oneDecimal(o.score())).orElse(null),
                card.overall().map(o -> o.band()).orElse(""), null, null, null,
                card.overall().map(o -> o.provisional() ? YES : NO).orElse(""));
        for (DimensionScore dimension : card.dimensions()) {
            boolean counted = dimension.questionsCounted() > 0;
            sheet.add(who, bank.dimension(dimension.dimensionId()).map(Dimension::title).orElse(dimension.dimensionId()),
                    dimension.dimensionId(),
                    dimension.score().isPresent() ? Figures.oneDecimal(dimension.score().getAsDouble()) : null,
                    dimension.band(), counted ? Figures.coverage(dimension) : null,
                    counted ? dimension.questionsWithLevel() : null, counted ? dimension.questionsCounted() : null, null);
        }
    }

    private static void answers(Workbook workbook, Questionnaire bank, Assessment assessment) {
        Sheet sheet = new Sheet(workbook, ANSWERS, List.of(
                new Sheet.Column("Respondent", 11, Sheet.Kind.TEXT),
                new Sheet.Column("Name", 24, Sheet.Kind.WRAPPED),
                new Sheet.Column("Role", 26, Sheet.Kind.TEXT),
                new Sheet.Column("Side", 36, Sheet.Kind.TEXT),
                new Sheet.Column(ReportText.AREA, 26, Sheet.Kind.WRAPPED),
                new Sheet.Column("Question id", 16, Sheet.Kind.TEXT),
                new Sheet.Column(ReportText.QUESTION, 50, Sheet.Kind.WRAPPED),
                new Sheet.Column(LEVEL, 7, Sheet.Kind.WHOLE),
                new Sheet.Column("Response", 15, Sheet.Kind.TEXT),
                new Sheet.Column("Note", 50, Sheet.Kind.WRAPPED),
                new Sheet.Column("Review later", 10, Sheet.Kind.TEXT)));
        Map<String, Respondent> respondents = new HashMap<>();
        assessment.respondents().forEach(r -> respondents.put(r.key(), r));
        // In the order of the questionnaire, then of the respondents: the order people answered in.
        Map<String, List<Answer>> byQuestion = new HashMap<>();
        assessment.answers().forEach(a -> byQuestion.computeIfAbsent(a.question(), k -> new ArrayList<>()).add(a));
        for (Question question : bank.questions()) {
            List<Answer> answers = new ArrayList<>(byQuestion.getOrDefault(question.id(), List.of()));
            answers.sort(java.util.Comparator.comparingInt(a -> position(assessment.respondents(), a.respondent())));
            for (Answer answer : answers) {
                Respondent respondent = respondents.get(answer.respondent());
                Optional<Response> response = answer.response();
                sheet.add(answer.respondent(), respondent == null ? "" : respondent.label(),
                        respondent == null ? "" : respondent.role().label(),
                        respondent == null ? "" : respondent.role().side().map(AssessmentWorkbook::side).orElse(NEITHER_SIDE),
                        bank.dimension(question.dimension()).map(Dimension::title).orElse(question.dimension()),
                        question.id(), question.text(),
                        response.filter(Response::isLevel).map(Response::level).orElse(null),
                        response.map(AssessmentWorkbook::words).orElse(""), answer.note(),
                        answer.flagged() ? YES : NO);
            }
        }
        sheet.finish();
    }

    private static int position(List<Respondent> respondents, String key) {
        for (int i = 0; i < respondents.size(); i++) {
            if (respondents.get(i).key().equals(key)) {
                return i;
            }
        }
        return respondents.size();
    }

    /** The side as the report's tables name it. */
    static String side(Side side) {
        return side == Side.PEOPLE ? ReportText.PEOPLE : ReportText.ORGANISATION;
    }

    private static String words(Response response) {
        return switch (response.kind()) {
            case LEVEL -> LEVEL + " " + response.level();
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case DONT_KNOW -> DONT_KNOW;
        };
    }

    private static void priorities(Workbook workbook, Questionnaire bank, Report report, ScoreCard card) {
        Sheet sheet = new Sheet(workbook, PRIORITIES, List.of(
                new Sheet.Column("Rank", 6, Sheet.Kind.WHOLE),
                new Sheet.Column("Question id", 16, Sheet.Kind.TEXT),
                new Sheet.Column(ReportText.QUESTION, 50, Sheet.Kind.WRAPPED),
                new Sheet.Column(ReportText.AREA, 26, Sheet.Kind.WRAPPED),
                new Sheet.Column(LEVEL, 8, Sheet.Kind.FIGURE),
                new Sheet.Column("Priority", 9, Sheet.Kind.FIGURE),
                new Sheet.Column("What to do next", 70, Sheet.Kind.WRAPPED),
                new Sheet.Column("Sources", 50, Sheet.Kind.WRAPPED)));
        // The report's priorities carry the next steps; the score card the unrounded figures. Both
        // come from the same ranking (docs/scoring.md, rule 7), in the same order.
        for (int i = 0; i < report.priorities().size() && i < card.priorities().size(); i++) {
            Report.PriorityItem item = report.priorities().get(i);
            Priority priority = card.priorities().get(i);
            sheet.add(item.rank(), item.questionId(), item.question(), item.dimension(),
                    Figures.oneDecimal(priority.level()), Figures.oneDecimal(priority.priority()),
                    String.join("\n", item.actions()), String.join("\n", item.references()));
        }
        sheet.finish();
    }

    private static void actionPlan(Workbook workbook, Questionnaire bank, List<Action> plan) {
        Sheet sheet = new Sheet(workbook, ACTION_PLAN, List.of(
                new Sheet.Column(ReportText.ACTION, 50, Sheet.Kind.WRAPPED),
                new Sheet.Column(ReportText.ABOUT, 40, Sheet.Kind.WRAPPED),
                new Sheet.Column(ReportText.AREA, 26, Sheet.Kind.WRAPPED),
                new Sheet.Column(ReportText.WHO, 18, Sheet.Kind.WRAPPED),
                new Sheet.Column("Due", 12, Sheet.Kind.DATE),
                new Sheet.Column(ReportText.STATUS, 14, Sheet.Kind.TEXT),
                new Sheet.Column("Raised from", 30, Sheet.Kind.WRAPPED),
                new Sheet.Column("Raised on", 12, Sheet.Kind.DATE)));
        for (Action action : ReportBuilder.ordered(plan)) {
            ActionLink link = action.link();
            String dimensionId = link.dimensionId()
                    .or(() -> link.questionId().flatMap(bank::question).map(Question::dimension)).orElse("");
            sheet.add(action.description(), ReportBuilder.about(action, bank),
                    bank.dimension(dimensionId).map(Dimension::title).orElse(dimensionId), action.owner(),
                    action.due().orElse(null), action.status().label(),
                    action.source().map(ActionSource::title).orElse(""),
                    action.source().map(ActionSource::assessedOn).orElse(null));
        }
        sheet.finish();
    }

    private static void about(Workbook workbook, Assessment assessment, Report report, LocalDate today) {
        Sheet sheet = new Sheet(workbook, ABOUT, List.of(new Sheet.Column("About this assessment", 36, Sheet.Kind.WRAPPED),
                new Sheet.Column("", 90, Sheet.Kind.WRAPPED)));
        Report.Header header = report.header();
        sheet.add(ReportText.ORGANISATION_LABEL, ReportText.organisation(header));
        sheet.add(ReportText.ASSESSMENT_LABEL, header.title());
        sheet.add(ReportText.DATE_LABEL, assessment.assessedOn());
        sheet.add(ReportText.STATUS_LABEL, header.status());
        sheet.add(ReportText.QUESTIONS_LABEL, ReportText.questions(header));
        sheet.add(ReportText.WHO_ANSWERED, ReportText.respondents(header));
        sheet.add("Smallest group", assessment.minGroupSize());
        for (Report.SideView side : report.perspectives().sides()) {
            sheet.add(side.name(), ReportText.side(side) + (side.shown() ? "" : ". " + side.notShown()));
        }
        sheet.add("Workbook made on", today);
        for (Report.ContextItem item : report.context()) {
            sheet.add(item.question(), item.answer());
        }
        sheet.finish();
    }
}
