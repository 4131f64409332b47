package org.coproduction.readiness.report;

import java.util.List;

/** The report as XHTML for the PDF renderer: structure here, looks in the style sheet below. */
final class ReportHtml {
    private static final String STYLE = """
            @page {
              size: A4;
              margin: 24mm 18mm 20mm 18mm;
              @top-left { content: element(header); font-family: 'DejaVu Sans'; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8.5pt; color: #57606a;
                font-family: 'DejaVu Sans'; }
            }
            * { font-family: 'DejaVu Sans'; }
            body { font-size: 9.5pt; line-height: 1.4; color: #24292f; }
            #running-header { position: running(header); font-size: 8.5pt; color: #57606a; width: 100%;
              border-bottom: 0.5pt solid #d0d7de; padding-bottom: 2mm; }
            h1 { font-size: 20pt; margin: 0 0 2mm 0; color: #0550ae; }
            h2 { font-size: 13.5pt; margin: 7mm 0 2mm 0; color: #0550ae; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 1mm 0 2mm 0; }
            .subtitle { font-size: 12pt; margin-bottom: 4mm; }
            table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; }
            th { text-align: left; font-weight: bold; border-bottom: 0.8pt solid #8c959f; padding: 1.2mm 2mm 1.2mm 0; }
            td { border-bottom: 0.4pt solid #d0d7de; padding: 1.2mm 2mm 1.2mm 0; vertical-align: top; }
            tr { page-break-inside: avoid; }
            .details td.label { width: 38mm; color: #57606a; }
            .overall { border: 1pt solid #0969da; background-color: #ddf4ff; padding: 3mm 4mm; margin: 4mm 0;
              page-break-inside: avoid; }
            .overall .score { font-size: 16pt; font-weight: bold; }
            .provisional { color: #9a6700; font-weight: bold; }
            .note { color: #57606a; }
            .chart { float: left; width: 58mm; margin-top: 3mm; }
            .legend { margin-left: 60mm; }
            .kind { color: #57606a; }
            .section { page-break-inside: auto; }
            .figures td { border: none; padding-right: 6mm; }
            .evidence { word-wrap: break-word; }
            ul, ol { margin: 1mm 0 2mm 0; padding-left: 6mm; }
            li { margin-bottom: 1mm; word-wrap: break-word; }
            .actions li { margin-bottom: 0.5mm; }
            .references li { margin-bottom: 1.5mm; }
            .small { font-size: 8.5pt; color: #57606a; }
            .key { font-size: 8pt; margin-top: 1mm; }
            .key p { margin: 0 0 0.8mm 0; }
            .swatch { display: inline-block; width: 7mm; height: 0; margin-right: 1.5mm; vertical-align: middle; }
            .everyone { border-top: 1.6pt solid EVERYONE_COLOUR; }
            .organisation { border-top: 1.6pt dashed ORGANISATION_COLOUR; }
            .people { border-top: 1.6pt dotted PEOPLE_COLOUR; }
            /* Fixed columns: the long side names wrap in their headings instead of pushing the gap off the page. */
            .sides { table-layout: fixed; }
            .sides .figure { width: 20mm; text-align: right; padding-right: 3mm; }
            .sides .side { width: 27mm; }
            .sides .wide { width: 38mm; }
            /* A short table with its heading and its rows on one page, never a heading left alone. */
            .together { page-break-inside: avoid; }
            .seen { font-weight: bold; color: #9a6700; font-size: 8.5pt; white-space: nowrap; }
            /* Dates, scores and counts never break over lines ("2025-" / "06-" / "30"); their columns
               are wide enough to hold them whole, and the words beside them wrap instead. */
            .nobreak, .sides td.figure, td.number { white-space: nowrap; }
            td.number, th.number { text-align: right; padding-right: 3mm; }
            /* The table beside the chart a little smaller, so that its seven rows stay on the first page. */
            .legend table { font-size: 9pt; line-height: 1.3; }
            .legend td, .legend th { padding: 0.9mm 1.5mm 0.9mm 0; }
            .legend .kind { font-size: 8pt; }
            .legend td.number, .legend th.number { padding-right: 2mm; }
            .legend td.coverage { white-space: nowrap; }
            .plan { table-layout: fixed; }
            .plan .about { width: 36mm; }
            .plan .who { width: 26mm; }
            td.bands { white-space: nowrap; }
            .plan .by { width: 20mm; white-space: nowrap; }
            .plan .status { width: 21mm; white-space: nowrap; }
            .figures td { white-space: nowrap; }
            /* An area's heading and the line under it ("Capability") go with what follows them. */
            p.kind { page-break-after: avoid; }
            """.replace("EVERYONE_COLOUR", RadarDrawer.hex(RadarDrawer.DATA))
            .replace("ORGANISATION_COLOUR", RadarDrawer.hex(RadarDrawer.ORGANISATION))
            .replace("PEOPLE_COLOUR", RadarDrawer.hex(RadarDrawer.PEOPLE));

