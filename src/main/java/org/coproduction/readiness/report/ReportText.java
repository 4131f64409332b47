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

    public static final String PERSPECTIVES = "How the two sides see it";
    /** The sides as the report names them (spec 4.7): who is on each is said, not assumed. */
    public static final String ORGANISATION_SIDE = "Organisation (managers, trustees, staff, volunteers)";
    public static final String PEOPLE_SIDE = "People who use the service and carers";
    /** The sides as groups of people, for the sentence that says why a side is not shown. */
    public static final String ORGANISATION_WHO = "people from the organisation (managers, trustees, staff,"
            + " volunteers)";
    public static final String PEOPLE_WHO = "people who use the service or carers";
    /** Column headings of the table of the two sides: short, the legend above it says who is who. */
    public static final String EVERYONE = "Everyone";
    public static final String ORGANISATION = "Organisation";
    public static final String PEOPLE = "People who use the service and carers";
    public static final String GAP = "Gap";
    public static final String OVERALL_ROW = "Overall readiness";
    public static final String SEEN_DIFFERENTLY = "you see this differently";
    public static final String NOT_ASKED = "not asked";
    public static final String TOO_FEW_ANSWERS = "too few answers";
    public static final String GAP_EXPLAINED = "Gap is the people's score minus the organisation's: below zero, the"
            + " people who use the service and carers score the area lower than the organisation does. A gap of 15"
            + " points or more either way is marked \"" + SEEN_DIFFERENTLY + "\": worth talking through together.";
    public static final String DIFFERENT_VIEWS = "Where your views differ";
    public static final String DIFFERENT_VIEWS_INTRO = "Questions the two sides rate at least a whole level apart"
            + " (average levels, 0 to 4), the widest first. The difference is the people's level minus the"
            + " organisation's.";
    public static final String NO_DIFFERENT_VIEWS = "No question is rated a whole level apart by the two sides.";
    public static final String DIFFERENT_VIEWS_NEED_BOTH = "Questions can be compared side by side only when both"
            + " sides are shown.";
    public static final String LEAST_AGREEMENT = "Least agreement";
    public static final String LEAST_AGREEMENT_INTRO = "Questions where the levels people gave lie furthest apart"
            + " (highest minus lowest, over everyone who answered): a sign that people experience it differently.";
    public static final String NO_LEAST_AGREEMENT = "On every question, the levels people gave are within one level"
            + " of each other.";
    public static final String QUESTION = "Question";
    public static final String DIFFERENCE = "Difference";
    public static final String SPREAD = "Spread";
    public static final String RESPONDENTS = "Answered by";

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

    /** The labels of the table of who, what and when at the top of the report. */
    public static final String ORGANISATION_LABEL = "Organisation";
    public static final String ASSESSMENT_LABEL = "Assessment";
    public static final String DATE_LABEL = "Date";
    public static final String STATUS_LABEL = "Status";
    public static final String QUESTIONS_LABEL = "Questions";
    public static final String WHO_ANSWERED = "Who answered";
    public static final String MADE_ON = "Report made on";

    public static final String RADAR_NOTE = "The chart shows each area's score from the centre (0) to the edge (100);"
            + " rings mark 25, 50 and 75. Capabilities are what an organisation needs to co-produce; barriers are scored"
            + " so that a higher score means the barrier is better handled.";

    public static final String LADDER_COLUMN = "Ladder of involvement";
    public static final String PLACED_HERE = "◆ here";
    public static final String SUGGESTED_HERE = "● here";

    /** The comparison's table and parts. */
    public static final String BEFORE = "Before";
    public static final String NOW = "Now";
    public static final String CHANGE = "Change";
    public static final String TREND = "Overall readiness over time";
    public static final String MOST_IMPROVED = "Most improved questions";
    public static final String NONE_IMPROVED = "No question improved.";
    public static final String MOST_CONCERN = "Questions of most concern";
    public static final String NONE_WENT_DOWN = "No question went down.";
    public static final String ONLY_ONE = "Questions in only one of the two";

    /** The action plan's columns. */
    public static final String ACTION = "Action";
    public static final String ABOUT = "About";
    public static final String WHO = "Who";
    public static final String BY = "By";
    public static final String STATUS = "Status";

    /** The table of bands under the method. */
    public static final String FROM = "From";
    public static final String MEANING = "What it means";

    private ReportText() {
    }

    /** "Overall readiness: 62.5 out of 100 — Developing". */
    public static String overall(Report.Overall overall) {
        return "Overall readiness: " + overall.score() + " out of 100 — " + overall.band();
    }

    /** "Riverside Trust (registered number 123), Leeds": the organisation as the report's details name it. */
    public static String organisation(Report.Header header) {
        return header.organisation() + (header.registeredNumber().isBlank() ? ""
                : " (registered number " + header.registeredNumber() + ")") + (header.area().isBlank() ? ""
                : ", " + header.area());
    }

    /** "Co-production readiness, version 2.0.0": the question bank answered. */
    public static String questions(Report.Header header) {
        return header.questionnaire() + ", version " + header.questionnaireVersion();
    }

    /** "Riverside Trust · Annual review · 2025-03-01": the line at the top of every page. */
    public static String runningHeader(Report.Header header) {
        return header.organisation() + " · " + header.title() + " · " + header.assessedOn();
    }

    /** The trend chart's figures in words: "Overall readiness by date: 2024-03-01 48.2; … Shaded bands …". */
    public static String trend(Report.Comparison comparison) {
        return "Overall readiness by date: " + trendPoints(comparison) + ". Shaded bands mark the score bands.";
    }

    /** The trend's points in words, for the listing and the chart's alternative text: "2024-03-12 43.1; 2025-03-18 53.4". */
    private static String trendPoints(Report.Comparison comparison) {
        return String.join("; ", comparison.trend().stream().map(point -> point.date() + " " + point.overall()
                .map(org.coproduction.readiness.scoring.Figures::show).orElse("no score")).toList());
    }

    /** " — Partnership; level 1.5 of 4; priority 5.0": what follows a priority's question. */
    public static String priorityDetails(Report.PriorityItem item) {
        return " — " + item.dimension() + "; level " + item.level() + " of 4; priority " + item.priority();
    }

    /** " — Leadership; asked by Sam (staff)": what follows a question to find out about. */
    public static String findOutDetails(Report.FindOutItem item) {
        return " — " + item.dimension() + (item.respondents().isEmpty() ? ""
                : "; asked by " + String.join(", ", item.respondents()));
    }

    /** "Overall readiness: 48.2 then, 55.0 now (+6.8).". */
    public static String overallChange(Report.Comparison comparison) {
        return "Overall readiness: " + comparison.overallBefore() + " then, " + comparison.overallAfter() + " now ("
                + comparison.overallChange() + ").";
    }

    /** A piece of a text: to be kept on one line, or free to wrap. */
    public record Piece(String text, boolean whole) {
    }

    /**
     * The report's texts cut into pieces so that no figure breaks over a line, in the PDF or the
     * Word document: dates (with the score that follows one in a listing), "level 1.5 of 4",
     * "level 1.0 → 2.5 (+1.5)", "priority 5.0", "2 of 3 (66.7%)", "48.2 then", "55.0 now (+6.8)",
     * and any other piece named, such as a registered number.
     */
    public static List<Piece> keepingFiguresWhole(String text, String... alsoWhole) {
        StringBuilder pattern = new StringBuilder(WHOLE_FIGURES.pattern());
        for (String whole : alsoWhole) {
            if (whole != null && !whole.isBlank()) {
                pattern.insert(0, java.util.regex.Pattern.quote(whole) + "|");
            }
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern.toString()).matcher(text);
        List<Piece> pieces = new java.util.ArrayList<>();
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                pieces.add(new Piece(text.substring(from, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            from = matcher.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }

    private static final java.util.regex.Pattern WHOLE_FIGURES = java.util.regex.Pattern.compile(
            "\\(?\\d{4}-\\d{2}-\\d{2}\\)?(?: (?:\\d+\\.\\d|no score)(?=[;.]))?"
                    + "|level \\d+(?:\\.\\d)?(?: of 4| → \\d+(?:\\.\\d)? \\([+−-]?\\d+(?:\\.\\d)?\\))"
                    + "|priority \\d+(?:\\.\\d)?"
                    + "|\\d+ of \\d+ \\(\\d+(?:\\.\\d)?%\\)"
                    + "|\\d+(?:\\.\\d)? then|\\d+(?:\\.\\d)? now \\([+−-]?\\d+(?:\\.\\d)?\\)");

    /** "Developing", or "Emerging → Developing" when the band changed. */
    public static String bandChange(Report.Change change) {
        return change.bandBefore().equals(change.bandAfter()) ? change.bandAfter()
                : change.bandBefore() + " → " + change.bandAfter();
    }

    /** " — Leadership; level 1.0 → 2.5 (+1.5)": what follows a question that moved. */
    public static String moveDetails(Report.QuestionMove move) {
        return " — " + move.dimension() + "; level " + move.before() + " → " + move.after() + " (" + move.change() + ")";
    }

    public static String actionsDone(Report.QuestionMove move) {
        return "Actions done: " + String.join("; ", move.actionsDone());
    }

    public static String newInThisVersion(Report.Comparison comparison) {
        return "New in this version: " + String.join("; ", comparison.onlyLater());
    }

    public static String noLongerAsked(Report.Comparison comparison) {
        return "No longer asked: " + String.join("; ", comparison.onlyEarlier());
    }

    /** " — level 3.0: We ask people…": what follows a strength's or gap's question. */
    public static String levelDetails(Report.QuestionLine line) {
        return " — level " + line.level() + ": " + line.levelText();
    }

    /** " — Sam (staff), on: Do staff…": who wrote an evidence note, and on what. */
    public static String noteDetails(Report.EvidenceNote note) {
        return " — " + note.respondent() + ", on: " + note.question();
    }

    /** "Who answered": how many and who, or that no one is recorded. */
    public static String respondents(Report.Header header) {
        return header.respondents().isEmpty() ? NO_ONE_RECORDED
                : header.respondents().size() + ": " + String.join("; ", header.respondents());
    }

    /** What the section of the two sides is about, with the assessment's own smallest group. */
    public static String perspectivesIntro(Report.Perspectives perspectives) {
        return "Each side's answers scored on their own, beside everyone's, so that the view of the people who use"
                + " the service and carers is never lost in an average. Partners and others count only in the figures"
                + " for everyone. A side is shown only when at least " + perspectives.minGroupSize() + " of its people"
                + " answered, so that no one's answers can be picked out.";
    }

    /** "Organisation (managers, trustees, staff, volunteers): 4 answered; overall readiness 62.5, Developing". */
    public static String side(Report.SideView side) {
        String who = side.name() + ": " + side.respondents() + " answered";
        if (!side.shown()) {
            return who;
        }
        return who + "; " + side.overall().map(o -> "overall readiness " + o.score() + ", " + o.band()
                + (o.provisional() ? " (provisional)" : "")).orElse("no overall score yet");
    }

    /**
     * Why a side has no figures of its own (spec 4.7, rule 2), with the assessment's smallest group.
     *
     * @param who the side as a group of people: "people who use the service or carers"
     */
    public static String notShown(String who, int respondents, int minGroupSize) {
        if (respondents == 0) {
            return "No " + who + " took part, so there are no figures for their side.";
        }
        return (minGroupSize > 1 ? "Fewer than " + minGroupSize + " " + who + " answered"
                : "None of the " + who + " gave a level to any question")
                + ", so their figures are not shown on their own: no one's answers can be picked out. Their answers"
                + " still count in the figures for everyone.";
    }

    /** "3 levels": how far apart the levels given to a question lie. */
    public static String spread(Report.Disagreement spread) {
        return spread.spread() + " levels";
    }

    /** "6 people": how many gave the question a level. */
    public static String answeredBy(Report.Disagreement spread) {
        return spread.respondents() + (spread.respondents() == 1 ? " person" : " people");
    }

    /**
     * The radar chart in words, for those who cannot see it (the PDF's and the Word document's
     * alternative text of the picture, and the screen's chart's accessible text): "Radar chart of the 7 areas, each from 0 at the centre to 100 at the edge. Everyone:
     * 1. Customer activation 62.5; 2. …. Organisation (…), dashed line: 1. …". Every figure the
     * chart draws is said.
     */
    public static String radarAlternative(List<Report.RadarPoint> points, Report.Perspectives perspectives) {
        StringBuilder text = new StringBuilder("Radar chart of the ").append(points.size())
                .append(" areas, each scored from 0 at the centre to 100 at the edge. ");
        text.append(radarOutline(EVERYONE + ", filled shape", points,
                points.stream().map(Report.RadarPoint::score).toList()));
        List<String> lines = List.of("dashed line", "dotted line");
        List<Report.SideView> sides = perspectives.sides();
        for (int i = 0; i < sides.size(); i++) {
            Report.SideView side = sides.get(i);
            if (side.shown()) {
                text.append(" ").append(radarOutline(side.name() + ", " + lines.get(Math.min(i, lines.size() - 1)),
                        points, side.radar()));
            }
        }
        return text.toString();
    }

    /** A line of the radar in words: "Everyone, filled shape: 1. Area 62.5; 2. Area no score.". */
    public static String radarOutline(String name, List<Report.RadarPoint> points, List<java.util.Optional<Double>> scores) {
        StringBuilder text = new StringBuilder(name).append(": ");
        for (int i = 0; i < points.size(); i++) {
            text.append(i + 1).append(". ").append(points.get(i).title()).append(" ")
                    .append(i < scores.size() ? scores.get(i).map(org.coproduction.readiness.scoring.Figures::show)
                            .orElse("no score") : "no score")
                    .append(i < points.size() - 1 ? "; " : ".");
        }
        return text.toString();
    }

    /**
     * The trend chart in words (its alternative text): "Line chart of overall readiness over time,
     * from 0 to 100, the score bands shaded from 0, 40, 60 and 80: 2024-05-14 48.2; 2025-05-20 62.5.".
     */
    public static String trendAlternative(Report.Comparison comparison) {
        StringBuilder text = new StringBuilder("Line chart of overall readiness over time, from 0 to 100");
        if (!comparison.bandStarts().isEmpty()) {
            List<String> starts = comparison.bandStarts().stream()
                    .map(b -> org.coproduction.readiness.scoring.Figures.oneDecimal(b).stripTrailingZeros().toPlainString())
                    .toList();
            text.append(", with the score bands shaded from ").append(starts.size() == 1 ? starts.get(0)
                    : String.join(", ", starts.subList(0, starts.size() - 1)) + " and " + starts.get(starts.size() - 1));
        }
        return text.append(": ").append(trendPoints(comparison)).append(".").toString();
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
        headings.add(PERSPECTIVES);
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
