package org.coproduction.readiness.report;

import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.comparison.Comparison;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Band;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.DimensionKind;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.Reference;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.DimensionStatus;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.OverallScore;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.Priority;
import org.coproduction.readiness.scoring.QuestionResult;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the report model from an assessment and its scores. All wording of the report that
 * does not come from the question bank lives here.
 */
public final class ReportBuilder {
    /** A question whose mean level reaches this is a strength. */
    static final double STRENGTH_LEVEL = 3;
    /** A question whose mean level is below this is a gap. */
    static final double GAP_LEVEL = 2;

    private ReportBuilder() {
    }

    public static Report build(Assessment assessment, Questionnaire questionnaire, LocalDate today) {
        ScoreCard card = Scorer.score(questionnaire, assessment.answers());
        Map<String, Respondent> respondents = new HashMap<>();
        assessment.respondents().forEach(r -> respondents.put(r.key(), r));

        List<Report.Section> sections = new ArrayList<>();
        List<Report.RadarPoint> radar = new ArrayList<>();
        for (Dimension dimension : questionnaire.dimensions()) {
            DimensionScore score = card.dimension(dimension.id()).orElseThrow();
            radar.add(new Report.RadarPoint(dimension.id(), dimension.title(), kind(dimension),
                    score.score().isPresent() ? Optional.of(score.score().getAsDouble()) : Optional.empty(),
                    score.qualifies()));
            sections.add(section(questionnaire, dimension, score, card, assessment, respondents));
        }

        Perspectives perspectives = Perspectives.of(questionnaire, assessment.respondents(), assessment.answers(),
                assessment.minGroupSize());
        return new Report(header(assessment, questionnaire, today), overall(questionnaire, card), radar, sections,
                perspectives(questionnaire, perspectives, sections), priorities(questionnaire, card), findOut(questionnaire, card, assessment, respondents),
                ladder(questionnaire, assessment, card), context(questionnaire, assessment), method(),
                bands(questionnaire), references(questionnaire), Optional.empty(), List.of());
    }

    /**
     * The report with its comparison to an earlier assessment added.
     *
     * @param actionsDone descriptions of actions done since the earlier assessment, by question id
     */
    public static Report withComparison(Report report, Comparison comparison, Assessment earlier, Questionnaire bank,
                                        List<Report.TrendPoint> trend, Map<String, List<String>> actionsDone) {
        List<Report.Change> changes = new ArrayList<>();
        for (Comparison.DimensionChange change : comparison.dimensions()) {
            changes.add(new Report.Change(change.dimensionId(), bank.dimension(change.dimensionId()).orElseThrow().title(),
                    show(change.before()), show(change.after()), signed(change.change()),
                    change.bandBefore().isEmpty() ? "–" : change.bandBefore(),
                    change.bandAfter().isEmpty() ? "–" : change.bandAfter()));
        }
        List<Double> bandStarts = bank.bands().stream().map(Band::min).toList();
        Report.Comparison section = new Report.Comparison(earlier.title(), earlier.assessedOn().toString(),
                show(comparison.overallBefore()), show(comparison.overallAfter()), signed(comparison.overallChange()),
                changes, moves(comparison.mostImproved(), bank, actionsDone),
                moves(comparison.mostConcern(), bank, actionsDone), moves(comparison.questions(), bank, actionsDone),
                comparison.onlyEarlier(),
                comparison.onlyLater().stream().map(id -> bank.question(id).map(Question::text).orElse(id)).toList(),
                trend, bandStarts);
        return new Report(report.header(), report.overall(), report.radar(), report.sections(), report.perspectives(),
                report.priorities(),
                report.findOut(), report.ladder(), report.context(), report.method(), report.bands(), report.references(),
                Optional.of(section), report.actions());
    }

    /** The report with the organisation's action plan: open actions first, each group by due date. */
    public static Report withActions(Report report, List<Action> actions, Questionnaire bank) {
        List<Report.PlannedAction> planned = new ArrayList<>();
        for (Action action : ordered(actions)) {
            planned.add(new Report.PlannedAction(action.description(), action.owner(),
                    action.due().map(LocalDate::toString).orElse(""), action.status().label(), about(action, bank),
                    action.isOpen()));
        }
        return new Report(report.header(), report.overall(), report.radar(), report.sections(), report.perspectives(),
                report.priorities(),
                report.findOut(), report.ladder(), report.context(), report.method(), report.bands(), report.references(),
                report.comparison(), planned);
    }

