package org.coproduction.readiness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the points of a radar chart go, as a pure function: the same geometry draws the chart on
 * screen and in the PDF. Spoke 0 points straight up; the others follow clockwise.
 */
public final class RadarGeometry {
    /** The rings drawn behind the data, as scores. */
    public static final List<Double> RINGS = List.of(25.0, 50.0, 75.0, 100.0);

    private RadarGeometry() {
    }

    public record Point(double x, double y) {
    }

    /** The point at a given score (0 to 100) on a spoke. */
    public static Point at(int spoke, int spokes, double score, double centreX, double centreY, double radius) {
        double angle = -Math.PI / 2 + 2 * Math.PI * spoke / spokes;
        double distance = radius * Math.max(0, Math.min(100, score)) / 100;
        return new Point(centreX + distance * Math.cos(angle), centreY + distance * Math.sin(angle));
    }

    /** The data polygon: a missing score sits at the centre, so the shape stays honest. */
    public static List<Point> polygon(List<Optional<Double>> scores, double centreX, double centreY, double radius) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            points.add(at(i, scores.size(), scores.get(i).orElse(0.0), centreX, centreY, radius));
        }
        return points;
    }

    /** A ring at a score, as a polygon through every spoke. */
    public static List<Point> ring(int spokes, double score, double centreX, double centreY, double radius) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < spokes; i++) {
            points.add(at(i, spokes, score, centreX, centreY, radius));
        }
        return points;
    }
}
