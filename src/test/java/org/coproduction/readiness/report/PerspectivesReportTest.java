package org.coproduction.readiness.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.ScoreCard;
import org.coproduction.readiness.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two sides in the PDF (spec 4.7 and 7), read back with PDFBox: every figure is worked out
 * here through the Perspectives API, never copied from the demo data.
 */
class PerspectivesReportTest {
    private static final QuestionnaireLibrary LIBRARY = QuestionnaireLibrary.load(List.of());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path folder;

    private record Rendered(ExchangeReader.Reading reading, Perspectives perspectives, Report report, String text) {
    }

    private Rendered render(String seed) throws Exception {
        ExchangeReader.Reading reading = new ExchangeReader(LIBRARY).read(Path.of("seeds", seed));
        Perspectives perspectives = Perspectives.of(reading.questionnaire(), reading.assessment().respondents(),
                reading.assessment().answers(), reading.assessment().minGroupSize());
        Report report = ReportBuilder.build(reading.assessment(), reading.questionnaire(), TODAY);
        Path file = folder.resolve(seed + ".pdf");
        PdfReport.write(report, file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new Rendered(reading, perspectives, report, flat(new PDFTextStripper().getText(pdf)));
        }
    }

    /** Without white space, so that text wrapped anywhere still matches. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String score(ScoreCard card, String dimensionId) {
        DimensionScore score = card.dimension(dimensionId).orElseThrow();
        return Figures.show(score.score().getAsDouble());
    }

    /** "+3.8", "-21.7", "0.0": as the report writes a gap. */
    private static String signed(double value) {
        return (Figures.oneDecimal(value).signum() > 0 ? "+" : "") + Figures.show(value);
    }

    @Test
    void riverside2025ShowsBothSidesBesideEveryoneAndMarksThePartnershipGap() throws Exception {
        Rendered r = render("riverside-2025.json");
        ScoreCard everyone = Scorer.score(r.reading().questionnaire(), r.reading().assessment().answers());
        ScoreCard organisation = r.perspectives().side(Side.ORGANISATION).orElseThrow().card().orElseThrow();
        ScoreCard people = r.perspectives().side(Side.PEOPLE).orElseThrow().card().orElseThrow();
        String text = r.text();

        // The section comes right after the areas table, before the ladder and the priorities.
        int areas = text.indexOf(flat(ReportText.AREAS));
        int section = text.indexOf(flat(ReportText.PERSPECTIVES));
        assertThat(section).isGreaterThan(areas);
        assertThat(text.indexOf(flat(ReportText.LADDER), section)).isGreaterThan(section);
        assertThat(text.indexOf(flat(ReportText.PRIORITIES))).isGreaterThan(section);

        assertThat(text).contains(flat(ReportText.ORGANISATION_SIDE + ": "
                + r.perspectives().side(Side.ORGANISATION).orElseThrow().respondents() + " answered; overall readiness "
                + Figures.show(organisation.overall().orElseThrow().score())));
        assertThat(text).contains(flat(ReportText.PEOPLE_SIDE + ": "
                + r.perspectives().side(Side.PEOPLE).orElseThrow().respondents() + " answered; overall readiness "
                + Figures.show(people.overall().orElseThrow().score())));
        assertThat(text).contains(flat(ReportText.OVERALL_ROW + Figures.show(everyone.overall().orElseThrow().score())
                + Figures.show(organisation.overall().orElseThrow().score())
                + Figures.show(people.overall().orElseThrow().score())));

        // Each area: everyone, organisation, people, gap, in one row; 15 points or more marked.
        for (Dimension dimension : r.reading().questionnaire().dimensions()) {
            Perspectives.Gap gap = r.perspectives().gaps().stream()
                    .filter(g -> g.dimensionId().equals(dimension.id())).findFirst().orElseThrow();
            String row = dimension.title() + score(everyone, dimension.id()) + score(organisation, dimension.id())
                    + score(people, dimension.id()) + signed(gap.gap());
            assertThat(text).as(dimension.id()).contains(flat(row));
            assertThat(text.contains(flat(row + ReportText.SEEN_DIFFERENTLY))).as(dimension.id())
                    .isEqualTo(gap.seenDifferently());
        }
        Perspectives.Gap partnership = r.perspectives().gaps().stream()
                .filter(g -> g.dimensionId().equals("partnership")).findFirst().orElseThrow();
        assertThat(partnership.seenDifferently()).isTrue();
        assertThat(text).contains(flat(r.reading().questionnaire().dimension("partnership").orElseThrow().title()
                + score(everyone, "partnership") + Figures.show(partnership.organisation())
                + Figures.show(partnership.people()) + signed(partnership.gap()) + ReportText.SEEN_DIFFERENTLY));

        assertThat(r.perspectives().differentViews()).isNotEmpty();
        int views = text.indexOf(flat(ReportText.DIFFERENT_VIEWS));
        assertThat(views).isGreaterThan(section);
        for (Perspectives.DifferentView view : r.perspectives().differentViews()) {
            String question = r.reading().questionnaire().question(view.questionId()).orElseThrow().text();
            assertThat(text.indexOf(flat(question), views)).as(view.questionId()).isPositive();
            assertThat(text).contains(flat(Figures.show(view.organisation()) + Figures.show(view.people())
                    + signed(view.difference())));
        }
        int least = text.indexOf(flat(ReportText.LEAST_AGREEMENT), views);
        assertThat(least).isGreaterThan(views);
        for (Perspectives.Spread spread : r.perspectives().leastAgreement()) {
            String question = r.reading().questionnaire().question(spread.questionId()).orElseThrow().text();
            assertThat(text.indexOf(flat(question + r.reading().questionnaire()
                    .dimension(r.reading().questionnaire().question(spread.questionId()).orElseThrow().dimension())
                    .orElseThrow().title() + spread.spread() + "levels" + spread.respondents() + "people"), least))
                    .as(spread.questionId()).isPositive();
        }
        // The chart's key names the sides (the renderer writes the floated chart's text in its own order).
        assertThat(text.substring(0, section)).contains(flat(ReportText.EVERYONE))
                .contains(flat(ReportText.ORGANISATION_SIDE)).contains(flat(ReportText.PEOPLE_SIDE));
        assertThat(text).doesNotContain(flat("so their figures are not shown on their own"));
    }

