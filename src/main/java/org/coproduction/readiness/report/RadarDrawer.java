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
    /** Everyone: a filled shape with a solid edge. */
    static final Color DATA = new Color(0x09, 0x69, 0xDA);
    /**
     * The sides: an outline each, told apart by dash pattern as well as by colour, so that they
     * read in black and white and to people who do not see colours apart. The key under the chart
     * (ReportHtml) draws its lines in the same colours.
     */
    static final Color ORGANISATION = new Color(0xBC, 0x4C, 0x00);
    static final Color PEOPLE = new Color(0x1A, 0x7F, 0x37);
    private static final float[] DASHED = {4.5f, 2.5f};
    private static final float[] DOTTED = {0.1f, 2.6f};
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

    /** A side's outline, as {@link #scoresAttribute}; empty for a side that is not shown. */
    static String outlineAttribute(List<Optional<Double>> scores) {
        return String.join(",", scores.stream().map(s -> s.map(v -> Double.toString(v)).orElse("-")).toList());
    }

    /** "#bc4c00", for the key's style sheet. */
    static String hex(Color colour) {
        return String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static List<Optional<Double>> parse(String attribute) {
        List<Optional<Double>> scores = new ArrayList<>();
        if (attribute == null || attribute.isBlank()) {
            return scores;
        }
        for (String value : attribute.split(",")) {
            scores.add(value.equals("-") || value.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(value)));
        }
        return scores;
    }

    @Override
    public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                                        OutputDevice device, RenderingContext context, int dotsPerPixel) {
        List<Optional<Double>> scores = parse(element.getAttribute("data-scores"));
        List<Optional<Double>> organisation = parse(element.getAttribute("data-organisation"));
        List<Optional<Double>> people = parse(element.getAttribute("data-people"));
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        device.drawWithGraphics((float) x, (float) y, w, h, graphics -> draw(graphics, scores, organisation, people, w, h));
        return null;
    }

    /** Draws the chart into a box of the given size: the PDF's vectors, and the Word report's picture (ChartPictures). */
    void draw(Graphics2D g, List<Optional<Double>> scores, List<Optional<Double>> organisation,
              List<Optional<Double>> people, double width, double height) {
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
        // The sides over everyone's shape, outlines only, so everyone's stays visible beneath.
        outline(g, organisation, spokes, cx, cy, radius, ORGANISATION, DASHED);
        outline(g, people, spokes, cx, cy, radius, PEOPLE, DOTTED);
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

    /**
     * A line of the chart's key, drawn as the chart draws that line: "everyone" solid, the
     * organisation's side dashed, the people's side dotted.
     */
    static void keyLine(Graphics2D g, String line, double fromX, double y, double toX) {
        Color colour = switch (line) {
            case Report.Perspectives.ORGANISATION -> ORGANISATION;
            case Report.Perspectives.PEOPLE -> PEOPLE;
            default -> DATA;
        };
        float[] dashes = switch (line) {
            case Report.Perspectives.ORGANISATION -> DASHED;
            case Report.Perspectives.PEOPLE -> DOTTED;
            default -> null;
        };
        g.setColor(colour);
        g.setStroke(dashes == null ? new BasicStroke(1.6f)
                : new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
        g.draw(new java.awt.geom.Line2D.Double(fromX, y, toX, y));
    }

    private static void outline(Graphics2D g, List<Optional<Double>> scores, int spokes, double cx, double cy,
                                double radius, Color colour, float[] dashes) {
        if (scores.size() != spokes) {
            return;
        }
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dashes, 0f));
        g.draw(path(RadarGeometry.polygon(scores, cx, cy, radius)));
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