    /** The plan in the order the report lists it: open actions first, each group in the order given. */
    public static List<Action> ordered(List<Action> actions) {
        List<Action> ordered = new ArrayList<>(actions);
        ordered.sort(Comparator.comparing((Action a) -> !a.isOpen()));
        return ordered;
    }

    /** What an action is about, in words: the question's text or the area's title. */
    public static String about(Action action, Questionnaire bank) {
        return action.link().questionId().map(id -> bank.question(id).map(Question::text).orElse(id))
                .or(() -> action.link().dimensionId().map(id -> bank.dimension(id).map(Dimension::title).orElse(id)))
                .orElse("");
    }

    private static List<Report.QuestionMove> moves(List<Comparison.QuestionChange> changes, Questionnaire bank,
                                                   Map<String, List<String>> actionsDone) {
        List<Report.QuestionMove> moves = new ArrayList<>();
        for (Comparison.QuestionChange change : changes) {
            Question question = bank.question(change.questionId()).orElseThrow();
            moves.add(new Report.QuestionMove(question.id(), question.text(),
                    bank.dimension(question.dimension()).orElseThrow().title(), show(change.before()),
                    show(change.after()), signed(change.change()),
                    actionsDone.getOrDefault(question.id(), List.of())));
        }
        return moves;
    }

    private static String show(Optional<Double> value) {
        return value.map(Figures::show).orElse("–");
    }

    /** A change with its sign: "+4.5", "-2.0", "0.0"; "–" when a side is missing. */
    private static String signed(Optional<Double> change) {
        return change.map(c -> (Figures.oneDecimal(c).signum() > 0 ? "+" : "") + Figures.show(c)).orElse("–");
    }

    /**
     * The two sides for the report, figures rounded for display. A side that is not shown gets no
     * figure of any kind (spec 4.7, rule 2): only how many it has and why it is not shown.
     */
    private static Report.Perspectives perspectives(Questionnaire bank, Perspectives perspectives,
                                                    List<Report.Section> sections) {
        int k = perspectives.minGroupSize();
        Perspectives.SideView organisation = perspectives.side(Side.ORGANISATION).orElseThrow();
        Perspectives.SideView people = perspectives.side(Side.PEOPLE).orElseThrow();
        List<Report.SideView> sides = List.of(
                side(bank, organisation, Report.Perspectives.ORGANISATION, ReportText.ORGANISATION_SIDE,
                        ReportText.ORGANISATION_WHO, k),
                side(bank, people, Report.Perspectives.PEOPLE, ReportText.PEOPLE_SIDE, ReportText.PEOPLE_WHO, k));

        List<Report.AreaView> areas = new ArrayList<>();
        for (Report.Section section : sections) {
            Optional<Perspectives.Gap> gap = perspectives.gaps().stream()
                    .filter(g -> g.dimensionId().equals(section.dimensionId())).findFirst();
            areas.add(new Report.AreaView(section.dimensionId(), section.title(), section.score(),
                    organisation.card().map(c -> sideScore(c, section.dimensionId())),
                    people.card().map(c -> sideScore(c, section.dimensionId())),
                    gap.map(g -> signed(Optional.of(g.gap()))),
                    gap.map(Perspectives.Gap::seenDifferently).orElse(false)));
        }

        List<Report.DifferentView> views = new ArrayList<>();
        for (Perspectives.DifferentView view : perspectives.differentViews()) {
            Question question = bank.question(view.questionId()).orElseThrow();
            views.add(new Report.DifferentView(question.id(), question.text(), dimensionTitle(bank, question),
                    Figures.show(view.organisation()), Figures.show(view.people()),
                    signed(Optional.of(view.difference()))));
        }
        List<Report.Disagreement> spreads = new ArrayList<>();
        for (Perspectives.Spread spread : perspectives.leastAgreement()) {
            Question question = bank.question(spread.questionId()).orElseThrow();
            spreads.add(new Report.Disagreement(question.id(), question.text(), dimensionTitle(bank, question),
                    spread.spread(), spread.respondents()));
        }
        return new Report.Perspectives(k, sides, areas, views, spreads);
    }

