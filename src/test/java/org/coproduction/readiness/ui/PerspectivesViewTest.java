package org.coproduction.readiness.ui;

import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Polygon;
import javafx.stage.Stage;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sides on the report screen (spec 4.7 and 7): the same section as the PDF, each figure
 * worked out here through the Perspectives API.
 */
@ExtendWith(ApplicationExtension.class)
class PerspectivesViewTest extends WindowTestBase {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private Stage reportWindow;

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @AfterEach
    void closeReport() throws Exception {
        if (reportWindow != null) {
            runFx(() -> reportWindow.close());
        }
    }

    private record Shown(ExchangeReader.Reading reading, Perspectives perspectives, ReportView view) {
    }

    /** The report of a demo assessment, on a screen of its own with the program's style sheets. */
    private Shown show(String seed) throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("seeds", seed));
        Perspectives perspectives = Perspectives.of(reading.questionnaire(), reading.assessment().respondents(),
                reading.assessment().answers(), reading.assessment().minGroupSize());
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), LocalDate.now());
        AtomicReference<ReportView> view = new AtomicReference<>();
        runFx(() -> {
            view.set(new ReportView(report, new ReportView.Actions() {
                @Override
                public void home() {
                }

                @Override
                public void reviewAnswers() {
                }

                @Override
                public Task<?> exportPdf(File target) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Task<?> exportWord(File target) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Task<?> print() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void saved(String title, Path file) {
                }

                @Override
                public void addAction(String questionId, String suggestion) {
                }
            }));
            Scene scene = new Scene(view.get(), 1000, 800);
            scene.getStylesheets().setAll(stage.getScene().getStylesheets());
            reportWindow = new Stage();
            reportWindow.setScene(scene);
            reportWindow.show();
        });
        waitUntil(() -> view.get().lookup("#perspectives") != null);
        return new Shown(reading, perspectives, view.get());
    }

    private static String label(Node root, String id) {
        Node node = root.lookup("#" + id);
        assertThat(node).as(id).isInstanceOf(Label.class);
        return ((Label) node).getText();
    }

    private static String score(ScoreCard card, String dimensionId) {
        return Figures.show(card.dimension(dimensionId).orElseThrow().score().getAsDouble());
    }

    private static List<String> outlines(RadarChart radar) {
        return radar.getChildrenUnmodifiable().stream().filter(Polygon.class::isInstance)
                .flatMap(n -> n.getStyleClass().stream()).filter(c -> c.equals("radar-organisation")
                        || c.equals("radar-people")).toList();
    }

    @Test
    void riverside2025ShowsBothSidesAndMarksThePartnershipGap(FxRobot robot) throws Exception {
        Shown shown = show("riverside-2025.json");
        ScoreCard organisation = shown.perspectives().side(Side.ORGANISATION).orElseThrow().card().orElseThrow();
        ScoreCard people = shown.perspectives().side(Side.PEOPLE).orElseThrow().card().orElseThrow();
        ScoreCard everyone = Scorer.score(shown.reading().questionnaire(), shown.reading().assessment().answers());
        Node root = shown.view();

        String all = text(shown.view());
        assertThat(all).contains(ReportText.PERSPECTIVES).contains(ReportText.DIFFERENT_VIEWS)
                .contains(ReportText.LEAST_AGREEMENT);
        assertThat(all.indexOf(ReportText.PERSPECTIVES)).isGreaterThan(all.indexOf(ReportText.AREAS))
                .isLessThan(all.indexOf(ReportText.PRIORITIES));
        assertThat(label(root, "side-organisation")).contains("overall readiness "
                + Figures.show(organisation.overall().orElseThrow().score()));
        assertThat(label(root, "side-people")).startsWith(ReportText.PEOPLE_SIDE).contains("overall readiness "
                + Figures.show(people.overall().orElseThrow().score()));

        for (Dimension dimension : shown.reading().questionnaire().dimensions()) {
            Perspectives.Gap gap = shown.perspectives().gaps().stream()
                    .filter(g -> g.dimensionId().equals(dimension.id())).findFirst().orElseThrow();
            String gapShown = (Figures.oneDecimal(gap.gap()).signum() > 0 ? "+" : "") + Figures.show(gap.gap());
            assertThat(root.lookup("#perspective-" + dimension.id()).getAccessibleText()).as(dimension.id())
                    .startsWith(dimension.title() + ": everyone " + score(everyone, dimension.id()) + ", organisation "
                            + score(organisation, dimension.id()) + ", " + ReportText.PEOPLE.toLowerCase() + " "
                            + score(people, dimension.id()) + ", gap " + gapShown);
            assertThat(label(root, "gap-" + dimension.id())).as(dimension.id()).startsWith(gapShown);
            assertThat(label(root, "gap-" + dimension.id()).contains(ReportText.SEEN_DIFFERENTLY)).as(dimension.id())
                    .isEqualTo(gap.seenDifferently());
        }
        assertThat(label(root, "gap-partnership")).endsWith(ReportText.SEEN_DIFFERENTLY);
        for (Perspectives.DifferentView view : shown.perspectives().differentViews()) {
            assertThat(label(root, "different-view-" + view.questionId())).contains(Figures.show(view.organisation()))
                    .contains(Figures.show(view.people()));
        }
        for (Perspectives.Spread spread : shown.perspectives().leastAgreement()) {
            assertThat(label(root, "least-agreement-" + spread.questionId())).contains(spread.spread() + " levels")
                    .contains(spread.respondents() + " people");
        }

        // The radar: an outline per side over everyone's shape, a key naming them, and the figures in words.
        RadarChart radar = (RadarChart) root.lookup("#radar-chart");
        assertThat(outlines(radar)).containsExactly("radar-organisation", "radar-people");
        assertThat(text((javafx.scene.Parent) root.lookup("#radar-key"))).contains(ReportText.EVERYONE)
                .contains(ReportText.ORGANISATION_SIDE).contains(ReportText.PEOPLE_SIDE);
        String partnership = shown.reading().questionnaire().dimension("partnership").orElseThrow().title();
        assertThat(radar.getAccessibleText()).contains(ReportText.PEOPLE_SIDE + ", dotted line: ")
                .contains(partnership + " " + score(people, "partnership"))
                .contains(partnership + " " + score(organisation, "partnership"));
    }

    @Test
    void harbourLane2025ShowsNoOrganisationFiguresAndSaysWhy(FxRobot robot) throws Exception {
        Shown shown = show("harbour-lane-2025.json");
        assertThat(shown.perspectives().side(Side.ORGANISATION).orElseThrow().shown()).isFalse();
        Node root = shown.view();
        int k = shown.reading().assessment().minGroupSize();
        assertThat(label(root, "side-organisation-not-shown")).isEqualTo(ReportText.notShown(ReportText.ORGANISATION_WHO,
                shown.perspectives().side(Side.ORGANISATION).orElseThrow().respondents(), k))
                .startsWith("Fewer than " + k + " people from the organisation").contains("no one's answers can be picked out");
        assertThat(label(root, "side-organisation")).doesNotContain("overall readiness");
        String table = text((javafx.scene.Parent) root.lookup("#perspectives-table"));
        assertThat(table).contains(ReportText.EVERYONE).contains(ReportText.PEOPLE)
                .doesNotContain(ReportText.ORGANISATION).doesNotContain(ReportText.GAP);
        assertThat(root.lookup("#gap-partnership")).isNull();
        assertThat(root.lookup("#perspective-partnership").getAccessibleText()).doesNotContain("organisation");
        RadarChart radar = (RadarChart) root.lookup("#radar-chart");
        assertThat(outlines(radar)).containsExactly("radar-people");
        assertThat(radar.getAccessibleText()).doesNotContain(ReportText.ORGANISATION_SIDE);
        assertThat(text((javafx.scene.Parent) root.lookup("#radar-key"))).doesNotContain(ReportText.ORGANISATION_SIDE);
    }
}
