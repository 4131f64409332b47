package org.coproduction.readiness.report;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The report's charts as pictures (PNG) for documents that cannot hold the PDF's vectors: the
 * Word report. Drawn by the same code as the PDF's charts (RadarDrawer, TrendDrawer) so that they
 * look alike; each comes with the text that states its figures, for the picture's alternative text.
 */
final class ChartPictures {
    /** Picture sizes are worked out in CSS pixels (1/96 inch), as the PDF's drawers draw. */
    static final double PIXELS_PER_INCH = 96;
    /** Drawn at three times the size, so that the picture stays sharp when printed. */
    private static final int SHARPNESS = 3;
    /** The radar as in the PDF (56 mm), with its key to the right. */
    private static final double RADAR = 212;
    private static final double KEY_FROM = RADAR + 24;
    private static final double RADAR_WITH_KEY = 600;
    /** The trend as in the PDF: 150 mm by 55 mm. */
    private static final double TREND_WIDTH = 567;
    private static final double TREND_HEIGHT = 208;

    /**
     * A chart as a picture.
     *
     * @param width       in CSS pixels
     * @param description what the chart shows, figures included
     */
    record Picture(byte[] png, double width, double height, String description) {
    }

    private ChartPictures() {
    }

    /** The radar of the areas, each shown side's outline on it and, when a side is shown, the key beside it. */
    static Picture radar(Report report, Font font) throws IOException {
        Report.Perspectives perspectives = report.perspectives();
        List<Optional<Double>> scores = report.radar().stream().map(Report.RadarPoint::score).toList();
        double width = perspectives.anyShown() ? RADAR_WITH_KEY : RADAR;
        byte[] png = draw(width, RADAR, g -> {
            new RadarDrawer(font).draw(g, scores, perspectives.organisation().radar(), perspectives.people().radar(),
                    RADAR, RADAR);
            if (perspectives.anyShown()) {
                key(g, font, perspectives);
            }
        });
        return new Picture(png, width, RADAR, ReportText.radarAlternative(report.radar(), perspectives));
    }

    private static void key(Graphics2D g, Font font, Report.Perspectives perspectives) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"everyone", ReportText.EVERYONE});
        for (Report.SideView side : perspectives.sides()) {
            if (side.shown()) {
                lines.add(new String[] {side.id(), side.name()});
            }
        }
        g.setFont(font.deriveFont(11f));
        double y = RADAR / 2 - (lines.size() - 1) * 12;
        for (String[] line : lines) {
            RadarDrawer.keyLine(g, line[0], KEY_FROM, y, KEY_FROM + 30);
            g.setColor(new Color(0x24, 0x29, 0x2F));
            g.drawString(line[1], (float) (KEY_FROM + 38), (float) (y + 4));
            y += 24;
        }
    }

    /** Overall readiness over time, with the score bands shaded behind. */
    static Picture trend(Report.Comparison comparison, Font font) throws IOException {
        List<Double> scores = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Report.TrendPoint point : comparison.trend()) {
            scores.add(point.overall().orElse(null));
            labels.add(point.date());
        }
        byte[] png = draw(TREND_WIDTH, TREND_HEIGHT, g -> new TrendDrawer(font).draw(g, scores,
                labels.toArray(String[]::new), comparison.bandStarts(), TREND_WIDTH, TREND_HEIGHT));
        return new Picture(png, TREND_WIDTH, TREND_HEIGHT, ReportText.trendAlternative(comparison));
    }

    private static byte[] draw(double width, double height, Consumer<Graphics2D> drawing) throws IOException {
        BufferedImage image = new BufferedImage((int) Math.ceil(width * SHARPNESS), (int) Math.ceil(height * SHARPNESS),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            // White, not transparent: a transparent picture turns black in some viewers and on a dark page.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SHARPNESS, SHARPNESS);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