    private static Report.SideView side(Questionnaire bank, Perspectives.SideView side, String id, String name,
                                        String who, int minGroupSize) {
        if (side.card().isEmpty()) {
            return new Report.SideView(id, name, side.respondents(), false, Optional.empty(), List.of(),
                    ReportText.notShown(who, side.respondents(), minGroupSize));
        }
        ScoreCard card = side.card().get();
        Optional<Report.SideOverall> overall = card.overall().map(o -> new Report.SideOverall(Figures.show(o.score()),
                o.band(), o.provisional()));
        // One point per spoke of the everyone chart; an area the side was not asked sits at the
        // centre, as any area without a score does.
        List<Optional<Double>> radar = bank.dimensions().stream().map(d -> card.dimension(d.id())
                .filter(s -> s.score().isPresent()).map(s -> s.score().getAsDouble())).toList();
        return new Report.SideView(id, name, side.respondents(), true, overall, radar, "");
    }

    /** A side's score of an area: "48.3", "31.0 (too few answers)", "–", or "not asked". */
    private static String sideScore(ScoreCard card, String dimensionId) {
        Optional<DimensionScore> score = card.dimension(dimensionId);
        if (score.isEmpty()) {
            return ReportText.NOT_ASKED;
        }
        if (score.get().score().isEmpty()) {
            return "–";
        }
        String shown = Figures.show(score.get().score().getAsDouble());
        return score.get().status() == DimensionStatus.INSUFFICIENT_EVIDENCE
                ? shown + " (" + ReportText.TOO_FEW_ANSWERS + ")" : shown;
    }

    private static String dimensionTitle(Questionnaire bank, Question question) {
        return bank.dimension(question.dimension()).map(Dimension::title).orElse(question.dimension());
    }

    private static Report.Header header(Assessment assessment, Questionnaire questionnaire, LocalDate today) {
        List<String> people = assessment.respondents().stream().map(Respondent::displayName).toList();
        return new Report.Header(assessment.organisation().name(), assessment.organisation().registeredNumber(),
                assessment.organisation().area(), assessment.title(), assessment.assessedOn().toString(),
                status(assessment.status()),
                questionnaire.title(), questionnaire.version(), people, today.toString());
    }

    /** An assessment's status as the report and the workbooks write it. */
    public static String status(AssessmentStatus status) {
        return status == AssessmentStatus.COMPLETE ? "Complete" : "Draft (not finished)";
    }

    private static Optional<Report.Overall> overall(Questionnaire questionnaire, ScoreCard card) {
        if (card.overall().isEmpty()) {
            return Optional.empty();
        }
        OverallScore overall = card.overall().get();
        List<String> left = new ArrayList<>();
        for (DimensionScore score : card.dimensions()) {
            if (!score.qualifies()) {
                String title = questionnaire.dimension(score.dimensionId()).orElseThrow().title();
                left.add(title + (score.status() == DimensionStatus.EXCLUDED ? " (not applicable)"
                        : " (too few answers)"));
            }
        }
        String reason = left.isEmpty() ? "" : "Provisional: " + String.join(", ", left) + (left.size() == 1 ? " is" : " are")
                + " left out of the overall score. Answer more of "
                + (left.size() == 1 ? "its" : "their") + " questions to make it firm.";
        return Optional.of(new Report.Overall(Figures.show(overall.score()), overall.band(),
                bandDescription(questionnaire, overall.band()), overall.provisional(), reason));
    }

    private static String bandDescription(Questionnaire questionnaire, String label) {
        return questionnaire.bands().stream().filter(b -> b.label().equals(label)).map(Band::description)
                .findFirst().orElse("");
    }

