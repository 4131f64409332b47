package org.coproduction.readiness.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.controlsfx.control.textfield.TextFields;
import org.coproduction.readiness.common.Dates;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The home screen: organisations with their assessments, and what can be done with them.
 */
final class HomeView extends BorderPane {
    /** One line of the list: an organisation, or one of its assessments. */
    record Item(Organisation organisation, HomeViewModel.AssessmentRow assessment) {
        boolean isAssessment() {
            return assessment != null;
        }
    }

    /** What the buttons do; the main window carries them out. */
    interface Actions {
        void newOrganisation();

        void editOrganisation(Organisation organisation);

        void startAssessment(Organisation organisation);

        void open(AssessmentSummary assessment);

        void report(AssessmentSummary assessment);

        void history(Organisation organisation);

        void actionPlan(Organisation organisation);

        void importFiles();

        void export(AssessmentSummary assessment);

        void runWorkshop(AssessmentSummary assessment);

        void delete(Item item);
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Shift+F10 opens a row's menu, as on Windows and most Linux desktops (and the menu key does too). */
    private static final KeyCombination CONTEXT_MENU = new KeyCodeCombination(KeyCode.F10, KeyCombination.SHIFT_DOWN);

    private final TreeTableView<Item> table = new TreeTableView<>();
    /** Narrows the list to what matches, for umbrella bodies with hundreds of organisations. */
    private final TextField find = TextFields.createClearableTextField();

    HomeView(HomeViewModel model, Actions actions) {
        getStyleClass().add("home");
        Label heading = new Label("Organisations and assessments");
        heading.getStyleClass().add("step-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(model.loadingProperty());
        find.setId("home-find");
        find.setPromptText("Find an organisation or assessment");
        find.setPrefColumnCount(22);
        find.setAccessibleText("Find an organisation or assessment");
        find.setAccessibleHelp("Type part of a name, area or title to show only what matches. Ctrl+F comes here,"
                + " the down arrow goes to the list.");
        find.textProperty().addListener((o, was, now) -> fill(model));
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                find.requestFocus();
                find.selectAll();
                e.consume();
            }
        });
        // The heading and the search share a line while there is room, and stack when there is not.
        FlowPane top = new FlowPane(16, 8, heading, loading, find);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("home-table");
        table.setShowRoot(false);
        // The columns share the list's width; the names (asking for far more than there is) give way, so every
        // column is on screen with no sideways scroll, the others as wide as their longest date or score.
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // About five rows and the headings, at any text size: the page scrolls rather than squeeze the list.
        table.setStyle("-fx-min-height: 16em;");
        table.setAccessibleText("Organisations and their assessments");
        table.setAccessibleHelp("Enter opens the selected assessment, Delete deletes; the context menu key or Shift+F10"
                + " lists everything you can do with the selected row.");
        // An organisation's row gives its area under its name, and its number of assessments where an
        // assessment gives its progress or score: each column holds one kind of thing.
        TreeTableColumn<Item, String> name = column("Organisation / assessment", 2000, item ->
                item.isAssessment() ? item.assessment().summary().title() : item.organisation().name()
                        + (item.organisation().area().isBlank() ? "" : "\n" + item.organisation().area()));
        // Names wrap within the column rather than widening it: the date, status and score stay in view.
        name.setCellFactory(c -> new WrappingCell());
        TreeTableColumn<Item, String> date = column("Date", 110, item ->
                item.isAssessment() ? Dates.format(item.assessment().summary().assessedOn()) : "");
        TreeTableColumn<Item, String> status = column("Status", 100, item -> !item.isAssessment() ? ""
                : item.assessment().summary().status() == AssessmentStatus.COMPLETE ? "Complete" : "Draft");
        TreeTableColumn<Item, String> result = column("Progress or overall score", 240, item ->
                item.isAssessment() ? item.assessment().result() : assessments(model, item.organisation()));
        table.getColumns().setAll(java.util.List.of(name, date, status, result));
        // Every heading, date and score whole at any text size; the list scrolls sideways when it must.
        ColumnWidths.fitToContent(table, java.util.Set.of(name));
        model.organisations().addListener((javafx.collections.ListChangeListener<HomeViewModel.OrganisationRow>) c -> fill(model));
        fill(model);

