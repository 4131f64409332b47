package org.coproduction.readiness.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.report.ReportBuilder;

import org.coproduction.readiness.common.Dates;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * All actions of an organisation: sortable by any column, filtered by status and by words,
 * edited in place, exported to CSV.
 */
final class ActionPlanView extends BorderPane {
    /** What the buttons do; the main window carries them out. */
    interface Actions {
        void edit(Action action);

        void setStatus(Action action, ActionStatus status);

        void delete(Action action);

        void exportCsv();

        void home();
    }

    /** The status filter's choices: open ones, every one, or one status. */
    record Filter(String label, ActionStatus status, boolean openOnly) {
        boolean accepts(Action action) {
            return openOnly ? action.isOpen() : status == null || action.status() == status;
        }
    }

    private final TableView<Action> table = new TableView<>();

    ActionPlanView(Organisation organisation, List<Action> actions, Questionnaire bank, Actions handlers) {
        getStyleClass().add("action-plan");
        Label heading = new Label("Action plan of " + organisation.name());
        heading.getStyleClass().add("step-heading");
        Fit.wrapping(heading);
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);

        ObservableList<Action> all = FXCollections.observableArrayList(actions);
        FilteredList<Action> filtered = new FilteredList<>(all);
        SortedList<Action> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("action-table");
        table.setAccessibleText("The action plan: one row for each action");
        table.setAccessibleHelp("Choose an action with the arrow keys; Edit (Alt+E) changes it, and the buttons above"
                + " mark it in progress, done or dropped");
        table.setPlaceholder(new Label("No actions. Add them from a report's priorities or \"find out\" list."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Action", 280, Action::description));
        table.getColumns().add(column("About", 260, a -> ReportBuilder.about(a, bank)));
        table.getColumns().add(column("Who", 110, Action::owner));
        TableColumn<Action, String> due = column("By", 100, a -> a.due().map(Dates::format).orElse(""));
        // Actions with no date go last when sorting by date.
        due.setComparator(Comparator.comparing((String d) -> d.isEmpty()).thenComparing(Comparator.naturalOrder()));
        table.getColumns().add(due);
        table.getColumns().add(column("Status", 100, a -> a.status().label()));
        table.getColumns().add(column("Raised from", 150, a -> a.source()
                .map(s -> s.title() + " (" + Dates.format(s.assessedOn()) + ")").orElse("")));

        List<Filter> filters = new java.util.ArrayList<>(List.of(new Filter("Open (planned or in progress)", null, true),
                new Filter("All", null, false)));
        for (ActionStatus status : ActionStatus.values()) {
            filters.add(new Filter(status.label(), status, false));
        }
        ComboBox<Filter> show = new ComboBox<>(FXCollections.observableArrayList(filters));
        show.setId("action-filter");
        show.setConverter(Converters.showing(Filter::label));
        show.setValue(filters.get(1));
        TextField words = new TextField();
        words.setId("action-search");
        words.setPromptText("Find words in the action, person or question");
        words.setPrefColumnCount(24);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> action -> show.getValue().accepts(action)
                        && matches(action, words.getText(), bank), show.valueProperty(), words.textProperty()));
        Label showLabel = new Label("_Show:");
        showLabel.setMnemonicParsing(true);
        showLabel.setLabelFor(show);
        Label findLabel = new Label("_Find:");
        findLabel.setMnemonicParsing(true);
        findLabel.setLabelFor(words);
        // Each label stays with its field; the two pairs wrap onto two lines when the window is narrow.
        HBox showPair = new HBox(8, Fit.whole(showLabel), show);
        showPair.setAlignment(Pos.CENTER_LEFT);
        HBox findPair = new HBox(8, Fit.whole(findLabel), words);
        findPair.setAlignment(Pos.CENTER_LEFT);
        FlowPane filterBar = new FlowPane(16, 8, showPair, findPair);
        filterBar.setAlignment(Pos.CENTER_LEFT);

        Button edit = button("_Edit…", "action-edit", "Change the selected action");
        Button start = button("Mark _in progress", "action-in-progress", "Mark the selected action as in progress");
        Button done = button("Mark d_one", "action-done", "Mark the selected action as done");
        Button drop = button("D_rop", "action-drop", "Mark the selected action as dropped");
        Button delete = button("_Delete…", "action-delete", "Delete the selected action");
        Button export = button("E_xport CSV…", "action-export", "Save the whole plan as a spreadsheet file");
        Button home = button("Go h_ome", "action-home", "Back to the organisations");
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        for (Button needsSelection : List.of(edit, start, done, drop, delete)) {
            needsSelection.disableProperty().bind(none);
        }
        edit.setOnAction(e -> handlers.edit(selected()));
        start.setOnAction(e -> handlers.setStatus(selected(), ActionStatus.IN_PROGRESS));
        done.setOnAction(e -> handlers.setStatus(selected(), ActionStatus.DONE));
        drop.setOnAction(e -> handlers.setStatus(selected(), ActionStatus.DROPPED));
        delete.setOnAction(e -> handlers.delete(selected()));
        export.setOnAction(e -> handlers.exportCsv());
        home.setOnAction(e -> handlers.home());
        HBox top = new HBox(12, heading, home);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane buttons = new FlowPane(8, 8, edit, start, done, drop, delete, export);
        VBox header = new VBox(10, top, filterBar, buttons);
        header.setPadding(new Insets(20, 24, 12, 24));
        setTop(header);
        BorderPane.setMargin(table, new Insets(0, 24, 24, 24));
        setCenter(table);
        // Each heading whole at any text size; the cells wrap their text.
        ColumnWidths.fitToContent(table, java.util.Set.copyOf(table.getColumns()));
        if (!all.isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private Action selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    void focusTable() {
        table.requestFocus();
    }

    private static boolean matches(Action action, String words, Questionnaire bank) {
        if (words == null || words.isBlank()) {
            return true;
        }
        String text = (action.description() + " " + action.owner() + " " + ReportBuilder.about(action, bank)).toLowerCase();
        for (String word : words.toLowerCase().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static TableColumn<Action, String> column(String title, double width, Function<Action, String> value) {
        TableColumn<Action, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    /** A cell that shows its whole text, wrapped to the column's width, rather than cutting it short. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<Action, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("text");
            text.fillProperty().bind(textFillProperty());
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setText(null);
            setAccessibleText(empty ? null : item);
        }
    }

    private static Button button(String text, String id, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleHelp(help);
        return Fit.whole(button);
    }
}
