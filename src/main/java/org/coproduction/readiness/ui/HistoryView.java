package org.coproduction.readiness.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.XYChart;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.questionnaire.Band;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.common.Dates;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * An organisation's assessments over time: a trend chart of the overall score and each area with
 * the bands behind, a table of the figures, and a choice of two assessments to compare.
 */
final class HistoryView extends ScrollPane {
    HistoryView(Organisation organisation, List<Workspace.HistoryEntry> entries, Questionnaire bank, Runnable onHome,
                BiConsumer<AssessmentSummary, AssessmentSummary> onCompare, Runnable onExport) {
        // A chart built on the database thread may fail at random later; refuse it at once.
        if (!javafx.application.Platform.isFxApplicationThread()) {
            throw new IllegalStateException("The history screen must be built on the JavaFX thread");
        }
        setFitToWidth(true);
        getStyleClass().add("history-view");
        VBox page = new VBox(14);
        page.setPadding(new Insets(20, 28, 28, 28));

        Label heading = new Label("History of " + organisation.name());
        heading.getStyleClass().add("step-heading");
        Fit.wrapping(heading);
        heading.setMinWidth(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        Button home = Fit.whole(new Button("Go h_ome"));
        home.setId("history-home");
        home.setAccessibleHelp("Back to the organisations and their assessments");
        home.setOnAction(e -> onHome.run());
        Button export = Fit.whole(new Button("Save as Excel _workbook…"));
        export.setId("history-export");
        export.setAccessibleHelp("Save every assessment of this organisation, with its scores by area, as one Excel"
                + " workbook, for trustees and funders");
        export.setOnAction(e -> onExport.run());
        export.setDisable(entries.isEmpty());
        HBox top = new HBox(12, heading, export, home);
        top.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().add(top);

        if (entries.isEmpty()) {
            page.getChildren().add(new Label("This organisation has no assessments yet."));
            setContent(page);
            return;
        }

        BandedLineChart chart = new BandedLineChart(bank.bands().stream().map(Band::min).toList());
        chart.setId("history-chart");
        chart.getStyleClass().add("history-chart");
        chart.setTitle("Scores over time (shaded: " + String.join(", ", bank.bands().stream().map(Band::label).toList())
                + ")");
        // The title wraps rather than ending in "…" at a large text size.
        if (chart.lookup(".chart-title") instanceof Label title) {
            Fit.wrapping(title);
        }
        chart.setPrefHeight(380);
        XYChart.Series<String, Number> overall = new XYChart.Series<>();
        overall.setName("Overall readiness");
        for (Workspace.HistoryEntry entry : entries) {
            entry.card().overall().ifPresent(o -> overall.getData().add(new XYChart.Data<>(label(entry.summary()), o.score())));
        }
        chart.getData().add(overall);
        for (Dimension dimension : bank.dimensions()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(dimension.title());
            for (Workspace.HistoryEntry entry : entries) {
                entry.card().dimension(dimension.id()).filter(d -> d.score().isPresent()).ifPresent(d ->
                        series.getData().add(new XYChart.Data<>(label(entry.summary()), d.score().getAsDouble())));
            }
            chart.getData().add(series);
        }
        // A screen reader hears the figures the lines show: each line in turn, date by date.
        StringBuilder description = new StringBuilder("Trend chart of scores over time, out of 100.");
        for (XYChart.Series<String, Number> series : chart.getData()) {
            description.append(" ").append(series.getName()).append(": ");
            if (series.getData().isEmpty()) {
                description.append("no score.");
            }
            for (int i = 0; i < series.getData().size(); i++) {
                XYChart.Data<String, Number> point = series.getData().get(i);
                description.append(point.getXValue()).append(" ").append(Figures.show(point.getYValue().doubleValue()))
                        .append(i < series.getData().size() - 1 ? ", " : ".");
            }
        }
        chart.setAccessibleText(description.toString());
        chart.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        page.getChildren().add(chart);

        // A grid, not a TableView: ten rows need no virtual scrolling, and it lays out far faster.
        GridPane table = new GridPane();
        table.setId("history-table");
        table.getStyleClass().add("history-table");
        table.setHgap(16);
        table.setVgap(6);
        List<String> headers = new java.util.ArrayList<>(List.of("Date", "Assessment", "Status", "Overall"));
        bank.dimensions().forEach(d -> headers.add(String.valueOf(bank.dimensions().indexOf(d) + 1)));
        for (int i = 0; i < headers.size(); i++) {
            Label header = Fit.whole(new Label(headers.get(i)));
            header.getStyleClass().add("table-header");
            table.add(header, i, 0);
        }
        int row = 1;
        for (Workspace.HistoryEntry entry : entries) {
            List<String> cells = new java.util.ArrayList<>(List.of(Dates.format(entry.summary().assessedOn()),
                    entry.summary().title(), org.coproduction.readiness.report.ReportBuilder.status(entry.summary().status()),
                    entry.card().overall()
                            .map(o -> Figures.show(o.score()) + (o.provisional() ? " *" : "")).orElse("–")));
            for (Dimension dimension : bank.dimensions()) {
                cells.add(entry.card().dimension(dimension.id()).filter(d -> d.score().isPresent())
                        .map(d -> Figures.show(d.score().getAsDouble()) + (d.qualifies() ? "" : " *")).orElse("–"));
            }
            for (int i = 0; i < cells.size(); i++) {
                // The title wraps; dates and figures stay whole. A page too narrow for them scrolls sideways.
                Label cell = i == 1 ? Fit.wrapping(new Label(cells.get(i))) : Fit.whole(new Label(cells.get(i)));
                if (i == 1) {
                    cell.setStyle("-fx-min-width: 8em;");
                }
                table.add(cell, i, row);
            }
            row++;
        }
        StringBuilder key = new StringBuilder("Areas: ");
        for (int i = 0; i < bank.dimensions().size(); i++) {
            key.append(i + 1).append(" ").append(bank.dimensions().get(i).title())
                    .append(i < bank.dimensions().size() - 1 ? "; " : ". ");
        }
        page.getChildren().addAll(Fit.sideways(table), help(key + "* provisional, or too few answers to count."));

        Label compareHeading = Fit.wrapping(new Label("Compare two assessments"));
        compareHeading.getStyleClass().add("report-heading");
        ComboBox<AssessmentSummary> earlier = chooser("compare-earlier", entries);
        earlier.setAccessibleText("Earlier assessment to compare");
        earlier.setAccessibleHelp("Type a year or part of a title to find one");
        ComboBox<AssessmentSummary> later = chooser("compare-later", entries);
        later.setAccessibleText("Later assessment to compare");
        later.setAccessibleHelp("Type a year or part of a title to find one");
        // By default the last two finished assessments (drafts may still change), else the last two.
        List<AssessmentSummary> finished = entries.stream().map(Workspace.HistoryEntry::summary)
                .filter(s -> s.status() == org.coproduction.readiness.assessment.AssessmentStatus.COMPLETE).toList();
        List<AssessmentSummary> candidates = finished.size() >= 2 ? finished
                : entries.stream().map(Workspace.HistoryEntry::summary).toList();
        earlier.setValue(candidates.get(Math.max(0, candidates.size() - 2)));
        later.setValue(candidates.get(candidates.size() - 1));
        Label earlierLabel = new Label("_Earlier:");
        earlierLabel.setMnemonicParsing(true);
        earlierLabel.setLabelFor(earlier);
        Label laterLabel = new Label("_Later:");
        laterLabel.setMnemonicParsing(true);
        laterLabel.setLabelFor(later);
        Button compare = new Button("_Compare");
        compare.setId("compare-button");
        compare.getStyleClass().add("accent");
        compare.setOnAction(e -> onCompare.accept(earlier.getValue(), later.getValue()));
        // The words and the lists stay whole (a list shows the whole date and title); each label stays
        // with its list, and the pairs wrap onto the next line when the window is narrow.
        for (javafx.scene.control.Control whole : List.of(earlierLabel, laterLabel, compare)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // A long title at a large text size may be wider than the window: the chosen one wraps in its
        // box rather than widening the page or being cut.
        for (ComboBox<AssessmentSummary> box : List.of(earlier, later)) {
            box.setMinWidth(0);
            box.setButtonCell(wrappingCell(box));
            HBox.setHgrow(box, Priority.SOMETIMES);
        }
        HBox earlierPair = new HBox(10, earlierLabel, earlier);
        earlierPair.setAlignment(Pos.CENTER_LEFT);
        HBox laterPair = new HBox(10, laterLabel, later);
        laterPair.setAlignment(Pos.CENTER_LEFT);
        for (HBox pair : List.of(earlierPair, laterPair)) {
            pair.setMinWidth(0);
            pair.maxWidthProperty().bind(page.widthProperty().subtract(page.getPadding().getLeft()
                    + page.getPadding().getRight()));
        }
        javafx.scene.layout.FlowPane choose = new javafx.scene.layout.FlowPane(16, 10, earlierPair, laterPair, compare);
        choose.setAlignment(Pos.CENTER_LEFT);
        // A wrapping row is otherwise as wide as its widest pair: the pairs are held to the page instead.
        choose.setMinWidth(0);
        page.getChildren().addAll(compareHeading, choose, gapsOverTime(entries, bank));
        setContent(page);
    }

    /**
     * How far apart the two sides' views are in each area, assessment by assessment, where both
     * sides were shown (docs/scoring.md, perspectives P4): people's score minus the organisation's.
     */
    private static Node gapsOverTime(List<Workspace.HistoryEntry> entries, Questionnaire bank) {
        Label heading = Fit.wrapping(new Label("How the two sides' views compare over time"));
        heading.getStyleClass().add("report-heading");
        List<Workspace.HistoryEntry> both = entries.stream().filter(e -> !e.perspectives().gaps().isEmpty()).toList();
        if (both.isEmpty()) {
            return new VBox(8, heading, help("No assessment yet had enough answers from both sides to show them apart:"
                    + " each side needs at least its smallest group (3 unless set) of people answering."));
        }
        GridPane gaps = new GridPane();
        gaps.setId("history-gaps");
        gaps.getStyleClass().add("history-table");
        gaps.setHgap(16);
        gaps.setVgap(6);
        List<String> headers = new java.util.ArrayList<>(List.of("Date", "Assessment"));
        bank.dimensions().forEach(d -> headers.add(String.valueOf(bank.dimensions().indexOf(d) + 1)));
        for (int i = 0; i < headers.size(); i++) {
            Label header = Fit.whole(new Label(headers.get(i)));
            header.getStyleClass().add("table-header");
            gaps.add(header, i, 0);
        }
        int row = 1;
        for (Workspace.HistoryEntry entry : both) {
            gaps.add(Fit.whole(new Label(Dates.format(entry.summary().assessedOn()))), 0, row);
            Label title = Fit.wrapping(new Label(entry.summary().title()));
            title.setStyle("-fx-min-width: 8em;");
            gaps.add(title, 1, row);
            for (int i = 0; i < bank.dimensions().size(); i++) {
                String dimension = bank.dimensions().get(i).id();
                Label cell = new Label(entry.perspectives().gaps().stream().filter(g -> g.dimensionId().equals(dimension))
                        .findFirst().map(g -> (g.gap() > 0 ? "+" : "") + Figures.show(g.gap()) + (g.seenDifferently() ? " !" : ""))
                        .orElse("–"));
                cell.setMinWidth(Region.USE_PREF_SIZE);
                gaps.add(cell, i + 2, row);
            }
            row++;
        }
        return new VBox(8, heading, Fit.sideways(gaps), help("The people's score minus the organisation's, in points: below zero, people"
                + " who use the service and carers score the area lower. ! marks a gap of 15 points or more: you see"
                + " this differently."));
    }

    private static String label(AssessmentSummary summary) {
        return Dates.format(summary.assessedOn());
    }

    private static Label help(String text) {
        Label label = Fit.wrapping(new Label(text));
        label.getStyleClass().add("help-text");
        return label;
    }

    /** The chosen assessment, shown in its box on as many lines as it needs. */
    private static javafx.scene.control.ListCell<AssessmentSummary> wrappingCell(ComboBox<AssessmentSummary> box) {
        javafx.scene.control.ListCell<AssessmentSummary> cell = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AssessmentSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : box.getConverter().toString(item));
            }
        };
        cell.setWrapText(true);
        cell.setMinHeight(Region.USE_PREF_SIZE);
        return cell;
    }

    private static ComboBox<AssessmentSummary> chooser(String id, List<Workspace.HistoryEntry> entries) {
        // Searchable: years of assessments make a long list; typing a year or a title finds one.
        ComboBox<AssessmentSummary> box = new SearchableComboBox<>();
        box.setId(id);
        entries.forEach(e -> box.getItems().add(e.summary()));
        box.setConverter(Converters.showing(s -> Dates.format(s.assessedOn()) + " · " + s.title()));
        return box;
    }
}