        // The few main actions as buttons; the others in "More" and on the row's context menu.
        Button add = button("_New organisation…", "home-new-organisation", "Add an organisation to assess");
        Button start = button("_Start assessment…", "home-start", "Start a new assessment of the selected organisation");
        Button open = button("_Open", "home-open", "Continue a draft, or look at the scores of a finished assessment");
        Button report = button("_Report", "home-report", "See the readiness report of the selected assessment");
        Button workshop = button("Run a _workshop…", "home-workshop", "Let everyone in the room answer the selected"
                + " draft on their own phone");
        BooleanBinding noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding noAssessment = Bindings.createBooleanBinding(() -> selected().map(i -> !i.isAssessment()).orElse(true),
                table.getSelectionModel().selectedItemProperty());
        BooleanBinding draft = Bindings.createBooleanBinding(() -> selectedAssessment()
                        .filter(a -> a.status() == AssessmentStatus.DRAFT).isPresent(),
                table.getSelectionModel().selectedItemProperty());
        start.disableProperty().bind(noSelection);
        open.disableProperty().bind(noAssessment);
        report.disableProperty().bind(noAssessment);
        // Only a draft can take answers in a workshop: the button is there only when one is selected.
        workshop.visibleProperty().bind(draft);
        workshop.managedProperty().bind(draft);
        add.setOnAction(e -> actions.newOrganisation());
        start.setOnAction(e -> selected().ifPresent(i -> actions.startAssessment(i.organisation())));
        open.setOnAction(e -> selectedAssessment().ifPresent(actions::open));
        report.setOnAction(e -> selectedAssessment().ifPresent(actions::report));
        workshop.setOnAction(e -> selectedAssessment().ifPresent(actions::runWorkshop));
        // The main action of what is selected stands out: start one for an organisation, continue a
        // draft, read the report of a finished assessment.
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            Button main = selectedAssessment().map(a -> a.status() == AssessmentStatus.DRAFT ? open : report)
                    .orElse(start);
            for (Button button : List.of(start, open, report)) {
                button.getStyleClass().remove("accent");
            }
            main.getStyleClass().add("accent");
        });

        MenuButton more = new MenuButton("_More");
        more.setId("home-more");
        more.setMnemonicParsing(true);
        more.setAccessibleText("More actions");
        more.setAccessibleHelp("Edit the organisation, its history and action plan, import, export or delete");
        more.setTooltip(new Tooltip("Edit, history, action plan, import, export, delete"));
        more.getItems().setAll(moreItems(actions, noSelection, noAssessment));
        ContextMenu rowMenu = new ContextMenu();
        rowMenu.setId("home-row-menu");
        rowMenu.getItems().setAll(rowItems(actions, noSelection, noAssessment, draft));
        table.setContextMenu(rowMenu);

        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedAssessment().ifPresent(actions::open);
            } else if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(actions::delete);
            } else if (CONTEXT_MENU.match(e) || e.getCode() == KeyCode.CONTEXT_MENU) {
                showRowMenu(rowMenu);
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selectedAssessment().ifPresent(actions::open);
            }
        });
        // The Alt+letter of each action in "More" works from the screen, as it did when each had a button.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isShortcutDown() && !e.isShiftDown()) {
                for (MenuItem item : more.getItems()) {
                    if (item.getText() != null && mnemonic(item.getText()) == e.getCode() && !item.isDisable()) {
                        e.consume();
                        item.fire();
                        return;
                    }
                }
            }
        });

        FlowPane bar = new FlowPane(8, 8, add, start, open, report, workshop, more);
        bar.setId("home-actions");
        Label hint = new Label();
        hint.setId("home-selection");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("help-text");
        hint.textProperty().bind(Bindings.createStringBinding(this::describeSelection,
                table.getSelectionModel().selectedItemProperty()));
        VBox header = new VBox(8, top, bar, hint);
        header.setPadding(new Insets(16, 24, 10, 24));
        // At a large text size the heading, buttons and sentence take much of a small window: the page
        // scrolls as a whole, and the list keeps room for several rows (its minimum height) instead of one.
        BorderPane page = new BorderPane(table);
        page.setTop(header);
        BorderPane.setMargin(table, new Insets(0, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
    }

    /** A cell whose text wraps onto further lines within its column, and is never shortened to "…". */
    private static final class WrappingCell extends javafx.scene.control.TreeTableCell<Item, String> {
        WrappingCell() {
            setWrapText(true);
            setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }

        /**
         * Tall enough for every line: JavaFX measures a wrapped text over the whole column, but in the
         * tree's column the indent and the arrow take part of it, so the lines are counted without them.
         */
        @Override
        protected double computePrefHeight(double width) {
            double natural = super.computePrefHeight(width);
            double column = width > 0 ? width : getTableColumn() == null ? 0 : getTableColumn().getWidth();
            if (getText() == null || getText().isEmpty() || column <= 0 || getTableRow() == null
                    || getTableRow().getTreeItem() == null || getTreeTableView() == null) {
                return natural;
            }
            int level = Math.max(1, getTreeTableView().getTreeItemLevel(getTableRow().getTreeItem()));
            double em = getFont().getSize();
            double room = column - snappedLeftInset() - snappedRightInset() - (level + 1) * 1.9 * em;
            javafx.scene.text.Text lines = new javafx.scene.text.Text(getText());
            lines.setFont(getFont());
            lines.setWrappingWidth(Math.max(em, room));
            return Math.max(natural, Math.ceil(lines.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset()));
        }
    }

    /** What is selected and what can be done with it, in a sentence under the buttons. */
    private String describeSelection() {
        Optional<Item> item = selected();
        if (item.isEmpty()) {
            return "Select an organisation or an assessment to see what you can do with it. Ctrl+F finds.";
        }
        // Short, so that at a large text size it takes a line or two: the buttons' help says the rest.
        if (!item.get().isAssessment()) {
            return "Selected: " + item.get().organisation().name() + ". History and action plan are under More.";
        }
        AssessmentSummary summary = item.get().assessment().summary();
        return "Selected: " + summary.title() + ", " + (summary.status() == AssessmentStatus.DRAFT
                ? "a draft: Enter continues it." : "finished: Enter shows its scores.")
                + " More (or Shift+F10) has the rest.";
    }

    /** "3 assessments" on an organisation's row. */
    private static String assessments(HomeViewModel model, Organisation organisation) {
        long count = model.organisations().stream().filter(r -> r.organisation().id() == organisation.id())
                .mapToLong(r -> r.assessments().size()).sum();
        return count == 0 ? "No assessments yet" : count + (count == 1 ? " assessment" : " assessments");
    }

    /** The actions that have no button of their own, with the letters their buttons had. */
    private List<MenuItem> moreItems(Actions actions, BooleanBinding noSelection, BooleanBinding noAssessment) {
        return List.of(
                item("_Edit organisation…", "home-edit-organisation", noSelection,
                        () -> selected().ifPresent(i -> actions.editOrganisation(i.organisation()))),
                item("Histor_y", "home-history", noSelection, () -> selected().ifPresent(i -> actions.history(i.organisation()))),
                item("Action _plan", "home-plan", noSelection,
                        () -> selected().ifPresent(i -> actions.actionPlan(i.organisation()))),
                new SeparatorMenuItem(),
                item("_Import…", "home-import", null, actions::importFiles),
                item("E_xport…", "home-export", noAssessment, () -> selectedAssessment().ifPresent(actions::export)),
                new SeparatorMenuItem(),
                item("_Delete…", "home-delete", noSelection, () -> selected().ifPresent(actions::delete)));
    }

    /** Everything that can be done with the selected row, for its context menu. */
    private List<MenuItem> rowItems(Actions actions, BooleanBinding noSelection, BooleanBinding noAssessment,
                                    BooleanBinding draft) {
        MenuItem workshop = item("Run a _workshop…", "home-row-workshop", draft.not(),
                () -> selectedAssessment().ifPresent(actions::runWorkshop));
        workshop.visibleProperty().bind(draft);
        return List.of(
                item("_Open", "home-row-open", noAssessment, () -> selectedAssessment().ifPresent(actions::open)),
                item("_Report", "home-row-report", noAssessment, () -> selectedAssessment().ifPresent(actions::report)),
                workshop,
                item("_Start assessment…", "home-row-start", noSelection,
                        () -> selected().ifPresent(i -> actions.startAssessment(i.organisation()))),
                new SeparatorMenuItem(),
                item("_Edit organisation…", "home-row-edit-organisation", noSelection,
                        () -> selected().ifPresent(i -> actions.editOrganisation(i.organisation()))),
                item("Histor_y", "home-row-history", noSelection,
                        () -> selected().ifPresent(i -> actions.history(i.organisation()))),
                item("Action _plan", "home-row-plan", noSelection,
                        () -> selected().ifPresent(i -> actions.actionPlan(i.organisation()))),
                item("E_xport…", "home-row-export", noAssessment, () -> selectedAssessment().ifPresent(actions::export)),
                new SeparatorMenuItem(),
                item("_Delete…", "home-row-delete", noSelection, () -> selected().ifPresent(actions::delete)));
    }

    private static MenuItem item(String text, String id, BooleanBinding disabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The key of the letter after "_" in a label ("Histor_y" is Y). */
    private static KeyCode mnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? null
                : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(text.charAt(at + 1))));
    }

    /** The row's menu, from the keyboard: under the selected row, or at the top of the list. */
    private void showRowMenu(ContextMenu menu) {
        Node row = null;
        for (Node node : table.lookupAll(".tree-table-row-cell")) {
            if (node instanceof javafx.scene.control.TreeTableRow<?> tableRow && tableRow.isSelected() && tableRow.isVisible()) {
                row = tableRow;
            }
        }
        Node anchor = row == null ? table : row;
        javafx.geometry.Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        menu.show(anchor, bounds.getMinX() + 24, row == null ? bounds.getMinY() + 24 : bounds.getMaxY());
    }

    private static TreeTableColumn<Item, String> column(String title, double width,
                                                        java.util.function.Function<Item, String> text) {
        TreeTableColumn<Item, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                cell.getValue() == null || cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        return column;
    }

    private static Button button(String text, String id, String help) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleHelp(help);
        button.setTooltip(new javafx.scene.control.Tooltip(help));
        // The whole label, always: the row of buttons wraps instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void fill(HomeViewModel model) {
        Optional<Item> previously = selected();
        TreeItem<Item> root = new TreeItem<>();
        TreeItem<Item> reselect = null;
        String wanted = find.getText() == null ? "" : find.getText().strip().toLowerCase(Locale.ROOT);
        for (HomeViewModel.OrganisationRow row : model.organisations()) {
            boolean organisationMatches = matches(wanted, row.organisation().name(), row.organisation().area());
            List<HomeViewModel.AssessmentRow> shown = row.assessments().stream()
                    .filter(a -> organisationMatches || matches(wanted, a.summary().title())).toList();
            if (!organisationMatches && shown.isEmpty()) {
                continue;
            }
            TreeItem<Item> organisation = new TreeItem<>(new Item(row.organisation(), null));
            organisation.setExpanded(true);
            for (HomeViewModel.AssessmentRow assessment : shown) {
                TreeItem<Item> child = new TreeItem<>(new Item(row.organisation(), assessment));
                organisation.getChildren().add(child);
                if (previously.filter(Item::isAssessment)
                        .filter(p -> p.assessment().summary().id() == assessment.summary().id()).isPresent()) {
                    reselect = child;
                }
            }
            if (reselect == null && previously.filter(p -> !p.isAssessment())
                    .filter(p -> p.organisation().id() == row.organisation().id()).isPresent()) {
                reselect = organisation;
            }
            root.getChildren().add(organisation);
        }
        table.setRoot(root);
        table.setPlaceholder(new Label(wanted.isEmpty() ? "No organisations yet. Add one to start."
                : "Nothing matches \"" + find.getText().strip() + "\". Clear the search to see everything."));
        if (reselect != null) {
            table.getSelectionModel().select(reselect);
        } else if (!root.getChildren().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    /** Whether any of the texts contains what is wanted (already in lower case); everything matches nothing. */
    private static boolean matches(String wanted, String... texts) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    void focusList() {
        table.requestFocus();
    }

    private Optional<Item> selected() {
        TreeItem<Item> item = table.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    private Optional<AssessmentSummary> selectedAssessment() {
        return selected().filter(Item::isAssessment).map(i -> i.assessment().summary());
    }
}
