package org.coproduction.readiness.workbook;

import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.common.AtomicWrite;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.report.ReportBuilder;
import org.coproduction.readiness.report.ReportText;
import org.coproduction.readiness.scoring.DimensionScore;
import org.coproduction.readiness.scoring.Figures;
import org.coproduction.readiness.scoring.OverallScore;
import org.coproduction.readiness.scoring.Perspectives;
import org.coproduction.readiness.scoring.ScoreCard;
import org.dhatim.fastexcel.Workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organisation's assessments in date order as one workbook: a row per assessment with its
 * overall score, each side's where that side is shown, and a column per area (the areas of the
 * first assessment's question bank, as {@code history} prints them); a second sheet gives the
 * bands, so that a score without enough evidence can be told apart.
 */
public final class HistoryWorkbook {
    public static final String SCORES = "History";
    public static final String BANDS = "Bands";

    /** One assessment of the history, scored. */
    public record Entry(AssessmentSummary summary, ScoreCard card, Perspectives perspectives) {
    }

    private HistoryWorkbook() {
    }

    /** Writes the workbook to a file, all or nothing. */
    public static void write(String organisation, List<Dimension> areas, List<Entry> entries, Path target)
            throws IOException {
        AtomicWrite.write(target, out -> write(organisation, areas, entries, out));
    }

    /** @param areas the areas that get a column: those of the first assessment's question bank */
    public static void write(String organisation, List<Dimension> areas, List<Entry> entries, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "Co-production Readiness", "1.0");
        workbook.properties().setTitle("Co-production readiness over time: " + organisation);
        scores(workbook, areas, entries);
        bands(workbook, areas, entries);
        workbook.finish();
    }

    private static List<Sheet.Column> leading() {
        return new ArrayList<>(List.of(new Sheet.Column("Id", 6, Sheet.Kind.WHOLE),
                new Sheet.Column(ReportText.DATE_LABEL, 12, Sheet.Kind.DATE),
                new Sheet.Column(ReportText.ASSESSMENT_LABEL, 34, Sheet.Kind.WRAPPED),
                new Sheet.Column(ReportText.STATUS_LABEL, 14, Sheet.Kind.WRAPPED),
                new Sheet.Column("Questions version", 10, Sheet.Kind.TEXT)));
    }

    private static List<Object> leading(AssessmentSummary summary) {
        return new ArrayList<>(List.of(Math.toIntExact(summary.id()), summary.assessedOn(), summary.title(),
                ReportBuilder.status(summary.status()), summary.questionnaire().version()));
    }

    private static void scores(Workbook workbook, List<Dimension> areas, List<Entry> entries) {
        List<Sheet.Column> columns = leading();
        columns.add(new Sheet.Column(ReportText.OVERALL_ROW, 11, Sheet.Kind.FIGURE));
        columns.add(new Sheet.Column("Provisional", 11, Sheet.Kind.TEXT));
        columns.add(new Sheet.Column(ReportText.ORGANISATION + ": overall", 14, Sheet.Kind.FIGURE));
        columns.add(new Sheet.Column(ReportText.PEOPLE + ": overall", 16, Sheet.Kind.FIGURE));
        for (Dimension dimension : areas) {
            columns.add(new Sheet.Column(dimension.title(), 16, Sheet.Kind.FIGURE));
        }
        Sheet sheet = new Sheet(workbook, SCORES, columns);
        for (Entry entry : entries) {
            List<Object> row = leading(entry.summary());
            Optional<OverallScore> overall = entry.card().overall();
            row.add(overall.map(o -> Figures.oneDecimal(o.score())).orElse(null));
            row.add(overall.map(o -> o.provisional() ? AssessmentWorkbook.YES : AssessmentWorkbook.NO).orElse(""));
            // A side below the smallest group has no figures, here as everywhere (spec 4.7): an empty cell.
            row.add(sideOverall(entry.perspectives(), Side.ORGANISATION));
            row.add(sideOverall(entry.perspectives(), Side.PEOPLE));
            for (Dimension dimension : areas) {
                row.add(entry.card().dimension(dimension.id()).filter(d -> d.score().isPresent())
                        .map(d -> Figures.oneDecimal(d.score().getAsDouble())).orElse(null));
            }
            sheet.add(row.toArray());
        }
        sheet.finish();
    }

    private static BigDecimal sideOverall(Perspectives perspectives, Side side) {
        return perspectives.side(side).filter(Perspectives.SideView::shown).flatMap(Perspectives.SideView::card)
                .flatMap(ScoreCard::overall).map(o -> Figures.oneDecimal(o.score())).orElse(null);
    }

    private static void bands(Workbook workbook, List<Dimension> areas, List<Entry> entries) {
        List<Sheet.Column> columns = leading();
        columns.add(new Sheet.Column(ReportText.OVERALL_ROW, 20, Sheet.Kind.WRAPPED));
        for (Dimension dimension : areas) {
            columns.add(new Sheet.Column(dimension.title(), 18, Sheet.Kind.WRAPPED));
        }
        Sheet sheet = new Sheet(workbook, BANDS, columns);
        for (Entry entry : entries) {
            List<Object> row = leading(entry.summary());
            row.add(entry.card().overall().map(OverallScore::band).orElse(""));
            for (Dimension dimension : areas) {
                row.add(entry.card().dimension(dimension.id()).map(DimensionScore::band).orElse(""));
            }
            sheet.add(row.toArray());
        }
        sheet.finish();
    }
}
