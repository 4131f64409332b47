package org.coproduction.readiness.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything the readiness report shows, in order, as plain values (figures: docs/scoring.md). The screen,
 * the PDF and the printout all render this one model, so they cannot disagree.
 *
 * @param overall     empty when no dimension has enough evidence
 * @param perspectives how the organisation and the people who use the service and carers each see it
 * @param comparison  present when the report compares with an earlier assessment
 * @param actions     the organisation's action plan: open actions first, then those done or dropped
 */
public record Report(Header header, Optional<Overall> overall, List<RadarPoint> radar, List<Section> sections,
                     Perspectives perspectives,
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

    /**
     * Whose view is it (spec 4.7): each side's figures beside everyone's, where the two sides'
     * scores of an area lie apart, the questions they rate differently and those with least
     * agreement. A side that is not shown carries no figures at all, only why.
     *
     * @param sides the organisation's side, then the side of the people who use the service and carers
     * @param areas one row per area, in questionnaire order
     */
    public record Perspectives(int minGroupSize, List<SideView> sides, List<AreaView> areas,
                               List<DifferentView> differentViews, List<Disagreement> leastAgreement) {
        public static final String ORGANISATION = "organisation";
        public static final String PEOPLE = "people";

        public SideView organisation() {
            return side(ORGANISATION);
        }

        public SideView people() {
            return side(PEOPLE);
        }

        private SideView side(String id) {
            return sides.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        }

        public boolean bothShown() {
            return organisation().shown() && people().shown();
        }

        public boolean anyShown() {
            return organisation().shown() || people().shown();
        }
    }

    /**
     * One side.
     *
     * @param id        "organisation" or "people"
     * @param overall   empty when the side is not shown or none of its areas has enough evidence
     * @param radar     the side's outline on the radar, one score per spoke; empty when not shown
     * @param notShown  why the side has no figures of its own; empty when it is shown
     */
    public record SideView(String id, String name, int respondents, boolean shown, Optional<SideOverall> overall,
                           List<Optional<Double>> radar, String notShown) {
    }

    /** A side's overall readiness; {@code score} rounded for display. */
    public record SideOverall(String score, String band, boolean provisional) {
    }

    /**
     * One area as each side sees it; figures rounded for display. {@code organisation} and
     * {@code people} are empty when that side is not shown; {@code gap} is empty when there is none.
     */
    public record AreaView(String dimensionId, String title, String everyone, Optional<String> organisation,
                           Optional<String> people, Optional<String> gap, boolean seenDifferently) {
    }

    /** A question the two sides rate a level or more apart: average levels, people minus organisation. */
    public record DifferentView(String questionId, String question, String dimension, String organisation,
                                String people, String difference) {
    }

    /** A question whose levels lie far apart, over everyone: highest minus lowest. */
    public record Disagreement(String questionId, String question, String dimension, int spread, int respondents) {
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