    @Test
    void harbourLane2025HasNoOrganisationFiguresAndSaysWhy() throws Exception {
        Rendered r = render("harbour-lane-2025.json");
        Perspectives.SideView organisation = r.perspectives().side(Side.ORGANISATION).orElseThrow();
        assertThat(organisation.shown()).isFalse();
        int k = r.reading().assessment().minGroupSize();
        String text = r.text();
        String section = text.substring(text.indexOf(flat(ReportText.PERSPECTIVES)),
                text.indexOf(flat(ReportText.LADDER)));

        assertThat(section).contains(flat("Fewer than " + k + " people from the organisation (managers, trustees, staff,"
                + " volunteers) answered, so their figures are not shown on their own: no one's answers can be picked"
                + " out. Their answers still count in the figures for everyone."));
        assertThat(section).contains(flat(ReportText.ORGANISATION_SIDE + ": " + organisation.respondents() + " answered"))
                .doesNotContain(flat(ReportText.ORGANISATION_SIDE + ": " + organisation.respondents()
                        + " answered; overall"));
        // No column, gap or comparison for the organisation: the table has everyone and the people only.
        assertThat(section).contains(flat(ReportText.AREA + ReportText.EVERYONE + ReportText.PEOPLE))
                .doesNotContain(flat(ReportText.GAP + ReportText.SEEN_DIFFERENTLY)).doesNotContain(ReportText.GAP)
                .contains(flat(ReportText.DIFFERENT_VIEWS_NEED_BOTH));
        // The organisation's own scores, worked out here as if shown, appear nowhere as a side.
        ScoreCard hidden = Scorer.score(r.reading().questionnaire(), r.reading().assessment().answers().stream()
                .filter(a -> r.reading().assessment().respondents().stream().anyMatch(p -> p.key().equals(a.respondent())
                        && p.role().side().equals(java.util.Optional.of(Side.ORGANISATION)))).toList());
        ScoreCard everyone = Scorer.score(r.reading().questionnaire(), r.reading().assessment().answers());
        ScoreCard people = r.perspectives().side(Side.PEOPLE).orElseThrow().card().orElseThrow();
        for (Dimension dimension : r.reading().questionnaire().dimensions()) {
            String row = dimension.title() + score(everyone, dimension.id()) + score(people, dimension.id());
            assertThat(section).as(dimension.id()).contains(flat(row))
                    .doesNotContain(flat(row + score(hidden, dimension.id())));
        }
        assertThat(r.report().perspectives().organisation().radar()).isEmpty();
        assertThat(r.report().perspectives().areas()).allSatisfy(a -> assertThat(a.organisation()).isEmpty());
    }
}
