package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.stage.Stage;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.readiness.common.AtomicWrite;
import org.coproduction.readiness.report.PdfReport;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.report.WordReport;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report on screen for a finished demo assessment, opened from the home screen. */
@ExtendWith(ApplicationExtension.class)
class ReportViewTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private ExchangeReader.Reading reading;

    @Start
    void start(Stage stage) throws Exception {
        reading = new ExchangeReader(LIBRARY).read(Path.of("seeds/riverside-2025.json"));
        try (Workspace workspace = Workspace.open(folder.resolve("assessments.db"), LIBRARY)) {
            workspace.assessments().add(reading.assessment());
        }
        openWindow(stage);
    }

    @Test
    void aFinishedAssessmentOpensAsItsReportWithTheEnginesScores(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        ScoreCard card = Scorer.score(reading.questionnaire(), reading.assessment().answers());
        assertThat(robot.lookup("#overall-score").queryLabeled().getText())
                .isEqualTo("Overall readiness: " + Figures.show(card.overall().orElseThrow().score()) + " out of 100 — "
                        + card.overall().orElseThrow().band());
        for (var dimension : reading.questionnaire().dimensions()) {
            var score = card.dimension(dimension.id()).orElseThrow();
            assertThat(robot.lookup("#score-" + dimension.id()).queryLabeled().getAccessibleText())
                    .startsWith(dimension.title() + ": score " + Figures.show(score.score().getAsDouble()) + ", "
                            + score.band());
        }
        RadarChart radar = robot.lookup("#radar-chart").queryAs(RadarChart.class);
        assertThat(radar.getAccessibleText()).contains("1. " + reading.questionnaire().dimensions().get(0).title());
        // Seven rings-and-spokes shapes and a dot per scored dimension are drawn.
        assertThat(radar.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("radar-point")))
                .hasSize(7);
        String priority = card.priorities().get(0).questionId();
        assertThat(robot.lookup("#priority-" + priority).tryQuery()).isPresent();
        assertThat(text(robot.lookup(".report-view").queryParent())).contains("Find out").contains("References")
                .contains("How the scores were worked out").contains("Where you placed yourselves");
    }

    /** The screen and the PDF take their headings from one place (ReportText) and show them in the same order. */
    @Test
    void theScreenAndThePdfShowTheSameHeadings(FxRobot robot) throws Exception {
        waitUntil(() -> isInside(focusOwner(robot), "home-table"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#overall-score").tryQuery().isPresent());
        List<String> onScreen = new ArrayList<>();
        headings(robot.lookup(".report-view").queryParent(), onScreen);

        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), LocalDate.now());
        assertThat(onScreen).isEqualTo(ReportText.headings(report)).contains(ReportText.PRIORITIES, ReportText.METHOD);

        Path pdf = folder.resolve("report.pdf");
        PdfReport.write(report, pdf);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        int at = 0;
        for (String heading : onScreen) {
            int found = text.indexOf(heading.replaceAll("\\s+", ""), at);
            assertThat(found).as("\"" + heading + "\" in the PDF after the previous heading").isGreaterThanOrEqualTo(0);
            at = found + 1;
        }
    }

    /** The report's title and part headings on screen, in the order they are laid out. */
    private static void headings(Node node, List<String> found) {
        if (node instanceof Labeled labeled && (node.getStyleClass().contains("step-heading")
                || node.getStyleClass().contains("report-heading"))) {
            found.add(labeled.getText());
        }
        if (node instanceof ScrollPane scroll) {
            // Its content once, not again through the scroll pane's own parts.
            if (scroll.getContent() != null) {
                headings(scroll.getContent(), found);
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> headings(child, found));
        }
    }

    // Exporting the PDF -------------------------------------------------------------------------

    /** A report screen of its own, in a window of its own, whose export runs the given task. */
    private record ExportScreen(Stage window, ReportView view, AtomicReference<String> announced) {
    }

    /** The file the report screen last asked its window to write as a Word document. */
    private final AtomicReference<File> wordAsked = new AtomicReference<>();

    private ExportScreen exportScreen(java.util.function.Function<File, Task<?>> export) throws Exception {
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), LocalDate.now());
        AtomicReference<ExportScreen> screen = new AtomicReference<>();
        AtomicReference<String> announced = new AtomicReference<>();
        runFx(() -> {
            StackPane host = new StackPane();
            ReportView view = new ReportView(report, new ReportView.Actions() {
                @Override
                public void home() {
                    // As the main window does: another screen takes the report's place.
                    host.getChildren().setAll(new Label("Home"));
                }

                @Override
                public void reviewAnswers() {
                }

                @Override
                public Task<?> exportPdf(File target) {
                    return export.apply(target);
                }

                @Override
                public Task<?> exportWord(File target) {
                    wordAsked.set(target);
                    return export.apply(target);
                }

                @Override
                public Task<?> print() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void saved(String title, Path file) {
                    // The main window shows a notice with "Open folder"; here, what it was told.
                    announced.set(title + ": " + file);
                }

                @Override
                public void addAction(String questionId, String suggestion) {
                }
            });
            host.getChildren().add(view);
            Stage window = new Stage();
            window.setScene(new Scene(host, 900, 700));
            window.show();
            screen.set(new ExportScreen(window, view, announced));
        });
        return screen.get();
    }

    /** The dialog that is showing, if any. */
    private static Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    private static void close(DialogPane dialog) throws Exception {
        runFx(() -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());
    }

    /** Exceptions thrown on the JavaFX thread while the test runs (a failing callback, say). */
    private static List<Throwable> catchFxExceptions() throws Exception {
        List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        runFx(() -> Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e)));
        return thrown;
    }

    @Test
    void aFailedExportIsExplainedAndLeavesNoFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("Riverside report.pdf");
        ExportScreen screen = exportScreen(file -> Printing.started(new Task<Void>() {
            @Override
            protected Void call() throws Exception {
                // Half the file is written, then the disk gives up.
                AtomicWrite.write(file.toPath(), out -> {
                    out.write(new byte[4096]);
                    throw new IOException("No space left on device");
                });
                return null;
            }
        }));
        runFx(() -> screen.view().export(target.toFile()));
        waitUntil(() -> dialog().isPresent());
        DialogPane dialog = dialog().orElseThrow();
        assertThat(dialog.getHeaderText()).isEqualTo("The report was not saved");
        String message = ((TextArea) dialog.getContent()).getText();
        assertThat(message).contains("\"Riverside report.pdf\"").contains(folder.toString())
                .contains("The disk is full.").contains("Export PDF again").doesNotContain("IOException");
        assertThat(dialog.getScene().getWindow()).isInstanceOfSatisfying(Stage.class,
                d -> assertThat(d.getOwner()).isSameAs(screen.window()));
        close(dialog);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".tmp"));
        }
        runFx(() -> screen.window().close());
    }

    @Test
    void leavingTheReportWhileThePdfIsMadeThrowsNothingAndTheResultIsStillAnnounced(FxRobot robot) throws Exception {
        Path target = folder.resolve("later.pdf");
        CountDownLatch goAhead = new CountDownLatch(1);
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), LocalDate.now());
        ExportScreen screen = exportScreen(file -> Printing.started(new Task<Void>() {
            @Override
            protected Void call() throws Exception {
                assertThat(goAhead.await(30, TimeUnit.SECONDS)).isTrue();
                PdfReport.write(report, file.toPath());
                return null;
            }
        }));
        List<Throwable> thrown = catchFxExceptions();
        runFx(() -> screen.view().export(target.toFile()));
        robot.clickOn(robot.lookup("#scores-home").match(n -> n.getScene() == screen.window().getScene())
                .queryButton());
        waitUntil(() -> screen.view().getScene() == null);
        goAhead.countDown();

        waitUntil(() -> screen.announced().get() != null);
        assertThat(screen.announced().get()).isEqualTo("Report saved: " + target);
        assertThat(dialog()).isEmpty();
        assertThat(thrown).isEmpty();
        assertThat(target).isNotEmptyFile();
        runFx(() -> screen.window().close());
    }

    /** "Export Word…" sits beside "Export PDF…", and a .docx goes through the Word export, announced as the PDF is. */
    @Test
    void theWordExportSitsBesideThePdfsAndWritesAWordDocument(FxRobot robot) throws Exception {
        Path target = folder.resolve("Riverside report.docx");
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), LocalDate.now());
        ExportScreen screen = exportScreen(file -> Printing.started(new Task<Void>() {
            @Override
            protected Void call() throws Exception {
                WordReport.write(report, file.toPath());
                return null;
            }
        }));
        Button word = robot.lookup("#report-export-word").match(n -> n.getScene() == screen.window().getScene())
                .queryButton();
        Button pdf = robot.lookup("#report-export-pdf").match(n -> n.getScene() == screen.window().getScene())
                .queryButton();
        assertThat(word.getText()).isEqualTo("Export _Word…");
        assertThat(word.getAccessibleHelp()).contains("Word document");
        assertThat(word.getParent().getChildrenUnmodifiable().indexOf(word))
                .isEqualTo(pdf.getParent().getChildrenUnmodifiable().indexOf(pdf) + 1);

        runFx(() -> screen.view().export(target.toFile()));
        waitUntil(() -> screen.announced().get() != null);
        assertThat(wordAsked.get()).isEqualTo(target.toFile());
        assertThat(screen.announced().get()).isEqualTo("Report saved: " + target);
        try (var in = Files.newInputStream(target);
             var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(ReportText.TITLE);
        }
        runFx(() -> screen.window().close());
    }

    @Test
    void aFailedWordExportNamesWordInItsMessage() {
        String message = ReportView.exportFailed(new File(folder.toFile(), "report.docx"),
                new IOException("No space left on device"));
        assertThat(message).contains("The Word document could not be saved").contains("Export Word again")
                .contains("The disk is full.").doesNotContain("PDF");
    }
}
