package org.coproduction.readiness.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws overall readiness over time into the PDF as vectors: score bands as shaded zones behind a
 * line through each assessment. Data comes from the object's {@code data-scores},
 * {@code data-labels} (dates) and {@code data-bands} (band starts) attributes.
 */
final class TrendDrawer implements FSObjectDrawer {
    static final String TYPE = "trend-chart";
    private static final Color[] ZONES = {new Color(0xF6, 0xF8, 0xFA), new Color(0xEA, 0xEE, 0xF2)};
    private static final Color LINE = new Color(0x09, 0x69, 0xDA);
    private static final Color TEXT = new Color(0x57, 0x60, 0x6A);

    private final Font font;

    TrendDrawer(Font font) {
        this.font = font;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                        OutputDevice device, RenderingContext context, int dotsPerPixel) {
        List<Double> scores = new ArrayList<>();
        for (String value : element.getAttribute("data-scores").split(",")) {
            scores.add(value.equals("-") || value.isBlank() ? null : Double.parseDouble(value));
        }
        String[] labels = element.getAttribute("data-labels").split(",");
        List<Double> bands = new ArrayList<>();
        for (String value : element.getAttribute("data-bands").split(",")) {
            if (!value.isBlank()) {
                bands.add(Double.parseDouble(value));
            }
        }
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, g -> draw(g, scores, labels, bands, w, h));
        return null;
    }

    /** Draws the chart into a box of the given size: the PDF's vectors, and the Word report's picture (ChartPictures). */
    void draw(Graphics2D g, List<Double> scores, String[] labels, List<Double> bands, double width, double height) {
        double left = 22;
        double right = width - 8;
        double top = 6;
        double bottom = height - 16;
        g.setFont(font.deriveFont(7f));
        for (int i = 0; i < bands.size(); i++) {
            double from = bands.get(i);
            double to = i + 1 < bands.size() ? bands.get(i + 1) : 100;
            g.setColor(ZONES[i % 2]);
            g.fill(new Rectangle2D.Double(left, y(to, top, bottom), right - left, y(from, top, bottom) - y(to, top, bottom)));
            g.setColor(TEXT);
            g.drawString(String.valueOf((int) from), 2f, (float) y(from, top, bottom));
        }
        g.drawString("100", 0f, (float) top + 5);
        int count = scores.size();
        Path2D line = new Path2D.Double();
        boolean started = false;
        g.setStroke(new BasicStroke(1.6f));
        for (int i = 0; i < count; i++) {
            double px = count == 1 ? (left + right) / 2 : left + 14 + (right - left - 28) * i / (count - 1);
            g.setColor(TEXT);
            String label = i < labels.length ? labels[i] : "";
            g.drawString(label, (float) (px - g.getFontMetrics().stringWidth(label) / 2.0), (float) height - 4);
            g.setColor(new Color(0xD0, 0xD7, 0xDE));
            g.draw(new Line2D.Double(px, bottom, px, bottom + 3));
            Double score = scores.get(i);
            if (score == null) {
                continue;
            }
            double py = y(score, top, bottom);
            if (started) {
                line.lineTo(px, py);
            } else {
                line.moveTo(px, py);
                started = true;
            }
            g.setColor(LINE);
            g.fill(new Ellipse2D.Double(px - 2.5, py - 2.5, 5, 5));
        }
        g.setColor(LINE);
        g.draw(line);
    }

    private static double y(double score, double top, double bottom) {
        return bottom - (bottom - top) * score / 100;
    }
}
