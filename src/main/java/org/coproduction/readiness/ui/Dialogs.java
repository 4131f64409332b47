package org.coproduction.readiness.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionStatus;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import org.coproduction.readiness.common.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The small forms and messages of the main window. Each form checks what is typed as it is typed
 * (ControlsFX validation): a field that breaks a rule is marked, its tooltip says why, and the
 * button that saves stays off until every rule holds.
 */
final class Dialogs {
    /** The longest name of a person answering: the same limit as in workshop mode. */
    static final int LONGEST_PERSON_NAME = 80;
    static final int LONGEST_NAME = 200;

    private Dialogs() {
    }

    /** What the user chose when starting an assessment. */
    record NewAssessment(String title, LocalDate assessedOn, Questionnaire questionnaire, Role role, String name) {
    }

    static Optional<Organisation> organisation(Window owner, Organisation existing) {
        Dialog<Organisation> dialog = new Dialog<>();
        dialog.initOwner(owner);
        fitTo(dialog, owner);
        dialog.setTitle(existing == null ? "New organisation" : "Edit organisation");
        dialog.setHeaderText(existing == null ? "Add the organisation you are assessing" : "Change the organisation's details");
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);

        TextField name = new TextField(existing == null ? "" : existing.name());
        name.setId("organisation-name");
        TextField number = new TextField(existing == null ? "" : existing.registeredNumber());
        number.setId("organisation-number");
        TextField area = new TextField(existing == null ? "" : existing.area());
        area.setId("organisation-area");
        GridPane form = form();
        row(form, 0, "_Name", name, "Name of the organisation");
        row(form, 1, "_Registered number (optional)", number, "Charity or company number, if it has one");
        row(form, 2, "_Area (optional)", area, "Town, city or area it works in");
        dialog.getDialogPane().setContent(scrolling(form));
        ValidationSupport rules = rules(dialog, save);
        rules.registerValidator(name, true, Validator.combine(
                Validator.createEmptyValidator("Give the organisation's name"),
                tooLong(LONGEST_NAME, "The name")));
        // Charity and company numbers: "1234567", "1234567-1", "SC012345", and for a charity
        // registered in two nations "1234567 / SC012345" or "1234567, SC012345".
        rules.registerValidator(number, false, Validator.createRegexValidator("A registered number has only letters,"
                + " digits, spaces and - / , . ( )", "[A-Za-z0-9 /,.()-]*", Severity.ERROR));
        rules.registerValidator(area, false, tooLong(LONGEST_NAME, "The area"));
        Platform.runLater(name::requestFocus);
        dialog.setResultConverter(button -> button == save
                ? new Organisation(existing == null ? 0 : existing.id(), name.getText().strip(), number.getText().strip(),
                area.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    static Optional<NewAssessment> newAssessment(Window owner, Organisation organisation, List<Questionnaire> banks) {
        Dialog<NewAssessment> dialog = new Dialog<>();
        dialog.initOwner(owner);
        fitTo(dialog, owner);
        dialog.setTitle("Start an assessment");
        dialog.setHeaderText("Start an assessment of " + organisation.name());
        ButtonType start = new ButtonType("Start", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, start);

        LocalDate today = LocalDate.now();
        TextField title = new TextField("Readiness assessment " + today.getYear());
        title.setId("assessment-title");
        DatePicker date = new DatePicker(today);
        date.setId("assessment-date");
        Converters.forDates(date);
        ComboBox<Questionnaire> bank = new ComboBox<>();
        bank.setId("assessment-bank");
        bank.getItems().setAll(banks);
        bank.setValue(banks.isEmpty() ? null : banks.get(0));
        bank.setConverter(Converters.showing(q -> q.title() + " (version " + q.version() + ")"));
        ComboBox<Role> role = roleChoice("respondent-role-start", Role.MANAGER);
        TextField name = new TextField();
        name.setId("respondent-name-start");
        GridPane form = form();
        row(form, 0, "_Title", title, "A name for this assessment");
        row(form, 1, "_Date", date, "The date the assessment is about: " + Dates.HOW_TO_TYPE);
        row(form, 2, "_Questions", bank, "Which question bank to use");
        row(form, 3, "Who is _answering", role, "The role of the person answering");
        row(form, 4, "Your na_me (optional)", name, "The name of the person answering");
        dialog.getDialogPane().setContent(scrolling(form));
        ValidationSupport rules = rules(dialog, start);
        rules.registerValidator(title, true, Validator.combine(Validator.createEmptyValidator("Give the assessment a title"),
                tooLong(LONGEST_NAME, "The title")));
        checkTypedDate(rules, date);
        rules.registerValidator(date, true, (control, value) -> typedDate(date).combine(
                ValidationResult.fromMessageIf(control, "Choose the date the assessment is about", Severity.ERROR,
                        value == null)).combine(ValidationResult.fromMessageIf(control,
                        "This date is in the future: is that right?", Severity.WARNING,
                        value instanceof LocalDate day && day.isAfter(LocalDate.now()))));
        rules.registerValidator(bank, true, Validator.createEmptyValidator("Choose the questions to use"));
        rules.registerValidator(name, false, tooLong(LONGEST_PERSON_NAME, "The name"));
        Platform.runLater(title::requestFocus);
        dialog.setResultConverter(button -> button == start
                ? new NewAssessment(title.getText().strip(), typedOrChosen(date), bank.getValue(), role.getValue(),
                name.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    /** Asks who else is answering: a role and an optional name (the key is given by the caller). */
    static Optional<org.coproduction.readiness.assessment.Respondent> respondent(Window owner) {
        Dialog<org.coproduction.readiness.assessment.Respondent> dialog = new Dialog<>();
        dialog.initOwner(owner);
        fitTo(dialog, owner);
        dialog.setTitle("Add a person answering");
        dialog.setHeaderText("Who else is answering this assessment?");
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, add);
        ComboBox<Role> role = roleChoice("new-respondent-role", Role.SERVICE_USER);
        TextField name = new TextField();
        name.setId("new-respondent-name");
        GridPane form = form();
        row(form, 0, "_Role", role, "The part this person plays");
        row(form, 1, "_Name (optional)", name, "Their name or a description");
        dialog.getDialogPane().setContent(scrolling(form));
        ValidationSupport rules = rules(dialog, add);
        rules.registerValidator(role, true, Validator.createEmptyValidator("Choose the part this person plays"));
        rules.registerValidator(name, false, tooLong(LONGEST_PERSON_NAME, "The name"));
        Platform.runLater(role::requestFocus);
        dialog.setResultConverter(button -> button == add
                ? new org.coproduction.readiness.assessment.Respondent("", role.getValue(), name.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    /**
     * Asks who a personal file is for: someone already answering (their key kept) or a new person
     * (key left empty, the role and name given here).
     */
    static Optional<org.coproduction.readiness.assessment.Respondent> personToSendTo(Window owner,
            List<org.coproduction.readiness.assessment.Respondent> listed) {
        Dialog<org.coproduction.readiness.assessment.Respondent> dialog = new Dialog<>();
        dialog.initOwner(owner);
        fitTo(dialog, owner);
        dialog.setTitle("Send to a person");
        dialog.setHeaderText("Who will answer on their own computer?");
        ButtonType next = new ButtonType("Save the file…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, next);
        org.coproduction.readiness.assessment.Respondent newPerson =
                new org.coproduction.readiness.assessment.Respondent("", Role.SERVICE_USER, "");
        ComboBox<org.coproduction.readiness.assessment.Respondent> who = new ComboBox<>();
        who.setId("send-to-who");
        who.getItems().add(newPerson);
        who.getItems().addAll(listed);
        who.setValue(newPerson);
        who.setConverter(Converters.showing(r -> r.key().isEmpty() ? "A new person" : r.displayName()));
        ComboBox<Role> role = roleChoice("send-to-role", Role.SERVICE_USER);
        TextField name = new TextField();
        name.setId("send-to-name");
        role.disableProperty().bind(who.valueProperty().isNotEqualTo(newPerson));
        name.disableProperty().bind(who.valueProperty().isNotEqualTo(newPerson));
        GridPane form = form();
        row(form, 0, "_Person", who, "Someone already answering, or a new person");
        row(form, 1, "_Role", role, "The part the new person plays");
        row(form, 2, "_Name (optional)", name, "Their first name or a description");
        Label help = new Label("The file opens in their own copy of Co-production Readiness, in their side's words."
                + " They send it back, and you add their answers with \"Add answers from files…\".");
        help.setWrapText(true);
        help.getStyleClass().add("help-text");
        // As wide as the form (26em), not the form as wide as the sentence; as tall as its lines need.
        help.setStyle("-fx-pref-width: 24em;");
        help.setMaxWidth(Double.MAX_VALUE);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.add(help, 0, 3);
        dialog.getDialogPane().setContent(scrolling(form));
        ValidationSupport rules = rules(dialog, next);
        rules.registerValidator(name, false, tooLong(LONGEST_PERSON_NAME, "The name"));
        Platform.runLater(who::requestFocus);
        dialog.setResultConverter(button -> button != next ? null : who.getValue() == newPerson
                ? new org.coproduction.readiness.assessment.Respondent("", role.getValue(), name.getText().strip())
                : who.getValue());
        return dialog.showAndWait();
    }

    /** Adds or edits an action of the plan; the link and source stay as they are. */
    static Optional<Action> action(Window owner, String about, Action action) {
        Dialog<Action> dialog = new Dialog<>();
        dialog.initOwner(owner);
        fitTo(dialog, owner);
        dialog.setTitle(action.isStored() ? "Edit action" : "Add to the action plan");
        dialog.setHeaderText("About: " + about);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        TextArea description = new TextArea(action.description());
        description.setId("action-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        Tab.movesFocusOutOf(description);
        TextField who = new TextField(action.owner());
        who.setId("action-owner");
        DatePicker due = new DatePicker(action.due().orElse(null));
        due.setId("action-due");
        Converters.forDates(due);
        ComboBox<ActionStatus> status = new ComboBox<>();
        status.setId("action-status");
        status.getItems().setAll(ActionStatus.values());
        status.setValue(action.status());
        status.setConverter(Converters.showing(ActionStatus::label));
        GridPane form = form();
        row(form, 0, "_What will be done", description, "A concrete step someone can start on");
        row(form, 1, "_Who (optional)", who, "The person who sees to it");
        row(form, 2, "_By when (optional)", due, "The date it should be done by: " + Dates.HOW_TO_TYPE);
        row(form, 3, "_Status", status, "Planned, in progress, done or dropped");
        dialog.getDialogPane().setContent(scrolling(form));
        dialog.getDialogPane().setStyle(dialog.getDialogPane().getStyle() + " -fx-pref-width: 37em;");
        ValidationSupport rules = rules(dialog, save);
        rules.registerValidator(description, true, Validator.createPredicateValidator(
                (String text) -> text != null && !text.isBlank(), "Say what will be done"));
        checkTypedDate(rules, due);
        rules.registerValidator(due, false, (control, value) -> typedDate(due).combine(
                ValidationResult.fromMessageIf(control, "This date has passed: is that right?", Severity.WARNING,
                        !action.isStored() && value instanceof LocalDate day && day.isBefore(LocalDate.now()))));
        Platform.runLater(description::requestFocus);
        dialog.setResultConverter(button -> button == save
                ? action.withDescription(description.getText()).withOwner(who.getText())
                .withDue(Optional.ofNullable(typedOrChosen(due))).withStatus(status.getValue())
                : null);
        return dialog.showAndWait();
    }

    static boolean confirm(Window owner, String title, String header, String text, String yes) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        fitTo(alert, owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(text);
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(cancel, confirm);
        // The safe choice is the default: Enter cancels.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        return alert.showAndWait().filter(b -> b == confirm).isPresent();
    }

    static void problem(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        fitTo(alert, owner);
        alert.setTitle("Co-production Readiness");
        alert.setHeaderText(header);
        TextArea details = new TextArea(text);
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, 2 + (int) text.lines().count()));
        alert.getDialogPane().setContent(details);
        alert.showAndWait();
    }

    static void information(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        fitTo(alert, owner);
        alert.setTitle("Co-production Readiness");
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.showAndWait();
    }

    /** A choice of role, shown in plain words. */
    static ComboBox<Role> roleChoice(String id, Role initial) {
        ComboBox<Role> role = new ComboBox<>();
        role.setId(id);
        role.getItems().setAll(Role.values());
        role.setValue(initial);
        role.setConverter(Converters.showing(Role::label));
        return role;
    }

    /**
     * The rules of a form: the button that saves is off while any rule with an error is broken
     * (warnings only mark the field); required fields carry a small marker from the start.
     */
    /**
     * A date field holds what was typed only once it is committed, and keeps its earlier date when the
     * text is not a date; so the text itself is checked as it is typed: Save stays off and the field
     * says how to type a date, rather than the form being saved with another date or none. Call it
     * before the field's own rule is registered: the typing itself is registered first (with no rule
     * of its own), so the form counts as changed and shows its marks, then the field is checked again.
     */
    private static void checkTypedDate(ValidationSupport rules, DatePicker picker) {
        rules.registerValidator(picker.getEditor(), false, (control, value) -> new ValidationResult());
        picker.getEditor().textProperty().addListener((o, was, now) -> rules.revalidate(picker));
    }

    /** The rule of {@link #checkTypedDate}: what is typed in the field is a date, or nothing. */
    private static ValidationResult typedDate(DatePicker picker) {
        String typed = picker.getEditor().getText();
        return ValidationResult.fromMessageIf(picker, "That is not a date: type it as " + Dates.HOW_TO_TYPE,
                Severity.ERROR, typed != null && !typed.isBlank() && Dates.parse(typed).isEmpty());
    }

    /** The date as typed (checked above), or none when the field is empty. */
    private static LocalDate typedOrChosen(DatePicker picker) {
        String typed = picker.getEditor().getText();
        return typed == null || typed.isBlank() ? null : Dates.parse(typed).orElse(picker.getValue());
    }

    private static ValidationSupport rules(Dialog<?> dialog, ButtonType save) {
        ValidationSupport rules = new ValidationSupport();
        rules.setValidationDecorator(new FormMarks());
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !Boolean.FALSE.equals(rules.isInvalid()), rules.invalidProperty()));
        return rules;
    }

    /** Refuses text longer than the limit, naming what is too long. */
    private static Validator<String> tooLong(int limit, String what) {
        return (control, text) -> ValidationResult.fromMessageIf(control, what + " is too long: at most " + limit
                + " characters", Severity.ERROR, text != null && text.strip().length() > limit);
    }

    /**
     * A dialog at the text size of the window it belongs to (so Ctrl+plus reaches dialogs too), as
     * tall as its content needs (a long message is never cut short), and never larger than that
     * window, which is the room the person has given the program: a form taller than that scrolls
     * inside the dialog (see {@link #scrolling}) while its buttons stay in view.
     */
    static void fitTo(Dialog<?> dialog, Window owner) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        if (owner != null && owner.getScene() != null) {
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
        if (dialog instanceof Alert) {
            pane.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            // A message wraps at a comfortable line length instead of making one very wide window.
            pane.setStyle(pane.getStyle() + " -fx-pref-width: 32em;");
        }
        // The window is first sized before the text size and the choices' widths are known; once it shows,
        // it takes the size its content asks for at that text size, within the owner's.
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> {
            Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
            if (window == null) {
                return;
            }
            double maxWidth = room(owner, true);
            double maxHeight = room(owner, false);
            // In the style, as the theme's own rule (at most 600 px across) would win over a value set here.
            pane.setStyle(pane.getStyle() + " -fx-max-width: " + maxWidth + "px; -fx-max-height: " + maxHeight + "px;");
            pane.applyCss();
            pane.layout();
            // Not yet sized (NaN) as it first shows.
            double shownWidth = Double.isNaN(window.getWidth()) ? 0 : window.getWidth();
            double shownHeight = Double.isNaN(window.getHeight()) ? 0 : window.getHeight();
            double width = Math.ceil(Math.min(maxWidth, Math.max(shownWidth, pane.prefWidth(-1))));
            // Measured at its own width (-1): asking the header's grid for its height at a given width can
            // loop for ever in JavaFX 21. A wrapped header a little taller than measured takes from the form,
            // which scrolls.
            double height = Math.ceil(Math.min(maxHeight, Math.max(shownHeight, pane.prefHeight(-1))));
            if (Math.abs(width - shownWidth) > 0.5 || Math.abs(height - shownHeight) > 0.5) {
                window.setWidth(width);
                window.setHeight(height);
                if (owner != null) {
                    window.setX(owner.getX() + Math.max(0, (owner.getWidth() - width) / 2));
                    window.setY(owner.getY() + Math.max(0, (owner.getHeight() - height) / 2));
                }
                }
        });
    }

    /** The room the owner gives a dialog, across or down: its window, or at least a small dialog's. */
    private static double room(Window owner, boolean across) {
        if (owner == null) {
            return Double.MAX_VALUE;
        }
        double window = across ? owner.getWidth() : owner.getHeight();
        double scene = owner.getScene() == null ? 0 : across ? owner.getScene().getWidth() : owner.getScene().getHeight();
        return Math.max(across ? 480 : 360, Math.max(window, scene));
    }

    /**
     * A form that scrolls inside its dialog when it is taller than the room there (a large text size
     * on a small screen), so the dialog's buttons are always in view.
     */
    private static javafx.scene.control.ScrollPane scrolling(GridPane form) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * One column: each label above its field, so that a long label ("Registered number (optional)")
     * at a large text size neither spills into its field nor makes the dialog wider than the screen.
     */
    private static GridPane form() {
        GridPane form = new GridPane();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(fields);
        form.setVgap(12);
        form.setPadding(new Insets(16));
        form.setStyle("-fx-pref-width: 26em;");
        return form;
    }

    private static void row(GridPane form, int row, String label, javafx.scene.control.Control input, String help) {
        Label text = new Label(label);
        text.setMnemonicParsing(true);
        // A label is never cut short ("Registered number (option…"): it wraps above its field when it must.
        Fit.wrapping(text);
        text.setLabelFor(input);
        input.setAccessibleText(label.replace("_", ""));
        input.setAccessibleHelp(help);
        input.setMaxWidth(Double.MAX_VALUE);
        if (input instanceof ComboBox<?>) {
            // A choice shows the whole of what is chosen (the question bank's name and version).
            input.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.VBox field = new javafx.scene.layout.VBox(4, text, input, FormMarks.messageFor(input));
        GridPane.setHgrow(field, Priority.ALWAYS);
        form.add(field, 0, row);
    }
}
