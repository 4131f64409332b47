package org.coproduction.readiness.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's own words: headings, labels and what it says when there is nothing to show. The
 * screen (ui.ReportView) and the PDF (ReportHtml) both take them from here, so that they say the
 * same thing; the words that come from the assessment and the question bank are in {@link Report}.
 */
public final class ReportText {
    public static final String TITLE = "Co-production readiness report";

    public static final String NO_ONE_RECORDED = "No one is recorded";

    public static final String NO_OVERALL = "No overall score yet";
    public static final String NO_OVERALL_WHY = "No section has a level for at least half of its questions, so there"
            + " is no overall score. The sections below show what was answered.";

    public static final String AREAS = "Readiness in each area";
    public static final String AREA = "Area";
    public static final String SCORE = "Score";
    public static final String BAND = "Band";
    public static final String ANSWERED = "Answered";

    public static final String LADDER = "Where you placed yourselves";
    public static final String PLACED = "You placed yourselves";
    public static final String SUGGESTED = "Your scores suggest";

    public static final String PRIORITIES = "Priorities: where to start";
    public static final String PRIORITIES_INTRO = "The questions with the most room to improve, weighted by how much"
            + " they matter, and what to do next.";
    public static final String NO_PRIORITIES = "No question has a level yet, so there are no priorities.";

    public static final String FIND_OUT = "Find out";
    public static final String FIND_OUT_INTRO = "Someone answered \"don't know\" to these questions: finding out is a"
            + " first step.";
    public static final String NO_FIND_OUT = "No one answered \"don't know\".";

    public static final String ACTION_PLAN = "Action plan";

    public static final String STRENGTHS = "Strengths";
    public static final String NO_STRENGTHS = "No question here reaches level 3 yet.";
    public static final String GAPS = "Gaps";
    public static final String NO_GAPS = "No question here is below level 2.";
    public static final String EVIDENCE = "Evidence notes";

    public static final String CONTEXT = "About the organisation and the service";
    public static final String METHOD = "How the scores were worked out";
    public static final String REFERENCES = "References";

    private ReportText() {
    }

    /** "Overall readiness: 62.5 out of 100 — Developing". */
    public static String overall(Report.Overall overall) {
        return "Overall readiness: " + overall.score() + " out of 100 — " + overall.band();
    }

    /** "Who answered": how many and who, or that no one is recorded. */
    public static String respondents(Report.Header header) {
        return header.respondents().isEmpty() ? NO_ONE_RECORDED
                : header.respondents().size() + ": " + String.join("; ", header.respondents());
    }

    /** Where a priority's actions come from: "Sources: [1] [4]". */
    public static String sources(Report.PriorityItem item) {
        return "Sources: " + String.join(" ", item.references());
    }

    /** The heading of the comparison with an earlier assessment. */
    public static String changesSince(Report.Comparison comparison) {
        return "Changes since " + comparison.earlierTitle() + " (" + comparison.earlierDate() + ")";
    }

    /** A section's figures: "Score: 62.5", "Band: Developing", "Answered: 5 of 6". */
    public static String score(Report.Section section) {
        return SCORE + ": " + section.score();
    }

    public static String band(Report.Section section) {
        return BAND + ": " + section.band();
    }

    public static String answered(Report.Section section) {
        return ANSWERED + ": " + section.coverage();
    }

    /**
     * The report's headings in the order both the screen and the PDF show them: the title, then
     * one per part; parts with nothing to show (no ladder, no comparison, no actions) have none.
     */
    public static List<String> headings(Report report) {
        List<String> headings = new ArrayList<>();
        headings.add(TITLE);
        headings.add(AREAS);
        if (!report.ladder().rungs().isEmpty()) {
            headings.add(LADDER);
        }
        headings.add(PRIORITIES);
        headings.add(FIND_OUT);
        report.comparison().ifPresent(c -> headings.add(changesSince(c)));
        if (!report.actions().isEmpty()) {
            headings.add(ACTION_PLAN);
        }
        report.sections().forEach(s -> headings.add(s.title()));
        headings.add(CONTEXT);
        headings.add(METHOD);
        headings.add(REFERENCES);
        return List.copyOf(headings);
    }
}
