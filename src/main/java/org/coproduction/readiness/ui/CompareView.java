package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.report.Report;
import javafx.scene.Node;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;

import java.util.List;

/**
 * Two assessments side by side: the change in each area and band, the most improved questions
 * and those of most concern (with the actions done on them), and questions asked in only one.
 */
final class CompareView extends ScrollPane {
    /**
     * @param gapsBefore the earlier assessment's gaps between the two sides (empty where its sides
     *                   were not both shown); the later one's come with the report
     */
    CompareView(Report report, List<Perspectives.Gap> gapsBefore, Runnable onBack, Runnable onReport) {
        Report.Comparison comparison = report.comparison().orElseThrow();
        setFitToWidth(true);
        getStyleClass().add("compare-view");
        VBox page = new VBox(10);
        page.setPadding(new Insets(20, 28, 28, 28));
        page.setMaxWidth(980);

        Label heading = new Label(report.header().organisation() + ": " + comparison.earlierTitle() + " ("
                + comparison.earlierDate() + ") compared with " + report.header().title() + " ("
                + report.header().assessedOn() + ")");
        heading.getStyleClass().add("step-heading");
        Fit.wrapping(heading);
        Button back = new Button("_Back to history");
        back.setId("compare-back");
        back.setOnAction(e -> onBack.run());
        Button full = new Button("Full _report with comparison");
        full.setId("compare-report");
        full.setAccessibleHelp("Open the later assessment's report with this comparison, to export or print it");
        full.setOnAction(e -> onReport.run());
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(10, 10, Fit.whole(back), Fit.whole(full));
        bar.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().addAll(bar, heading);

        Label overall = new Label("Overall readiness: " + comparison.overallBefore() + " then, "
                + comparison.overallAfter() + " now (" + comparison.overallChange() + ")");
        overall.setId("compare-overall");
        overall.getStyleClass().add("overall-score");
        Fit.wrapping(overall);
        page.getChildren().add(overall);

        GridPane table = new GridPane();
        table.setId("compare-table");
        table.setHgap(18);
        table.setVgap(6);
        String[] headers = {"Area", "Before", "Now", "Change", "Band"};
        for (int i = 0; i < headers.length; i++) {
            Label header = Fit.whole(new Label(headers[i]));
            header.getStyleClass().add("table-header");
            table.add(header, i, 0);
        }
        int row = 1;
        for (Report.Change change : comparison.changes()) {
            // The area's name wraps; the figures beside it stay whole.
            Label title = Fit.wrapping(new Label(change.title()));
            title.setStyle("-fx-min-width: 8em;");
            title.setId("change-" + change.dimensionId());
            String band = change.bandBefore().equals(change.bandAfter()) ? change.bandAfter()
                    : change.bandBefore() + " → " + change.bandAfter();
            title.setAccessibleText(change.title() + ": " + change.before() + " to " + change.after() + ", change "
                    + change.change() + ", band " + band);
            table.addRow(row++, title, cell(change.before()), cell(change.after()), cell(change.change()), cell(band));
        }
        page.getChildren().add(Fit.sideways(table));
        page.getChildren().add(sidesThenAndNow(report, gapsBefore));
        moves(page, "Most improved questions", comparison.improved(), "No question improved.", "improved-");
        moves(page, "Questions of most concern", comparison.concern(), "No question went down.", "concern-");
        VBox every = new VBox(4);
        for (Report.QuestionMove move : comparison.every()) {
            every.getChildren().add(text(move.question() + " — " + move.dimension() + ": " + move.before() + " → "
                    + move.after() + " (" + move.change() + ")"));
        }
        javafx.scene.control.TitledPane all = new javafx.scene.control.TitledPane("Every question asked in both ("
                + comparison.every().size() + ")", every);
        all.setId("compare-every");
        all.setExpanded(false);
        all.setAnimated(false);
        page.getChildren().add(all);
        if (!comparison.onlyLater().isEmpty() || !comparison.onlyEarlier().isEmpty()) {
            page.getChildren().add(heading("Questions asked in only one of the two"));
            if (!comparison.onlyLater().isEmpty()) {
                page.getChildren().add(text("New in this version: " + String.join("; ", comparison.onlyLater())));
            }
            if (!comparison.onlyEarlier().isEmpty()) {
                page.getChildren().add(text("No longer asked: " + String.join("; ", comparison.onlyEarlier())));
            }
        }
        setContent(page);
    }

    /**
     * The gap between the two sides' views in each area, then and now, where both sides were shown
     * (docs/scoring.md, perspectives P4): is the organisation coming closer to how people see it?
     */
    private static Node sidesThenAndNow(Report report, List<Perspectives.Gap> gapsBefore) {
        VBox box = new VBox(6, heading("How far apart the two sides' views are"));
        List<Report.AreaView> now = report.perspectives().areas().stream().filter(a -> a.gap().isPresent()).toList();
        if (now.isEmpty() && gapsBefore.isEmpty()) {
            box.getChildren().add(text("Neither assessment had enough answers from both sides to show them apart."));
            return box;
        }
        GridPane gaps = new GridPane();
        gaps.setId("compare-gaps");
        gaps.setHgap(18);
        gaps.setVgap(6);
        String[] headers = {"Area", "Gap then", "Gap now"};
        for (int i = 0; i < headers.length; i++) {
            Label header = Fit.whole(new Label(headers[i]));
            header.getStyleClass().add("table-header");
            gaps.add(header, i, 0);
        }
        int row = 1;
        for (Report.AreaView area : report.perspectives().areas()) {
            String then = gapsBefore.stream().filter(g -> g.dimensionId().equals(area.dimensionId())).findFirst()
                    .map(g -> (g.gap() > 0 ? "+" : "") + Figures.show(g.gap())).orElse("–");
            gaps.addRow(row++, cell(area.title()), cell(then), cell(area.gap().orElse("–")));
        }
        box.getChildren().addAll(Fit.sideways(gaps), text("People's score minus the organisation's, in points; – where a side was"
                + " not shown. Closer to 0 means the two sides see the area more alike."));
        return box;
    }

    private static void moves(VBox page, String title, List<Report.QuestionMove> moves, String none, String idPrefix) {
        page.getChildren().add(heading(title));
        if (moves.isEmpty()) {
            page.getChildren().add(text(none));
        }
        for (Report.QuestionMove move : moves) {
            Label line = text("•  " + move.question() + " — " + move.dimension() + "; level " + move.before() + " → "
                    + move.after() + " (" + move.change() + ")");
            line.setId(idPrefix + move.questionId());
            page.getChildren().add(line);
            if (!move.actionsDone().isEmpty()) {
                Label done = text("     Actions done: " + String.join("; ", move.actionsDone()));
                done.getStyleClass().add("help-text");
                page.getChildren().add(done);
            }
        }
    }

    private static Label heading(String text) {
        Label label = Fit.wrapping(new Label(text));
        label.getStyleClass().add("report-heading");
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
