package org.coproduction.readiness.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.coproduction.readiness.service.ExportReport;
import org.coproduction.readiness.service.FileNames;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.store.StoreException;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The readiness report on screen: the same content, in the same order, as the PDF and the
 * printout. Export and printing run off the JavaFX thread with progress shown.
 */
final class ReportView extends BorderPane {
    /** What the buttons do; the main window carries them out. */
    interface Actions {
        void home();

        void reviewAnswers();

        /** Makes the PDF or the Word document (by the file's ending) in the background. */
        Task<?> exportPdf(File target);

        /** Makes the Word document in the background, as {@link #exportPdf}. */
        Task<?> exportWord(File target);

        Task<?> print();

        /** Tells the person a file was written, with a way to its folder (even after they left the report). */
        void saved(String title, java.nio.file.Path file);

        /** Adds an action about a question to the organisation's plan. */
        void addAction(String questionId, String suggestion);
    }

    private final Actions actions;
    private final Report report;
    private final ProgressIndicator working = new ProgressIndicator();
    private final Label workingText = new Label();
    private final javafx.scene.layout.FlowPane bar;

    ReportView(Report report, Actions actions) {
        this.report = report;
        this.actions = actions;
        getStyleClass().add("report-view");

        Button export = new Button("_Export PDF…");
        export.setId("report-export-pdf");
        export.setAccessibleHelp("Save the report as a PDF file to print or send");
        export.setOnAction(e -> choose(ExportReport.Format.PDF));
        Button word = new Button("Export _Word…");
        word.setId("report-export-word");
        word.setAccessibleHelp("Save the report as a Word document to edit, or to paste into board papers and bids");
        word.setOnAction(e -> choose(ExportReport.Format.WORD));
        Button print = new Button("_Print…");
        print.setId("report-print");
        print.setAccessibleHelp("Print the report: the same pages as the PDF");
        print.setOnAction(e -> run(actions.print(), "Preparing the pages to print…", ignored -> owner -> { },
                failure -> owner -> Dialogs.problem(owner, "The report was not printed", UserMessages.of(failure))));
        Button review = new Button("_Review answers");
        review.setId("scores-review");
        review.setOnAction(e -> actions.reviewAnswers());
        Button home = new Button("Go h_ome");
        home.setId("scores-home");
        home.setOnAction(e -> actions.home());
        export.getStyleClass().add("accent");
        working.setPrefSize(22, 22);
        working.setVisible(false);
        workingText.setId("report-working");
        // One row while there is room; at a large text size the buttons wrap onto a second row, whole.
        for (Button button : List.of(export, word, print, review, home)) {
            Fit.whole(button);
        }
        bar = new javafx.scene.layout.FlowPane(10, 8, export, word, print, review, home, working, workingText);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        setTop(new VBox(bar, new Separator()));

        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    private void choose(ExportReport.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the report as " + (format == ExportReport.Format.PDF ? "PDF" : "a Word document"));
        String extension = "." + format.extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.displayName() + " (*" + extension + ")",
                "*" + extension));
        Report.Header header = report.header();
        chooser.setInitialFileName(format == ExportReport.Format.PDF
                ? FileNames.reportPdf(header.organisation(), header.assessedOn())
                : FileNames.reportWord(header.organisation(), header.assessedOn()));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            export(file.getName().toLowerCase().endsWith(extension) ? file : new File(file.getPath() + extension));
        }
    }

    /**
     * Makes the PDF or the Word document in the background and tells the person how it went. The outcome may arrive
     * after they have left the report (gone home, say), so it is announced in a dialog owned by
     * the window the export started from, never through this view's scene.
     */
    void export(File target) {
        boolean word = ExportReport.Format.of(target.toPath()).orElse(ExportReport.Format.PDF) == ExportReport.Format.WORD;
        run(word ? actions.exportWord(target) : actions.exportPdf(target),
                word ? "Making the Word document…" : "Making the PDF…",
                ignored -> owner -> actions.saved("Report saved", target.toPath()),
                failure -> owner -> Dialogs.problem(owner, "The report was not saved", exportFailed(target, failure)));
    }

    /** What a failed export means and what to do next, in words for the person at the screen. */
    static String exportFailed(File target, Throwable failure) {
        ExportReport.Format format = ExportReport.Format.of(target.toPath()).orElse(ExportReport.Format.PDF);
        String what = format == ExportReport.Format.PDF ? "PDF" : "Word document";
        System.getLogger("coproduction-readiness").log(System.Logger.Level.WARNING, what + " export failed", failure);
        return "The " + what + " could not be saved as \"" + target.getName() + "\" in " + folderOf(target) + ".\n\n"
                + reason(failure) + "\n\n"
                + "What to do: check that the folder still exists and that you can save files there (a memory stick"
                + " may have been taken out, or the disk may be full). If a file of that name is open in another"
                + " program, such as " + (format == ExportReport.Format.PDF ? "a PDF reader" : "Word") + ", close it."
                + " Then choose Export " + (format == ExportReport.Format.PDF ? "PDF" : "Word") + " again, or pick"
                + " another folder.\n\n"
                + "Nothing was saved: no half-made file was left, and an earlier file of that name is unchanged.";
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException store) {
                return store.getMessage();
            }
            if (cause instanceof java.nio.file.AccessDeniedException) {
                return "The computer did not allow the program to save in that folder.";
            }
            if (cause instanceof java.nio.file.NoSuchFileException) {
                return "That folder could not be found.";
            }
            if (cause instanceof java.io.IOException io && io.getMessage() != null
                    && io.getMessage().toLowerCase().contains("no space")) {
                return "The disk is full.";
            }
        }
        return "The computer reported: " + (failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage());
    }

    private static String folderOf(File target) {
        File folder = target.getAbsoluteFile().getParentFile();
        return folder == null ? "its folder" : folder.getPath();
    }

    /**
     * Shows progress while a task runs, and its outcome after. The window is taken now, while the
     * view is on screen: by the time the task ends the view may have left its scene.
     */
    private void run(Task<?> task, String text, Function<Object, Consumer<Window>> onDone,
                     Function<Throwable, Consumer<Window>> onFailed) {
        Window window = getScene().getWindow();
        working.setVisible(true);
        workingText.setText(text);
        bar.getChildren().forEach(n -> {
            if (n instanceof Button button && !button.getId().equals("scores-home")) {
                button.setDisable(true);
            }
        });
        Runnable finished = () -> {
            working.setVisible(false);
            workingText.setText("");
            bar.getChildren().forEach(n -> n.setDisable(false));
        };
        task.setOnSucceeded(e -> {
            finished.run();
            onDone.apply(task.getValue()).accept(owner(window));
        });
        task.setOnFailed(e -> {
            finished.run();
            onFailed.apply(task.getException()).accept(owner(window));
        });
    }

    /** The window to own a dialog: the one the task started from, unless it has been closed since. */
    private static Window owner(Window startedFrom) {
        return startedFrom != null && startedFrom.isShowing() ? startedFrom : null;
    }

    private Node content() {
        VBox page = new VBox(10);
        page.setPadding(new Insets(20, 32, 32, 32));
        page.setMaxWidth(960);
        Report.Header header = report.header();
        page.getChildren().add(heading(ReportText.TITLE, "step-heading"));
        page.getChildren().add(text(header.organisation() + " · " + header.title() + " · " + header.assessedOn() + " · "
                + header.status(), "help-text"));
        page.getChildren().add(text("Questions: " + header.questionnaire() + ", version " + header.questionnaireVersion()
                + ". Who answered: " + ReportText.respondents(header) + ".", null));

        VBox overallBox = new VBox(6);
        overallBox.getStyleClass().add("report-box");
        Label overall = new Label();
        overall.setId("overall-score");
        overall.getStyleClass().add("overall-score");
        overall.setWrapText(true);
        if (report.overall().isPresent()) {
            Report.Overall o = report.overall().get();
            overall.setText(ReportText.overall(o) + (o.provisional() ? " (provisional)" : ""));
            overallBox.getChildren().add(overall);
            if (o.provisional()) {
                overallBox.getChildren().add(text(o.provisionalReason(), "provisional"));
            }
            overallBox.getChildren().add(text(o.bandDescription(), null));
        } else {
            overall.setText(ReportText.NO_OVERALL);
            overallBox.getChildren().addAll(overall, text(ReportText.NO_OVERALL_WHY, null));
        }
        page.getChildren().add(overallBox);

        page.getChildren().add(heading(ReportText.AREAS, "report-heading"));
        GridPane table = new GridPane();
        table.setId("dimension-scores");
        table.setHgap(14);
        table.setVgap(6);
        String[] headers = {"", ReportText.AREA, "Kind", ReportText.SCORE, ReportText.BAND, ReportText.ANSWERED};
        for (int i = 0; i < headers.length; i++) {
            Label column = heading(headers[i], "table-header");
            column.setWrapText(false);
            column.setMinWidth(Region.USE_PREF_SIZE);
            table.add(column, i, 0);
        }
        for (int i = 0; i < report.sections().size(); i++) {
            Report.Section section = report.sections().get(i);
            Label title = new Label(section.title());
            title.setId("score-" + section.dimensionId());
            title.setAccessibleText(section.title() + ": score " + section.score() + ", " + section.band() + ", "
                    + section.coverage() + " answered");
            title.setWrapText(true);
            table.addRow(i + 1, cell(String.valueOf(i + 1)), title, cell(section.kind()), cell(section.score()),
                    cell(section.band()), cell(section.coverage()));
        }
        RadarChart radar = new RadarChart(report.radar(), report.perspectives());
        radar.setId("radar-chart");
        VBox radarWithKey = new VBox(6, radar);
        // Wide enough that the chart is not squeezed by the table and the key's side names read in two lines.
        radarWithKey.setMinWidth(270);
        if (report.perspectives().anyShown()) {
            radarWithKey.getChildren().add(radarKey(report.perspectives()));
        }
        // The chart beside the table while there is room for both at the text size in use; above it on a
        // narrow page or at a large text size, so neither is squeezed.
        javafx.scene.control.ScrollPane wideTable = Fit.sideways(table);
        javafx.scene.layout.FlowPane chart = new javafx.scene.layout.FlowPane(24, 12, radarWithKey, wideTable);
        // The table is never wider than the page: past that it scrolls sideways on its own.
        wideTable.maxWidthProperty().bind(chart.widthProperty());
        chart.setMinWidth(0);
        chart.setAlignment(Pos.TOP_LEFT);
        chart.setRowValignment(javafx.geometry.VPos.CENTER);
        chart.setMinHeight(Region.USE_PREF_SIZE);
        page.getChildren().add(chart);

        perspectives(page);

        Report.Ladder ladder = report.ladder();
        if (!ladder.rungs().isEmpty()) {
            page.getChildren().add(heading(ReportText.LADDER, "report-heading"));
            page.getChildren().add(text(ReportText.PLACED + ": " + ladder.placed().orElse("not answered")
                    + ".   " + ReportText.SUGGESTED + ": " + ladder.suggested().orElse("no overall score yet") + ".", null));
            page.getChildren().add(text(ladder.reading(), null));
        }

        page.getChildren().add(heading(ReportText.PRIORITIES, "report-heading"));
        if (report.priorities().isEmpty()) {
            page.getChildren().add(text(ReportText.NO_PRIORITIES, null));
        } else {
            page.getChildren().add(text(ReportText.PRIORITIES_INTRO, null));
        }
        for (Report.PriorityItem item : report.priorities()) {
            Label question = text(item.rank() + ". " + item.question(), "report-subheading");
            question.setId("priority-" + item.questionId());
            page.getChildren().add(question);
            page.getChildren().add(text(item.dimension() + "; level " + item.level() + " of 4; priority "
                    + item.priority(), "help-text"));
            item.actions().forEach(a -> page.getChildren().add(text("•  " + a, null)));
            page.getChildren().add(addAction(item.questionId(), item.actions().isEmpty() ? "" : item.actions().get(0)));
            if (!item.references().isEmpty()) {
                page.getChildren().add(text(ReportText.sources(item), "help-text"));
            }
        }

        page.getChildren().add(heading(ReportText.FIND_OUT, "report-heading"));
        if (report.findOut().isEmpty()) {
            page.getChildren().add(text(ReportText.NO_FIND_OUT, null));
        } else {
            page.getChildren().add(text(ReportText.FIND_OUT_INTRO, null));
        }
        for (Report.FindOutItem item : report.findOut()) {
            page.getChildren().add(text("•  " + item.question() + " — " + item.dimension(), null));
            page.getChildren().add(addAction(item.questionId(), "Find out: " + item.question()));
        }

        report.comparison().ifPresent(c -> {
            page.getChildren().add(heading(ReportText.changesSince(c), "report-heading"));
            for (Report.Change change : c.changes()) {
                page.getChildren().add(text(change.title() + ": " + change.before() + " → " + change.after() + " ("
                        + change.change() + ")", null));
            }
        });

        if (!report.actions().isEmpty()) {
            page.getChildren().add(heading(ReportText.ACTION_PLAN, "report-heading"));
            for (Report.PlannedAction action : report.actions()) {
                page.getChildren().add(text("•  " + action.description() + " — " + action.status()
                        + (action.owner().isBlank() ? "" : ", " + action.owner())
                        + (action.due().isBlank() ? "" : ", by " + action.due()) + " (about: " + action.about() + ")",
                        action.open() ? null : "help-text"));
            }
        }

        for (Report.Section section : report.sections()) {
            page.getChildren().add(heading(section.title(), "report-heading"));
            page.getChildren().add(text(section.kind(), "help-text"));
            page.getChildren().add(text(section.summary(), null));
            page.getChildren().add(text(ReportText.score(section) + "    " + ReportText.band(section) + "    "
                    + ReportText.answered(section), "report-subheading"));
            if (!section.bandMeaning().isBlank()) {
                page.getChildren().add(text(section.bandMeaning(), null));
            }
            if (!section.note().isBlank()) {
                page.getChildren().add(text(section.note(), "provisional"));
            }
            lines(page, ReportText.STRENGTHS, section.strengths(), ReportText.NO_STRENGTHS);
            lines(page, ReportText.GAPS, section.gaps(), ReportText.NO_GAPS);
            if (!section.evidence().isEmpty()) {
                page.getChildren().add(text(ReportText.EVIDENCE, "report-subheading"));
                for (Report.EvidenceNote note : section.evidence()) {
                    page.getChildren().add(text("•  " + note.note() + " — " + note.respondent() + ", on: "
                            + note.question(), null));
                }
            }
        }

        page.getChildren().add(heading(ReportText.CONTEXT, "report-heading"));
        report.context().forEach(c -> page.getChildren().add(text(c.question() + "  " + c.answer(), null)));
        page.getChildren().add(heading(ReportText.METHOD, "report-heading"));
        report.method().forEach(p -> page.getChildren().add(text(p, null)));
        report.bands().forEach(b -> page.getChildren().add(text((b.from().isEmpty() ? "" : "From " + b.from() + ": ")
                + b.label() + " — " + b.description(), null)));
        page.getChildren().add(heading(ReportText.REFERENCES, "report-heading"));
        report.references().forEach(r -> page.getChildren().add(text(r, "help-text")));
        return page;
    }

    /** Which line on the radar is whose: everyone's, then each side that is shown. */
    private static Node radarKey(Report.Perspectives perspectives) {
        VBox key = new VBox(4);
        key.setId("radar-key");
        key.setPrefWidth(300);
        key.setMaxWidth(300);
        key.getChildren().add(keyLine("radar-key-everyone", ReportText.EVERYONE));
        for (Report.SideView side : perspectives.sides()) {
            if (side.shown()) {
                key.getChildren().add(keyLine(RadarChart.styleOf(side), side.name()));
            }
        }
        return key;
    }

    /** The line under a listed question: its area and figures, set in under the bullet. */
    private static Label detail(String text) {
        Label label = text(text, "help-text");
        label.setPadding(new Insets(0, 0, 4, 18));
        return label;
    }

    private static Node keyLine(String style, String name) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 28, 0);
        line.getStyleClass().add(style);
        Label label = text(name, "help-text");
        HBox.setHgrow(label, Priority.ALWAYS);
        HBox row = new HBox(8, line, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** How the two sides see it (spec 4.7), in the same order and words as the PDF. */
    private void perspectives(VBox page) {
        Report.Perspectives perspectives = report.perspectives();
        VBox section = new VBox(8);
        section.setId("perspectives");
        section.getChildren().add(heading(ReportText.PERSPECTIVES, "report-heading"));
        section.getChildren().add(text(ReportText.perspectivesIntro(perspectives), null));
        for (Report.SideView side : perspectives.sides()) {
            Label line = text(ReportText.side(side), null);
            line.setId("side-" + side.id());
            section.getChildren().add(line);
            if (!side.shown()) {
                Label why = text(side.notShown(), "help-text");
                why.setId("side-" + side.id() + "-not-shown");
                section.getChildren().add(why);
            }
        }
        if (perspectives.anyShown()) {
            section.getChildren().add(Fit.sideways((Region) sidesTable(perspectives)));
            if (perspectives.bothShown()) {
                section.getChildren().add(text(ReportText.GAP_EXPLAINED, "help-text"));
            }
        }

        section.getChildren().add(text(ReportText.DIFFERENT_VIEWS, "report-subheading"));
        if (!perspectives.bothShown()) {
            section.getChildren().add(text(ReportText.DIFFERENT_VIEWS_NEED_BOTH, "help-text"));
        } else if (perspectives.differentViews().isEmpty()) {
            section.getChildren().add(text(ReportText.NO_DIFFERENT_VIEWS, "help-text"));
        } else {
            section.getChildren().add(text(ReportText.DIFFERENT_VIEWS_INTRO, null));
            for (Report.DifferentView view : perspectives.differentViews()) {
                Label figures = detail(view.dimension() + " — " + ReportText.ORGANISATION + " " + view.organisation()
                        + ", " + ReportText.PEOPLE.toLowerCase() + " " + view.people() + ", "
                        + ReportText.DIFFERENCE.toLowerCase() + " " + view.difference());
                figures.setId("different-view-" + view.questionId());
                section.getChildren().addAll(text("•  " + view.question(), null), figures);
            }
        }

        section.getChildren().add(text(ReportText.LEAST_AGREEMENT, "report-subheading"));
        if (perspectives.leastAgreement().isEmpty()) {
            section.getChildren().add(text(ReportText.NO_LEAST_AGREEMENT, "help-text"));
        } else {
            section.getChildren().add(text(ReportText.LEAST_AGREEMENT_INTRO, null));
            for (Report.Disagreement spread : perspectives.leastAgreement()) {
                Label figures = detail(spread.dimension() + " — " + ReportText.SPREAD.toLowerCase() + " "
                        + ReportText.spread(spread) + ", " + ReportText.RESPONDENTS.toLowerCase() + " "
                        + ReportText.answeredBy(spread));
                figures.setId("least-agreement-" + spread.questionId());
                section.getChildren().addAll(text("•  " + spread.question(), null), figures);
            }
        }
        page.getChildren().add(section);
    }

    /** Column headings longer than this wrap; shorter ones keep their words whole. */
    private static final int LONG_HEADER = 20;

    /** Each area: everyone, each side that is shown, and the gap where both are; a side not shown has no column. */
    private Node sidesTable(Report.Perspectives perspectives) {
        GridPane table = new GridPane();
        table.setId("perspectives-table");
        table.setHgap(14);
        table.setVgap(6);
        List<String> headers = new java.util.ArrayList<>(List.of(ReportText.AREA, ReportText.EVERYONE));
        perspectives.sides().stream().filter(Report.SideView::shown)
                .forEach(s -> headers.add(s.id().equals(Report.Perspectives.ORGANISATION) ? ReportText.ORGANISATION
                        : ReportText.PEOPLE));
        if (perspectives.bothShown()) {
            headers.add(ReportText.GAP);
        }
        for (int i = 0; i < headers.size(); i++) {
            Label column = heading(headers.get(i), "table-header");
            if (headers.get(i).length() > LONG_HEADER) {
                // The long side name wraps over a few lines rather than widening the table.
                column.setMinWidth(120);
                column.setMaxWidth(140);
            } else {
                column.setWrapText(false);
                column.setMinWidth(Region.USE_PREF_SIZE);
            }
            table.add(column, i, 0);
        }
        int row = 1;
        List<Node> overall = new java.util.ArrayList<>(List.of(text(ReportText.OVERALL_ROW, null),
                cell(report.overall().map(Report.Overall::score).orElse("–"))));
        perspectives.sides().stream().filter(Report.SideView::shown)
                .forEach(s -> overall.add(cell(s.overall().map(Report.SideOverall::score).orElse("–"))));
        table.addRow(row++, overall.toArray(Node[]::new));
        for (Report.AreaView area : perspectives.areas()) {
            List<Node> cells = new java.util.ArrayList<>();
            Label title = text(area.title(), null);
            title.setId("perspective-" + area.dimensionId());
            StringBuilder spoken = new StringBuilder(area.title() + ": everyone " + area.everyone());
            area.organisation().ifPresent(o -> spoken.append(", ").append(ReportText.ORGANISATION.toLowerCase())
                    .append(" ").append(o));
            area.people().ifPresent(p -> spoken.append(", ").append(ReportText.PEOPLE.toLowerCase()).append(" ")
                    .append(p));
            area.gap().ifPresent(g -> spoken.append(", ").append(ReportText.GAP.toLowerCase()).append(" ").append(g));
            if (area.seenDifferently()) {
                spoken.append(": ").append(ReportText.SEEN_DIFFERENTLY);
            }
            title.setAccessibleText(spoken.toString());
            cells.add(title);
            cells.add(cell(area.everyone()));
            area.organisation().ifPresent(o -> cells.add(cell(o)));
            area.people().ifPresent(p -> cells.add(cell(p)));
            if (perspectives.bothShown()) {
                Label gap = cell(area.gap().orElse("–") + (area.seenDifferently() ? "   " + ReportText.SEEN_DIFFERENTLY
                        : ""));
                gap.setId("gap-" + area.dimensionId());
                if (area.seenDifferently()) {
                    gap.getStyleClass().add("seen-differently");
                }
                cells.add(gap);
            }
            table.addRow(row++, cells.toArray(Node[]::new));
        }
        return table;
    }

    private static void lines(VBox page, String title, List<Report.QuestionLine> lines, String none) {
        page.getChildren().add(text(title, "report-subheading"));
        if (lines.isEmpty()) {
            page.getChildren().add(text(none, "help-text"));
        }
        for (Report.QuestionLine line : lines) {
            page.getChildren().add(text("•  " + line.text() + " — level " + line.level() + ": " + line.levelText(), null));
        }
    }

    private javafx.scene.control.Hyperlink addAction(String questionId, String suggestion) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("Add to the action plan…");
        link.setId("add-action-" + questionId);
        link.setAccessibleHelp("Plan an action about this question: what, who and by when");
        link.setOnAction(e -> actions.addAction(questionId, suggestion));
        return link;
    }

    /** A table cell that keeps its whole text rather than shrinking to "…". */
    private static Label cell(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        // Never squeezed below its lines by the page: a heading squeezed overlaps what follows it.
        Fit.wrapping(label);
        return label;
    }

    private static Label text(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }
}
