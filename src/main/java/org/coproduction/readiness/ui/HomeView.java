package org.coproduction.readiness.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.controlsfx.control.textfield.TextFields;

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

        void delete(Item item);
    }

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final TreeTableView<Item> table = new TreeTableView<>();
    /** Narrows the list to what matches, for umbrella bodies with hundreds of organisations. */
    private final TextField find = TextFields.createClearableTextField();

    HomeView(HomeViewModel model, Actions actions) {
        getStyleClass().add("home");
        Label heading = new Label("Organisations and assessments");
        heading.getStyleClass().add("step-heading");
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, heading, loading, gap, find);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("home-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setAccessibleText("Organisations and their assessments");
        TreeTableColumn<Item, String> name = column("Organisation / assessment", 320, item ->
                item.isAssessment() ? item.assessment().summary().title() : item.organisation().name());
        TreeTableColumn<Item, String> date = column("Date", 110, item ->
                item.isAssessment() ? item.assessment().summary().assessedOn().toString() : "");
        TreeTableColumn<Item, String> status = column("Status", 100, item -> !item.isAssessment() ? ""
                : item.assessment().summary().status() == AssessmentStatus.COMPLETE ? "Complete" : "Draft");
        TreeTableColumn<Item, String> result = column("Progress or overall score", 240, item ->
                item.isAssessment() ? item.assessment().result() : item.organisation().area());
        table.getColumns().setAll(java.util.List.of(name, date, status, result));
        model.organisations().addListener((javafx.collections.ListChangeListener<HomeViewModel.OrganisationRow>) c -> fill(model));
        fill(model);

        Button add = button("_New organisation…", "home-new-organisation", "Add an organisation to assess");
        Button edit = button("_Edit organisation…", "home-edit-organisation", "Change the selected organisation's details");
        Button start = button("_Start assessment…", "home-start", "Start a new assessment of the selected organisation");
        Button open = button("_Open", "home-open", "Continue a draft, or look at the scores of a finished assessment");
        Button report = button("_Report", "home-report", "See the readiness report of the selected assessment");
        Button history = button("Histor_y", "home-history", "See the selected organisation's assessments over time and"
                + " compare two of them");
        Button plan = button("Action _plan", "home-plan", "See and update the selected organisation's action plan");
        Button importButton = button("_Import…", "home-import", "Add assessments from exchange files (.json)");
        Button export = button("E_xport…", "home-export", "Save the selected assessment as a file to share or keep, as a"
                + " spreadsheet of its answers, or as an Excel workbook of its scores, answers and plan");
        Button delete = button("_Delete…", "home-delete", "Delete the selected organisation or assessment");
        start.getStyleClass().add("accent");

        BooleanBinding noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding noAssessment = Bindings.createBooleanBinding(() -> selected().map(i -> !i.isAssessment()).orElse(true),
                table.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(noSelection);
        start.disableProperty().bind(noSelection);
        history.disableProperty().bind(noSelection);
        plan.disableProperty().bind(noSelection);
        open.disableProperty().bind(noAssessment);
        report.disableProperty().bind(noAssessment);
        export.disableProperty().bind(noAssessment);
        delete.disableProperty().bind(noSelection);

        add.setOnAction(e -> actions.newOrganisation());
        edit.setOnAction(e -> selected().ifPresent(i -> actions.editOrganisation(i.organisation())));
        start.setOnAction(e -> selected().ifPresent(i -> actions.startAssessment(i.organisation())));
        open.setOnAction(e -> selectedAssessment().ifPresent(actions::open));
        report.setOnAction(e -> selectedAssessment().ifPresent(actions::report));
        history.setOnAction(e -> selected().ifPresent(i -> actions.history(i.organisation())));
        plan.setOnAction(e -> selected().ifPresent(i -> actions.actionPlan(i.organisation())));
        importButton.setOnAction(e -> actions.importFiles());
        export.setOnAction(e -> selectedAssessment().ifPresent(actions::export));
        delete.setOnAction(e -> selected().ifPresent(actions::delete));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedAssessment().ifPresent(actions::open);
            } else if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(actions::delete);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                selectedAssessment().ifPresent(actions::open);
            }
        });

        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        FlowPane bar = new FlowPane(8, 8, add, edit, start, open, report, history, plan, importButton, export, delete);
        Label hint = new Label("Select an organisation to start an assessment; select an assessment to open, export or"
                + " delete it. Enter opens, Delete deletes, Ctrl+F finds.");
        hint.setWrapText(true);
        hint.getStyleClass().add("help-text");
        VBox header = new VBox(10, top, bar, hint);
        header.setPadding(new Insets(20, 24, 12, 24));
        setTop(header);
        BorderPane.setMargin(table, new Insets(0, 24, 24, 24));
        setCenter(table);
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