    private ReportHtml() {
    }

    static String render(Report report) {
        Report.Header header = report.header();
        Html html = new Html();
        html.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">");
        html.open("head").element("title", null, "Co-production readiness report: " + header.organisation())
                .raw("<meta name=\"subject\" content=\"" + Html.escape(header.title()) + "\"/>")
                .raw("<meta name=\"author\" content=\"" + Html.escape(header.organisation()) + "\"/>")
                .open("style").text(STYLE).close("style").close("head");
        html.open("body");
        html.open("div id=\"running-header\"").text(ReportText.runningHeader(header)).close("div");

        html.element("h1", null, ReportText.TITLE);
        html.element("p", "subtitle", header.organisation());
        details(html, header);
        overall(html, report);
        radar(html, report);
        perspectives(html, report);
        ladder(html, report.ladder());
        priorities(html, report.priorities());
        findOut(html, report.findOut());
        report.comparison().ifPresent(c -> comparison(html, c));
        actions(html, report.actions());
        for (Report.Section section : report.sections()) {
            section(html, section);
        }
        context(html, report.context());
        method(html, report);
        html.element("h2", null, ReportText.REFERENCES);
        html.open("ol class=\"references\"");
        report.references().forEach(r -> html.element("li", null, r));
        html.close("ol");
        html.close("body").close("html");
        return html.toString();
    }

    private static void details(Html html, Report.Header header) {
        html.open("table class=\"details\"");
        html.open("tr").element("td", "label", ReportText.ORGANISATION_LABEL).open("td")
                // A registered number is one identifier: never split at its hyphen.
                .figures(ReportText.organisation(header), header.registeredNumber()).close("td").close("tr");
        row(html, ReportText.ASSESSMENT_LABEL, header.title());
        row(html, ReportText.DATE_LABEL, header.assessedOn());
        row(html, ReportText.STATUS_LABEL, header.status());
        row(html, ReportText.QUESTIONS_LABEL, ReportText.questions(header));
        row(html, ReportText.WHO_ANSWERED, ReportText.respondents(header));
        row(html, ReportText.MADE_ON, header.generatedOn());
        html.close("table");
    }

    private static void row(Html html, String label, String value) {
        html.open("tr").element("td", "label", label).element("td", null, value).close("tr");
    }

    private static void overall(Html html, Report report) {
        html.open("div class=\"overall\"");
        if (report.overall().isPresent()) {
            Report.Overall overall = report.overall().get();
            html.open("p").element("span", "score", ReportText.overall(overall)).close("p");
            if (overall.provisional()) {
                html.element("p", "provisional", overall.provisionalReason());
            }
            html.element("p", null, overall.bandDescription());
        } else {
            html.open("p").element("span", "score", ReportText.NO_OVERALL).close("p");
            html.element("p", null, ReportText.NO_OVERALL_WHY);
        }
        html.close("div");
    }

    private static void radar(Html html, Report report) {
        html.element("h2", null, ReportText.AREAS);
        html.open("div class=\"chart\"");
        Report.Perspectives perspectives = report.perspectives();
        // The alternative text is the figure's /Alt in the PDF's tags (PDF/UA): every figure of the chart in words.
        String alternative = Html.escape(ReportText.radarAlternative(report.radar(), report.perspectives()));
        html.raw("<object type=\"" + RadarDrawer.TYPE + "\" alt=\"" + alternative
                + "\" data-scores=\"" + RadarDrawer.scoresAttribute(report.radar())
                + "\" data-organisation=\"" + RadarDrawer.outlineAttribute(perspectives.organisation().radar())
                + "\" data-people=\"" + RadarDrawer.outlineAttribute(perspectives.people().radar())
                + "\" style=\"width: 56mm; height: 56mm; display: block;\"></object>");
        if (perspectives.anyShown()) {
            // The key draws each line as the chart does, so the sides can be told apart in black and white too.
            html.open("div class=\"key\"");
            key(html, "everyone", ReportText.EVERYONE);
            for (Report.SideView side : perspectives.sides()) {
                if (side.shown()) {
                    key(html, side.id(), side.name());
                }
            }
            html.close("div");
        }
        html.close("div");
        html.open("div class=\"legend\"");
        html.open("table").open("tr").element("th", null, "").element("th", null, ReportText.AREA)
                .element("th", "number", ReportText.SCORE).element("th", null, ReportText.BAND)
                .element("th", "coverage", ReportText.ANSWERED).close("tr");
        for (int i = 0; i < report.sections().size(); i++) {
            Report.Section section = report.sections().get(i);
            html.open("tr").element("td", null, String.valueOf(i + 1))
                    .open("td").text(section.title()).raw("<br/>").element("span", "kind", section.kind()).close("td")
                    .element("td", "number", section.score()).element("td", null, section.band())
                    .element("td", "coverage", section.coverage()).close("tr");
        }
        html.close("table").close("div");
        html.raw("<div style=\"clear: both;\"></div>");
        html.element("p", "small", ReportText.RADAR_NOTE);
    }

    private static void key(Html html, String line, String name) {
        html.open("p").raw("<span class=\"swatch " + line + "\"></span>").text(name).close("p");
    }

    /** How the two sides see it (spec 4.7): right after the areas, in the same order as on screen. */
    private static void perspectives(Html html, Report report) {
        Report.Perspectives perspectives = report.perspectives();
        html.element("h2", null, ReportText.PERSPECTIVES);
        html.element("p", null, ReportText.perspectivesIntro(perspectives));
        for (Report.SideView side : perspectives.sides()) {
            html.element("p", null, ReportText.side(side));
            if (!side.shown()) {
                html.element("p", "note", side.notShown());
            }
        }
        if (perspectives.anyShown()) {
            Report.SideView organisation = perspectives.organisation();
            Report.SideView people = perspectives.people();
            html.open("table class=\"sides together\"").open("tr").element("th", null, ReportText.AREA)
                    .element("th", "figure", ReportText.EVERYONE);
            if (organisation.shown()) {
                html.element("th", "figure side", ReportText.ORGANISATION);
            }
            if (people.shown()) {
                html.element("th", "figure side", ReportText.PEOPLE);
            }
            if (perspectives.bothShown()) {
                html.element("th", "figure wide", ReportText.GAP);
            }
            html.close("tr");
            html.open("tr").element("td", null, ReportText.OVERALL_ROW)
                    .element("td", "figure", report.overall().map(Report.Overall::score).orElse("–"));
            for (Report.SideView side : perspectives.sides()) {
                if (side.shown()) {
                    html.element("td", "figure", side.overall().map(Report.SideOverall::score).orElse("–"));
                }
            }
            if (perspectives.bothShown()) {
                html.element("td", "figure wide", "");
            }
            html.close("tr");
            for (Report.AreaView area : perspectives.areas()) {
                html.open("tr").element("td", null, area.title()).element("td", "figure", area.everyone());
                area.organisation().ifPresent(score -> html.element("td", "figure", score));
                area.people().ifPresent(score -> html.element("td", "figure", score));
                if (perspectives.bothShown()) {
                    html.open("td class=\"figure wide\"").text(area.gap().orElse("–"));
                    if (area.seenDifferently()) {
                        html.raw("<br/>").element("span", "seen", ReportText.SEEN_DIFFERENTLY);
                    }
                    html.close("td");
                }
                html.close("tr");
            }
            html.close("table");
            if (perspectives.bothShown()) {
                html.element("p", "small", ReportText.GAP_EXPLAINED);
            }
        }

        html.open("div class=\"together\"");
        html.element("h3", null, ReportText.DIFFERENT_VIEWS);
        if (!perspectives.bothShown()) {
            html.element("p", "note", ReportText.DIFFERENT_VIEWS_NEED_BOTH);
        } else if (perspectives.differentViews().isEmpty()) {
            html.element("p", "note", ReportText.NO_DIFFERENT_VIEWS);
        } else {
            html.element("p", null, ReportText.DIFFERENT_VIEWS_INTRO);
            html.open("table class=\"sides\"").open("tr").element("th", null, ReportText.QUESTION)
                    .element("th", "figure side", ReportText.ORGANISATION).element("th", "figure side", ReportText.PEOPLE)
                    .element("th", "figure", ReportText.DIFFERENCE).close("tr");
            for (Report.DifferentView view : perspectives.differentViews()) {
                html.open("tr").open("td").text(view.question()).raw("<br/>").element("span", "kind", view.dimension())
                        .close("td").element("td", "figure", view.organisation())
                        .element("td", "figure", view.people()).element("td", "figure wide", view.difference())
                        .close("tr");
            }
            html.close("table");
        }

        html.close("div");

        html.open("div class=\"together\"");
        html.element("h3", null, ReportText.LEAST_AGREEMENT);
        if (perspectives.leastAgreement().isEmpty()) {
            html.element("p", "note", ReportText.NO_LEAST_AGREEMENT);
        } else {
            html.element("p", null, ReportText.LEAST_AGREEMENT_INTRO);
            html.open("table class=\"sides\"").open("tr").element("th", null, ReportText.QUESTION)
                    .element("th", "figure", ReportText.SPREAD).element("th", "figure", ReportText.RESPONDENTS)
                    .close("tr");
            for (Report.Disagreement spread : perspectives.leastAgreement()) {
                html.open("tr").open("td").text(spread.question()).raw("<br/>").element("span", "kind", spread.dimension())
                        .close("td").element("td", "figure", ReportText.spread(spread))
                        .element("td", "figure", ReportText.answeredBy(spread)).close("tr");
            }
            html.close("table");
        }
        html.close("div");
    }

    private static void ladder(Html html, Report.Ladder ladder) {
        if (ladder.rungs().isEmpty()) {
            return;
        }
        // The heading and the seven rungs on one page: a rung or two left under the heading read as the whole ladder.
        html.open("div class=\"together\"");
        html.element("h2", null, ReportText.LADDER);
        html.open("table").open("tr").element("th", null, ReportText.LADDER_COLUMN).element("th", null, ReportText.PLACED)
                .element("th", null, ReportText.SUGGESTED).close("tr");
        for (int i = ladder.rungs().size() - 1; i >= 0; i--) {
            String rung = ladder.rungs().get(i);
            html.open("tr").element("td", null, (i + 1) + ". " + rung)
                    .element("td", null, ladder.placed().filter(rung::equals).isPresent() ? ReportText.PLACED_HERE : "")
                    .element("td", null, ladder.suggested().filter(rung::equals).isPresent() ? ReportText.SUGGESTED_HERE : "")
                    .close("tr");
        }
        html.close("table").close("div");
        html.element("p", null, ladder.reading());
    }

    private static void priorities(Html html, List<Report.PriorityItem> priorities) {
        html.element("h2", null, ReportText.PRIORITIES);
        if (priorities.isEmpty()) {
            html.element("p", null, ReportText.NO_PRIORITIES);
            return;
        }
        html.element("p", null, ReportText.PRIORITIES_INTRO);
        html.open("ol");
        for (Report.PriorityItem item : priorities) {
            html.open("li").open("strong").text(item.question()).close("strong")
                    .open("span class=\"kind\"").figures(ReportText.priorityDetails(item)).close("span");
            html.open("ul class=\"actions\"");
            item.actions().forEach(a -> html.element("li", null, a));
            html.close("ul");
            if (!item.references().isEmpty()) {
                html.element("p", "small", ReportText.sources(item));
            }
            html.close("li");
        }
        html.close("ol");
    }

    private static void findOut(Html html, List<Report.FindOutItem> items) {
        html.element("h2", null, ReportText.FIND_OUT);
        if (items.isEmpty()) {
            html.element("p", null, ReportText.NO_FIND_OUT);
            return;
        }
        html.element("p", null, ReportText.FIND_OUT_INTRO);
        html.open("ul");
        for (Report.FindOutItem item : items) {
            html.open("li").text(item.question()).element("span", "kind", ReportText.findOutDetails(item)).close("li");
        }
        html.close("ul");
    }

    private static void comparison(Html html, Report.Comparison comparison) {
        // The heading's date stays whole: "(2024-03-" / "12)" would read as two dates.
        html.open("h2").figures(ReportText.changesSince(comparison)).close("h2");
        html.open("p").figures(ReportText.overallChange(comparison)).close("p");
        html.open("table").open("tr").element("th", null, ReportText.AREA).element("th", "number", ReportText.BEFORE)
                .element("th", "number", ReportText.NOW).element("th", "number", ReportText.CHANGE)
                .element("th", null, ReportText.BAND).close("tr");
        for (Report.Change change : comparison.changes()) {
            html.open("tr").element("td", null, change.title()).element("td", "number", change.before())
                    .element("td", "number", change.after()).element("td", "number", change.change())
                    .element("td", "bands", ReportText.bandChange(change)).close("tr");
        }
        html.close("table");
        if (comparison.trend().size() > 1) {
            // The chart, its heading and its figures in words on one page.
            html.open("div class=\"together\"");
            html.element("h3", null, ReportText.TREND);
            StringBuilder scores = new StringBuilder();
            StringBuilder labels = new StringBuilder();
            for (Report.TrendPoint point : comparison.trend()) {
                scores.append(scores.length() == 0 ? "" : ",").append(point.overall().map(String::valueOf).orElse("-"));
                labels.append(labels.length() == 0 ? "" : ",").append(point.date());
            }
            StringBuilder bands = new StringBuilder();
            comparison.bandStarts().forEach(b -> bands.append(bands.length() == 0 ? "" : ",").append(b));
            String alternative = Html.escape(ReportText.trendAlternative(comparison));
            html.raw("<object type=\"" + TrendDrawer.TYPE + "\" alt=\"" + alternative
                    + "\" data-scores=\"" + scores + "\" data-labels=\""
                    + Html.escape(labels.toString()) + "\" data-bands=\"" + bands
                    + "\" style=\"width: 150mm; height: 55mm; display: block;\"></object>");
            html.open("p class=\"small\"").figures(ReportText.trend(comparison)).close("p");
            html.close("div");
        }
        moves(html, ReportText.MOST_IMPROVED, comparison.improved(), ReportText.NONE_IMPROVED);
        moves(html, ReportText.MOST_CONCERN, comparison.concern(), ReportText.NONE_WENT_DOWN);
        if (!comparison.onlyLater().isEmpty() || !comparison.onlyEarlier().isEmpty()) {
            html.element("h3", null, ReportText.ONLY_ONE);
            if (!comparison.onlyLater().isEmpty()) {
                html.element("p", null, ReportText.newInThisVersion(comparison));
            }
            if (!comparison.onlyEarlier().isEmpty()) {
                html.element("p", null, ReportText.noLongerAsked(comparison));
            }
        }
    }

    private static void actions(Html html, List<Report.PlannedAction> actions) {
        if (actions.isEmpty()) {
            return;
        }
        html.element("h2", null, ReportText.ACTION_PLAN);
        // Fixed columns wide enough for a whole date and status; the action and its question wrap.
        html.open("table class=\"plan\"").open("tr").element("th", null, ReportText.ACTION)
                .element("th", "about", ReportText.ABOUT).element("th", "who", ReportText.WHO)
                .element("th", "by", ReportText.BY).element("th", "status", ReportText.STATUS).close("tr");
        for (Report.PlannedAction action : actions) {
            html.open("tr").element("td", null, action.description()).element("td", "kind about", action.about())
                    .element("td", "who", action.owner()).element("td", "by", action.due())
                    .element("td", "status", action.status()).close("tr");
        }
        html.close("table");
    }

    private static void moves(Html html, String heading, List<Report.QuestionMove> moves, String none) {
        html.element("h3", null, heading);
        if (moves.isEmpty()) {
            html.element("p", "note", none);
            return;
        }
        html.open("ul");
        for (Report.QuestionMove move : moves) {
            html.open("li").text(move.question()).open("span class=\"kind\"").figures(ReportText.moveDetails(move))
                    .close("span");
            if (!move.actionsDone().isEmpty()) {
                html.element("p", "small", ReportText.actionsDone(move));
            }
            html.close("li");
        }
        html.close("ul");
    }

    private static void section(Html html, Report.Section section) {
        html.open("div class=\"section\"");
        html.element("h2", null, section.title());
        html.element("p", "kind", section.kind());
        html.element("p", null, section.summary());
        html.open("table class=\"figures\"").open("tr")
                .element("td", null, ReportText.score(section))
                .element("td", null, ReportText.band(section))
                .element("td", null, ReportText.answered(section)).close("tr").close("table");
        if (!section.bandMeaning().isBlank()) {
            html.element("p", null, section.bandMeaning());
        }
        if (!section.note().isBlank()) {
            html.element("p", "provisional", section.note());
        }
        lines(html, ReportText.STRENGTHS, section.strengths(), ReportText.NO_STRENGTHS);
        lines(html, ReportText.GAPS, section.gaps(), ReportText.NO_GAPS);
        if (!section.evidence().isEmpty()) {
            html.element("h3", null, ReportText.EVIDENCE);
            html.open("ul class=\"evidence\"");
            for (Report.EvidenceNote note : section.evidence()) {
                html.open("li").text(note.note()).element("span", "kind", ReportText.noteDetails(note)).close("li");
            }
            html.close("ul");
        }
        html.close("div");
    }

    private static void lines(Html html, String heading, List<Report.QuestionLine> lines, String none) {
        html.element("h3", null, heading);
        if (lines.isEmpty()) {
            html.element("p", "note", none);
            return;
        }
        html.open("ul");
        for (Report.QuestionLine line : lines) {
            html.open("li").text(line.text()).element("span", "kind", ReportText.levelDetails(line)).close("li");
        }
        html.close("ul");
    }

    private static void context(Html html, List<Report.ContextItem> items) {
        html.element("h2", null, ReportText.CONTEXT);
        html.open("table class=\"details\"");
        items.forEach(item -> row(html, item.question(), item.answer()));
        html.close("table");
    }

    private static void method(Html html, Report report) {
        html.element("h2", null, ReportText.METHOD);
        report.method().forEach(p -> html.element("p", null, p));
        html.open("table").open("tr").element("th", null, ReportText.FROM).element("th", null, ReportText.BAND)
                .element("th", null, ReportText.MEANING).close("tr");
        for (Report.BandItem band : report.bands()) {
            html.open("tr").element("td", null, band.from()).element("td", null, band.label())
                    .element("td", null, band.description()).close("tr");
        }
        html.close("table");
    }
}
