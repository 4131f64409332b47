package org.coproduction.readiness.ui;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * A line chart of scores over time with the score bands as shaded zones behind the lines
 * (.band-zone, alternating .band-zone-even and .band-zone-odd), and a dashed line where one band
 * gives way to the next (.band-edge): the shading alone is too faint to see (WCAG 1.4.11).
 */
final class BandedLineChart extends LineChart<String, Number> {
    private final List<Double> bandStarts;
    private final List<Rectangle> zones = new ArrayList<>();
    private final List<Line> edges = new ArrayList<>();

    BandedLineChart(List<Double> bandStarts) {
        super(new CategoryAxis(), axis());
        this.bandStarts = bandStarts;
        for (int i = 0; i < bandStarts.size(); i++) {
            Rectangle zone = new Rectangle();
            zone.getStyleClass().addAll("band-zone", i % 2 == 0 ? "band-zone-even" : "band-zone-odd");
            zone.setMouseTransparent(true);
            zones.add(zone);
        }
        for (int i = 1; i < bandStarts.size(); i++) {
            Line edge = new Line();
            edge.getStyleClass().add("band-edge");
            edge.setMouseTransparent(true);
            edges.add(edge);
        }
        getPlotChildren().addAll(0, zones);
        getPlotChildren().addAll(zones.size(), edges);
        setAnimated(false);
        setCreateSymbols(true);
    }

    private static NumberAxis axis() {
        NumberAxis axis = new NumberAxis(0, 100, 25);
        axis.setLabel("Score");
        return axis;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis y = (NumberAxis) getYAxis();
        double width = getXAxis().getWidth();
        for (int i = 0; i < zones.size(); i++) {
            double from = bandStarts.get(i);
            double to = i + 1 < bandStarts.size() ? bandStarts.get(i + 1) : 100;
            double top = y.getDisplayPosition(to);
            double bottom = y.getDisplayPosition(from);
            Rectangle zone = zones.get(i);
            zone.setX(0);
            zone.setY(top);
            zone.setWidth(width);
            zone.setHeight(Math.max(0, bottom - top));
            zone.toBack();
        }
        for (int i = 0; i < edges.size(); i++) {
            double at = y.getDisplayPosition(bandStarts.get(i + 1));
            Line edge = edges.get(i);
            edge.setStartX(0);
            edge.setEndX(width);
            edge.setStartY(at);
            edge.setEndY(at);
        }
    }
}
