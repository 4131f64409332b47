package org.coproduction.readiness.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * How a form shows a broken rule: the field gets the theme's red (or amber) outline and the
 * message is written in words under it, where everyone sees it and a screen reader reads it as
 * the field's help. ControlsFX's own marks are small icons with tooltips laid over the window,
 * which a keyboard user never sees and which need the JavaFX internals opened to ControlsFX.
 */
final class FormMarks implements ValidationDecoration {
    /** Key of the control's property that holds the label under it. */
    static final String MESSAGE = "form-marks.message";
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final String HELP = "form-marks.help";

    /** Gives the control a label, below it, for what is wrong with it. */
    static Label messageFor(Control control) {
        Label message = new Label();
        message.getStyleClass().add("field-problem");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setPrefWidth(0);
        message.setVisible(false);
        message.setManaged(false);
        control.getProperties().put(MESSAGE, message);
        return message;
    }

    @Override
    public void removeDecorations(Control target) {
        target.pseudoClassStateChanged(DANGER, false);
        target.pseudoClassStateChanged(WARNING, false);
        if (target.getProperties().containsKey(HELP)) {
            target.setAccessibleHelp((String) target.getProperties().remove(HELP));
        }
        if (target.getProperties().get(MESSAGE) instanceof Label message) {
            message.setText("");
            message.setVisible(false);
            message.setManaged(false);
            fitWindow(target);
        }
    }

    @Override
    public void applyValidationDecoration(ValidationMessage problem) {
        Control target = problem.getTarget();
        boolean error = problem.getSeverity() == Severity.ERROR;
        target.pseudoClassStateChanged(error ? DANGER : WARNING, true);
        target.getProperties().putIfAbsent(HELP, target.getAccessibleHelp());
        target.setAccessibleHelp(problem.getText());
        if (target.getProperties().get(MESSAGE) instanceof Label message) {
            message.setText(problem.getText());
            message.pseudoClassStateChanged(WARNING, !error);
            message.setVisible(true);
            message.setManaged(true);
            fitWindow(target);
        }
    }

    /** A message takes or frees a line: the form's window grows or shrinks so nothing is cut. */
    private static void fitWindow(Control target) {
        if (target.getScene() != null && target.getScene().getWindow() != null) {
            javafx.application.Platform.runLater(() -> {
                if (target.getScene() != null && target.getScene().getWindow() != null) {
                    target.getScene().getWindow().sizeToScene();
                }
            });
        }
    }

    @Override
    public void applyRequiredDecoration(Control target) {
        // Required fields are the ones whose label does not say "(optional)": nothing to add.
    }
}