    private static Report.Section section(Questionnaire questionnaire, Dimension dimension, DimensionScore score,
                                          ScoreCard card, Assessment assessment, Map<String, Respondent> respondents) {
        List<Report.QuestionLine> strengths = new ArrayList<>();
        List<Report.QuestionLine> gaps = new ArrayList<>();
        List<Question> questions = questionnaire.questionsOf(dimension.id());
        for (Question question : questions) {
            QuestionResult result = card.question(question.id()).orElseThrow();
            if (result.level().isEmpty()) {
                continue;
            }
            double level = result.level().getAsDouble();
            Report.QuestionLine line = new Report.QuestionLine(question.id(), question.text(), Figures.show(level),
                    question.levels().get((int) Math.round(level)));
            if (level >= STRENGTH_LEVEL) {
                strengths.add(line);
            } else if (level < GAP_LEVEL) {
                gaps.add(line);
            }
        }
        strengths.sort(Comparator.comparing((Report.QuestionLine l) -> Double.parseDouble(l.level())).reversed());
        gaps.sort(Comparator.comparing((Report.QuestionLine l) -> Double.parseDouble(l.level())));

        List<Report.EvidenceNote> evidence = new ArrayList<>();
        for (Question question : questions) {
            for (Answer answer : assessment.answers()) {
                if (answer.question().equals(question.id()) && !answer.note().isBlank()) {
                    Respondent respondent = respondents.get(answer.respondent());
                    evidence.add(new Report.EvidenceNote(question.text(),
                            respondent == null ? answer.respondent() : respondent.displayName(), answer.note().strip()));
                }
            }
        }

        String scoreText = score.score().isPresent() ? Figures.show(score.score().getAsDouble()) : "–";
        String coverage = score.status() == DimensionStatus.EXCLUDED ? "–" : Figures.coverageText(score);
        String band;
        String meaning;
        String note = "";
        switch (score.status()) {
            case EXCLUDED -> {
                band = "Not applicable";
                meaning = "";
                note = "Every question in this section was answered \"not applicable\", so it is left out of the"
                        + " scores.";
            }
            case INSUFFICIENT_EVIDENCE -> {
                band = score.band();
                meaning = "";
                note = "Fewer than half of this section's questions have an answer with a level, so its score is"
                        + " shown for information only and does not count towards overall readiness.";
            }
            default -> {
                band = score.band();
                meaning = dimension.bandMeanings().getOrDefault(band, bandDescription(questionnaire, band));
            }
        }
        return new Report.Section(dimension.id(), dimension.title(), kind(dimension), dimension.summary(), scoreText,
                band, coverage, meaning, note, strengths, gaps, evidence);
    }

    private static String kind(Dimension dimension) {
        return dimension.kind() == DimensionKind.CAPABILITY ? "Capability" : "Barrier";
    }

    private static List<Report.PriorityItem> priorities(Questionnaire questionnaire, ScoreCard card) {
        List<Report.PriorityItem> items = new ArrayList<>();
        int rank = 1;
        for (Priority priority : card.priorities()) {
            Question question = questionnaire.question(priority.questionId()).orElseThrow();
            items.add(new Report.PriorityItem(rank++, question.id(), question.text(),
                    questionnaire.dimension(question.dimension()).orElseThrow().title(), Figures.show(priority.level()),
                    Figures.show(priority.priority()), question.stepsFrom(priority.level()),
                    citations(questionnaire, question.references())));
        }
        return items;
    }

    private static List<String> citations(Questionnaire questionnaire, List<String> keys) {
        return keys.stream().map(key -> questionnaire.reference(key).map(Reference::citation).orElse(key)).toList();
    }

    private static List<Report.FindOutItem> findOut(Questionnaire questionnaire, ScoreCard card, Assessment assessment,
                                                    Map<String, Respondent> respondents) {
        List<Report.FindOutItem> items = new ArrayList<>();
        for (String questionId : card.findOut()) {
            Question question = questionnaire.question(questionId).orElseThrow();
            List<String> who = assessment.answers().stream()
                    .filter(a -> a.question().equals(questionId))
                    .filter(a -> a.response().map(r -> r.kind() == Response.Kind.DONT_KNOW).orElse(false))
                    .map(a -> respondents.containsKey(a.respondent()) ? respondents.get(a.respondent()).displayName()
                            : a.respondent())
                    .toList();
            items.add(new Report.FindOutItem(questionId, question.text(),
                    questionnaire.dimension(question.dimension()).orElseThrow().title(), who));
        }
        return items;
    }

