package org.coproduction.readiness.ui;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps a table's columns at least as wide as their heading and their widest cell, at the text size
 * in use, so that no heading, date or figure is cut short ("Sta…", "2025…"); when the columns then
 * need more room than the window has, the table scrolls sideways. Columns whose cells wrap their text
 * are only kept as wide as their heading.
 */
final class ColumnWidths {
    /** Room around a cell's text (its padding), in units of the font size. */
    private static final double CELL_PADDING = 1.6;
    /** Room around a heading (padding and the sort arrow), in units of the font size. */
    private static final double HEADING_PADDING = 2.4;
    /** Room a tree takes per level (indent and the arrow that opens a row), in units of the font size. */
    private static final double TREE_LEVEL = 1.9;

    /** Room for a few words of a wrapping cell beside a tree's indent, in units of the font size. */
    private static final double WRAPPED_WORDS = 8;

    private ColumnWidths() {
    }

    /** For a table of rows; the columns named in {@code wrapping} wrap their text. */
    static <S> void fitToContent(TableView<S> table, Set<TableColumn<S, ?>> wrapping) {
        Runnable fit = () -> fit(table, table.getColumns(), column -> wrapping.contains(column) ? List.of()
                : texts(table, (TableColumn<S, ?>) column), column -> 0.0);
        table.getItems().addListener((ListChangeListener<S>) change -> fit.run());
        whenTextSizeKnown(table, fit);
    }

    /** For a tree of rows: the first column also makes room for each level's indent. */
    static <S> void fitToContent(TreeTableView<S> table) {
        fitToContent(table, Set.of());
    }

    /**
     * For a tree of rows whose columns named in {@code wrapping} wrap their text: those are kept as
     * wide as their heading (and the first column's indent), the others as their widest cell.
     */
    static <S> void fitToContent(TreeTableView<S> table, Set<TreeTableColumn<S, ?>> wrapping) {
        Runnable fit = () -> fit(table, table.getColumns(), column -> wrapping.contains(column) ? List.of()
                        : texts(table, (TreeTableColumn<S, ?>) column),
                column -> column == table.getColumns().get(0) ? TREE_LEVEL * (depth(table.getRoot()) + 1) : 0.0);
        table.rootProperty().addListener((o, was, now) -> fit.run());
        whenTextSizeKnown(table, fit);
    }

    /** Runs the fit once the table has its look (and with it its font), and again whenever the text size changes. */
    private static void whenTextSizeKnown(Control table, Runnable fit) {
        table.skinProperty().addListener((o, was, skin) -> Platform.runLater(() -> {
            Node heading = table.lookup(".column-header .label");
            if (heading instanceof Labeled label) {
                label.fontProperty().addListener((f, before, after) -> fit.run());
            }
            fit.run();
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void fit(Control table, List<? extends TableColumnBase> columns,
                            Function<TableColumnBase, List<String>> cells, Function<TableColumnBase, Double> extraEms) {
        Node heading = table.lookup(".column-header .label");
        if (!(heading instanceof Labeled label)) {
            return;
        }
        Font headingFont = label.getFont();
        Font cellFont = Font.font(headingFont.getFamily(), FontWeight.NORMAL, headingFont.getSize());
        double em = headingFont.getSize();
        for (TableColumnBase column : columns) {
            double needed = width(column.getText(), headingFont) + HEADING_PADDING * em;
            for (String text : cells.apply(column)) {
                needed = Math.max(needed, width(text, cellFont) + (CELL_PADDING + extraEms.apply(column)) * em);
            }
            if (extraEms.apply(column) > 0) {
                // A tree's column that wraps: its indent and room for a few words beside it.
                needed = Math.max(needed, (CELL_PADDING + extraEms.apply(column) + WRAPPED_WORDS) * em);
            }
            needed = Math.ceil(needed);
            column.setMinWidth(needed);
            if (column.getPrefWidth() < needed) {
                column.setPrefWidth(needed);
            }
        }
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    private static <S> List<String> texts(TableView<S> table, TableColumn<S, ?> column) {
        List<String> texts = new ArrayList<>();
        for (S item : table.getItems()) {
            Object value = column.getCellData(item);
            if (value instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static <S> List<String> texts(TreeTableView<S> table, TreeTableColumn<S, ?> column) {
        List<String> texts = new ArrayList<>();
        collect(table.getRoot(), column, texts);
        return texts;
    }

    private static <S> void collect(TreeItem<S> item, TreeTableColumn<S, ?> column, List<String> texts) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && column.getCellData(item) instanceof String text) {
            texts.add(text);
        }
        for (TreeItem<S> child : item.getChildren()) {
            collect(child, column, texts);
        }
    }

    private static int depth(TreeItem<?> root) {
        int deepest = 0;
        if (root != null) {
            for (TreeItem<?> child : root.getChildren()) {
                deepest = Math.max(deepest, 1 + depth(child));
            }
        }
        return deepest;
    }
}
