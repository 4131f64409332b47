package org.coproduction.readiness.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import org.w3c.dom.Element;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws the radar chart into the PDF as vector shapes. The scores come from the object's
 * {@code data-scores} attribute ("61.6,-,40"; "-" for no score); spokes are numbered, and the
 * report lists the numbers with the section names beside the chart.
 */
final class RadarDrawer implements FSObjectDrawer {
    static final String TYPE = "radar-chart";
    private static final Color RING = new Color(0xD0, 0xD7, 0xDE);
    private static final Color DATA = new Color(0x09, 0x69, 0xDA);
    private static final Color TEXT = new Color(0x24, 0x29, 0x2F);

    private final Font font;

    RadarDrawer(Font font) {
        this.font = font;
    }

    static String scoresAttribute(List<Report.RadarPoint> points) {
        List<String> values = new ArrayList<>();
        for (Report.RadarPoint point : points) {
            values.add(point.score().map(s -> Double.toString(s)).orElse("-"));
        }
        return String.join(",", values);
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                        OutputDevice device, RenderingContext context, int dotsPerPixel) {
        List<Optional<Double>> scores = new ArrayList<>();
        for (String value : element.getAttribute("data-scores").split(",")) {
            scores.add(value.equals("-") || value.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(value)));
        }
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, graphics -> draw(graphics, scores, w, h));
        return null;
    }

    private void draw(Graphics2D g, List<Optional<Double>> scores, double width, double height) {
        int spokes = scores.size();
        double cx = width / 2;
        double cy = height / 2;
        double radius = Math.min(width, height) / 2 - 18;
        g.setStroke(new BasicStroke(0.8f));
        g.setColor(RING);
        for (double ring : RadarGeometry.RINGS) {
            g.draw(path(RadarGeometry.ring(spokes, ring, cx, cy, radius)));
        }
        for (int i = 0; i < spokes; i++) {
            RadarGeometry.Point end = RadarGeometry.at(i, spokes, 100, cx, cy, radius);
            g.draw(new java.awt.geom.Line2D.Double(cx, cy, end.x(), end.y()));
        }
        Path2D data = path(RadarGeometry.polygon(scores, cx, cy, radius));
        g.setColor(new Color(DATA.getRed(), DATA.getGreen(), DATA.getBlue(), 60));
        g.fill(data);
        g.setColor(DATA);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(data);
        g.setFont(font.deriveFont(Font.BOLD, 10f));
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < spokes; i++) {
            if (scores.get(i).isPresent()) {
                RadarGeometry.Point point = RadarGeometry.at(i, spokes, scores.get(i).get(), cx, cy, radius);
                g.setColor(DATA);
                g.fill(new java.awt.geom.Ellipse2D.Double(point.x() - 2.5, point.y() - 2.5, 5, 5));
            }
            RadarGeometry.Point label = RadarGeometry.at(i, spokes, 100, cx, cy, radius + 11);
            String number = String.valueOf(i + 1);
            g.setColor(TEXT);
            g.drawString(number, (float) (label.x() - metrics.stringWidth(number) / 2.0),
                    (float) (label.y() + metrics.getAscent() / 2.0 - 1));
        }
    }

    private static Path2D path(List<RadarGeometry.Point> points) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            if (i == 0) {
                path.moveTo(points.get(i).x(), points.get(i).y());
            } else {
                path.lineTo(points.get(i).x(), points.get(i).y());
            }
        }
        path.closePath();
        return path;
    }
}
