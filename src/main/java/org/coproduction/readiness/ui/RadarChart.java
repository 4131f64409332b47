package org.coproduction.readiness.ui;

import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import org.coproduction.readiness.report.RadarGeometry;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.report.ReportText;

import java.util.List;
import java.util.Optional;

/**
 * The radar chart of the dimensions, drawn as vector shapes and styled by CSS (.radar-ring,
 * .radar-spoke, .radar-area, .radar-point, .radar-label). Spokes are numbered as in the table
 * beside it; the geometry is the one the PDF uses.
 */
final class RadarChart extends Region {
    private final List<Report.RadarPoint> points;
    private final Report.Perspectives perspectives;

    /** Everyone's shape, with the outline of each side that is shown over it (spec 4.7). */
    RadarChart(List<Report.RadarPoint> points, Report.Perspectives perspectives) {
        this.points = points;
        this.perspectives = perspectives;
        getStyleClass().add("radar-chart");
        setPrefSize(300, 300);
        setMinSize(200, 200);
        // A screen reader hears each side's figures too, as the chart shows them; the Word report's picture says the same.
        setAccessibleText(ReportText.radarAlternative(points, perspectives));
        // A picture to a screen reader, named by the figures it shows.
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
    }

    @Override
    protected void layoutChildren() {
        getChildren().clear();
        double size = Math.min(getWidth(), getHeight());
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        // Room for the numbers round the edge at the text size in use: at 200% they would stand outside the chart.
        Text probe = new Text("8");
        probe.getStyleClass().add("radar-label");
        getChildren().add(probe);
        probe.applyCss();
        double numberHeight = probe.getLayoutBounds().getHeight();
        getChildren().clear();
        double radius = size / 2 - Math.max(24, numberHeight + 14);
        int spokes = points.size();
        if (spokes < 3 || radius <= 0) {
            return;
        }
        for (double ring : RadarGeometry.RINGS) {
            Polygon polygon = polygon(RadarGeometry.ring(spokes, ring, cx, cy, radius));
            polygon.getStyleClass().add("radar-ring");
            getChildren().add(polygon);
        }
        for (int i = 0; i < spokes; i++) {
            RadarGeometry.Point end = RadarGeometry.at(i, spokes, 100, cx, cy, radius);
            Line spoke = new Line(cx, cy, end.x(), end.y());
            spoke.getStyleClass().add("radar-spoke");
            getChildren().add(spoke);
        }
        List<Optional<Double>> scores = points.stream().map(Report.RadarPoint::score).toList();
        Polygon area = polygon(RadarGeometry.polygon(scores, cx, cy, radius));
        area.getStyleClass().add("radar-area");
        getChildren().add(area);
        // The sides over everyone's shape, outlines only, so that everyone's stays visible beneath.
        for (Report.SideView side : perspectives.sides()) {
            if (side.shown() && side.radar().size() == spokes) {
                Polygon outline = polygon(RadarGeometry.polygon(side.radar(), cx, cy, radius));
                outline.getStyleClass().add(styleOf(side));
                getChildren().add(outline);
            }
        }
        for (int i = 0; i < spokes; i++) {
            if (scores.get(i).isPresent()) {
                RadarGeometry.Point point = RadarGeometry.at(i, spokes, scores.get(i).get(), cx, cy, radius);
                Circle dot = new Circle(point.x(), point.y(), 3.5);
                dot.getStyleClass().add("radar-point");
                getChildren().add(dot);
            }
            RadarGeometry.Point label = RadarGeometry.at(i, spokes, 100, cx, cy, radius + 14);
            Text number = new Text(String.valueOf(i + 1));
            number.getStyleClass().add("radar-label");
            number.setX(label.x() - number.getLayoutBounds().getWidth() / 2);
            number.setY(label.y() + number.getLayoutBounds().getHeight() / 4);
            getChildren().add(number);
        }
    }

    /** The style class of a side's outline, and of its line in the key. */
    static String styleOf(Report.SideView side) {
        return "radar-" + side.id();
    }

    private static Polygon polygon(List<RadarGeometry.Point> points) {
        Polygon polygon = new Polygon();
        for (RadarGeometry.Point point : points) {
            polygon.getPoints().addAll(point.x(), point.y());
        }
        return polygon;
    }
}
