package org.coproduction.readiness.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything the readiness report shows, in order, as plain values (figures: docs/scoring.md). The screen,
 * the PDF and the printout all render this one model, so they cannot disagree.
 *
 * @param overall     empty when no dimension has enough evidence
 * @param comparison  present when the report compares with an earlier assessment
 * @param actions     the organisation's action plan: open actions first, then those done or dropped
 */
public record Report(Header header, Optional<Overall> overall, List<RadarPoint> radar, List<Section> sections,
                     List<PriorityItem> priorities, List<FindOutItem> findOut, Ladder ladder,
                     List<ContextItem> context, List<String> method, List<BandItem> bands,
                     List<String> references, Optional<Comparison> comparison, List<PlannedAction> actions) {

    /** An action of the organisation's plan, as the report lists it. */
    public record PlannedAction(String description, String owner, String due, String status, String about,
                                boolean open) {
    }

    /** Who, what and when. */
    public record Header(String organisation, String registeredNumber, String area, String title, String assessedOn,
                         String status, String questionnaire, String questionnaireVersion,
                         List<String> respondents, String generatedOn) {
    }

    /** Overall readiness; {@code score} is already rounded for display. */
    public record Overall(String score, String band, String bandDescription, boolean provisional,
                          String provisionalReason) {
    }

    /** One spoke of the radar chart: score 0 to 100, or empty when the dimension has no score. */
    public record RadarPoint(String dimensionId, String title, String kind, Optional<Double> score,
                             boolean counted) {
    }

    /** One dimension's part of the report. */
    public record Section(String dimensionId, String title, String kind, String summary, String score, String band,
                          String coverage, String bandMeaning, String note, List<QuestionLine> strengths,
                          List<QuestionLine> gaps, List<EvidenceNote> evidence) {
    }

    /** A question with its mean level, for strengths and gaps. */
    public record QuestionLine(String questionId, String text, String level, String levelText) {
    }

    /** An evidence note as a respondent wrote it. */
    public record EvidenceNote(String question, String respondent, String note) {
    }

    /** A priority with what to do about it. */
    public record PriorityItem(int rank, String questionId, String question, String dimension, String level,
                               String priority, List<String> actions, List<String> references) {
    }

    /** A question someone could not answer. */
    public record FindOutItem(String questionId, String question, String dimension, List<String> respondents) {
    }

    /**
     * Where the organisation placed itself on the ladder of involvement, beside where its scores
     * put it. {@code placed} is empty when the question was not answered.
     */
    public record Ladder(List<String> rungs, Optional<String> placed, Optional<String> suggested, String reading) {
    }

    /** A context question and its answer. */
    public record ContextItem(String question, String answer) {
    }

    /** A band and what it means. */
    public record BandItem(String from, String label, String description) {
    }

    /** Changes since an earlier assessment, with the organisation's trend up to this one. */
    public record Comparison(String earlierTitle, String earlierDate, String overallBefore, String overallAfter,
                             String overallChange, List<Change> changes, List<QuestionMove> improved,
                             List<QuestionMove> concern, List<QuestionMove> every, List<String> onlyEarlier,
                             List<String> onlyLater,
                             List<TrendPoint> trend, List<Double> bandStarts) {
    }

    /** One dimension's change; figures rounded for display, "–" where a side has no score. */
    public record Change(String dimensionId, String title, String before, String after, String change,
                         String bandBefore, String bandAfter) {
    }

    /** A question that moved, with the actions done on it since the earlier assessment. */
    public record QuestionMove(String questionId, String question, String dimension, String before, String after,
                               String change, List<String> actionsDone) {
    }

    /** One assessment on the trend chart. */
    public record TrendPoint(String date, String title, Optional<Double> overall) {
    }
}