    /**
     * The rung the scores point to: the overall score split evenly over the rungs. A rough guide
     * only, and the report says so.
     */
    private static Report.Ladder ladder(Questionnaire questionnaire, Assessment assessment, ScoreCard card) {
        Optional<ContextQuestion> question = questionnaire.context().stream().filter(ContextQuestion::isLadder).findFirst();
        if (question.isEmpty()) {
            return new Report.Ladder(List.of(), Optional.empty(), Optional.empty(), "");
        }
        List<String> rungs = question.get().options();
        Optional<String> placed = Optional.ofNullable(assessment.context().get(question.get().id()));
        Optional<String> suggested = card.overall().map(o -> rungs.get(
                Math.min(rungs.size() - 1, (int) Math.floor(o.score() / (100.0 / rungs.size())))));
        String reading;
        if (placed.isEmpty()) {
            reading = "The ladder question was not answered.";
        } else if (suggested.isEmpty()) {
            reading = "You placed yourselves at \"" + placed.get() + "\". There is no overall score yet to set beside"
                    + " it.";
        } else {
            int difference = rungs.indexOf(placed.get()) - rungs.indexOf(suggested.get());
            reading = "You placed yourselves at \"" + placed.get() + "\"; your overall score points to \""
                    + suggested.get() + "\". " + (difference == 0 ? "The two agree."
                    : difference > 0 ? "You see yourselves as further along than the answers show: look at the gaps"
                    + " below to see what holds the score back."
                    : "Your answers show more than you give yourselves credit for.")
                    + " (The score is split evenly over the rungs: a rough guide, not a measurement.)";
        }
        Optional<String> peoplePlaced = questionnaire.context().stream().filter(ContextQuestion::isPeoplesLadder)
                .findFirst().map(q -> assessment.context().get(q.id()));
        if (peoplePlaced.isPresent()) {
            // The people's own view beside the organisation's: never averaged into it.
            reading = reading + " The people who use the service and carers placed you at \"" + peoplePlaced.get() + "\""
                    + (placed.isPresent() && !placed.get().equals(peoplePlaced.get())
                    ? ": a different view from yours, worth talking through together." : ".");
        }
        return new Report.Ladder(rungs, placed, suggested, reading);
    }

    private static List<Report.ContextItem> context(Questionnaire questionnaire, Assessment assessment) {
        List<Report.ContextItem> items = new ArrayList<>();
        for (ContextQuestion question : questionnaire.context()) {
            String answer = assessment.context().get(question.id());
            items.add(new Report.ContextItem(question.text(), answer == null ? "Not answered" : answer));
        }
        return items;
    }

    private static List<String> method() {
        return List.of(
                "Each question has five levels, from 0 (this does not happen) to 4 (this is how we always work)."
                        + " Where several people answered, a question's level is the average of the levels they gave."
                        + " \"Don't know\" and unanswered questions give no evidence; a question everyone called \"not"
                        + " applicable\" is left out.",
                "A section's score is its questions' levels, weighted, as a share of the highest possible: 100 means"
                        + " every question at level 4. Its coverage is the share of its questions that have a level."
                        + " A section with coverage below one half is marked \"Insufficient evidence\".",
                "Overall readiness is the weighted average of the sections with enough evidence. It is marked"
                        + " provisional when any section is left out.",
                "Priorities are the questions where the gap to level 4, times the question's weight, is largest; ties"
                        + " go to the lower level, then to the order of the questionnaire. Figures are rounded to one"
                        + " decimal place, half up; the overall score is worked out before rounding.");
    }

    private static List<Report.BandItem> bands(Questionnaire questionnaire) {
        List<Report.BandItem> items = new ArrayList<>();
        for (Band band : questionnaire.bands()) {
            items.add(new Report.BandItem(Figures.show(band.min()), band.label(), band.description()));
        }
        items.add(new Report.BandItem("", Scorer.INSUFFICIENT_EVIDENCE, "Fewer than half of a section's questions have"
                + " an answer with a level."));
        return items;
    }

    private static List<String> references(Questionnaire questionnaire) {
        return questionnaire.references().stream().map(Reference::citation).sorted().toList();
    }
}
