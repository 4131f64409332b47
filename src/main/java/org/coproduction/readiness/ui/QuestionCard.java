package org.coproduction.readiness.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.assessment.Response;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.questionnaire.Questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question on a dimension step: its text, guidance on demand, the five levels, "not
 * applicable" where allowed, "don't know", an evidence note and a "review later" flag. Keys 0 to
 * 4, N and D choose an answer while the focus is in the card but not in the note.
 */
final class QuestionCard extends VBox {
    private static final Duration NOTE_PAUSE = Duration.millis(700);

    private final Question question;
    private final WizardViewModel model;
    private final ToggleGroup choices = new ToggleGroup();
    private final List<RadioButton> levelButtons = new ArrayList<>();
    private final RadioButton notApplicable;
    private final RadioButton dontKnow;
    private final TextArea note = new TextArea();
    private final CheckBox reviewLater = new CheckBox("Review later");
    private boolean showing;
    private java.util.function.BooleanSupplier toNextQuestion;

    QuestionCard(Questionnaire questionnaire, Question question, int number, int count, WizardViewModel model) {
        this.question = question;
        this.model = model;
        getStyleClass().add("question-card");
        setId("question-" + question.id());
        setSpacing(8);
        setPadding(new Insets(16));

        Label position = new Label("Question " + number + " of " + count);
        position.getStyleClass().add("question-position");
        Question.Wording wording = model.wording(question);
        Label text = new Label(wording.text());
        text.getStyleClass().add("question-text");
        Fit.wrapping(text);
        getChildren().addAll(position, text);

        for (org.coproduction.readiness.assessment.Action action : model.openActions(question.id())) {
            Label planned = new Label("On your action plan: " + action.description() + " (" + action.status().label()
                    + (action.owner().isBlank() ? "" : ", " + action.owner())
                    + action.due().map(d -> ", by " + d).orElse("") + ")");
            planned.setWrapText(true);
            planned.getStyleClass().add("open-action");
            planned.setId("open-action-" + question.id());
            getChildren().add(planned);
        }
        if (!question.guidance().isBlank()) {
            getChildren().add(guidance(questionnaire));
        }

        VBox options = new VBox(6);
        options.setAccessibleRole(AccessibleRole.NODE);
        for (int level = 0; level < wording.levels().size(); level++) {
            RadioButton button = choice("level-" + level, level + "  " + wording.levels().get(level),
                    Response.level(level));
            button.setAccessibleText("Level " + level + " of 4: " + wording.levels().get(level));
            levelButtons.add(button);
            options.getChildren().add(button);
        }
        notApplicable = question.allowNotApplicable()
                ? choice("not-applicable", "Not applicable to us", Response.notApplicable()) : null;
        if (notApplicable != null) {
            options.getChildren().add(notApplicable);
        }
        dontKnow = choice("dont-know", "Don't know yet (it goes on the \"find out\" list)", Response.dontKnow());
        options.getChildren().add(dontKnow);
        getChildren().add(options);

        note.setId("note-" + question.id());
        note.setPromptText("Evidence or notes (optional): what you saw, who said what, where it is written down");
        note.setAccessibleText("Evidence note for: " + wording.text());
        note.setWrapText(true);
        note.setPrefRowCount(2);
        Tab.movesFocusOutOf(note);
        PauseTransition typing = new PauseTransition(NOTE_PAUSE);
        typing.setOnFinished(e -> model.writeNote(question.id(), note.getText()));
        note.textProperty().addListener((o, was, now) -> {
            if (!showing) {
                typing.playFromStart();
            }
        });
        note.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                typing.stop();
                model.writeNote(question.id(), note.getText());
            }
        });

        reviewLater.setId("flag-" + question.id());
        reviewLater.setAccessibleText("Mark for review later: " + wording.text());
        reviewLater.setTooltip(new Tooltip("Come back to this question before you finish"));
        reviewLater.selectedProperty().addListener((o, was, now) -> {
            if (!showing) {
                model.flag(question.id(), now);
            }
        });
        getChildren().addAll(note, reviewLater);

        choices.selectedToggleProperty().addListener((o, was, now) -> {
            if (!showing) {
                model.choose(question.id(), now == null ? Optional.empty() : Optional.of((Response) now.getUserData()));
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        show(model.answer(question.id()));
    }

    private TitledPane guidance(Questionnaire questionnaire) {
        StringBuilder text = new StringBuilder(question.guidance());
        List<String> sources = question.references().stream()
                .map(key -> questionnaire.reference(key).map(r -> r.citation()).orElse(key)).toList();
        if (!sources.isEmpty()) {
            text.append("\n\nSources: ").append(String.join(" ", sources));
        }
        Label body = new Label(text.toString());
        body.setWrapText(true);
        TitledPane pane = new TitledPane("Guidance: what good looks like", body);
        pane.setId("guidance-" + question.id());
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add("guidance");
        pane.setAccessibleHelp("Press Space to show or hide the guidance for this question");
        return pane;
    }

    private RadioButton choice(String id, String label, Response response) {
        RadioButton button = new RadioButton(label) {
            /**
             * Tall enough for every line: JavaFX counts a wrapped choice's lines over a width that
             * includes its round button, so a long level at a large text size lost its last line.
             */
            @Override
            protected double computePrefHeight(double width) {
                double natural = super.computePrefHeight(width);
                if (width <= 0 || getText() == null || getText().isEmpty()) {
                    return natural;
                }
                javafx.scene.Node radio = lookup(".radio");
                double mark = radio == null ? 0 : radio.prefWidth(-1) + getGraphicTextGap();
                javafx.scene.text.Text lines = new javafx.scene.text.Text(getText());
                lines.setFont(getFont());
                // Less a little more than the button and gap take: a spare line's room now and then, never a line cut.
                lines.setWrappingWidth(Math.max(1, width - snappedLeftInset() - snappedRightInset() - mark
                        - getFont().getSize()));
                double height = lines.getLayoutBounds().getHeight();
                // The label's own lines stand a little further apart than a bare text's: half a line spare.
                double spare = height > 1.5 * getFont().getSize() * 1.2 ? getFont().getSize() / 2 : 0;
                return Math.max(natural, Math.ceil(height + spare + snappedTopInset() + snappedBottomInset()));
            }
        };
        button.setId(id + "-" + question.id());
        button.setUserData(response);
        button.setToggleGroup(choices);
        Fit.wrapping(button);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("level-choice");
        return button;
    }

    /** Digits choose a level, N and D the other answers, Delete clears: a quick way by keyboard. */
    private void shortcut(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.isControlDown() || event.isAltDown()
                || event.isMetaDown()) {
            return;
        }
        RadioButton target = null;
        KeyCode code = event.getCode();
        if (code.isDigitKey()) {
            // DIGIT2 is named "2" and NUMPAD2 "Numpad 2": the last character is the digit.
            int level = code.getName().charAt(code.getName().length() - 1) - '0';
            if (level >= 0 && level < levelButtons.size()) {
                target = levelButtons.get(level);
            }
        } else if (code == KeyCode.N && notApplicable != null) {
            target = notApplicable;
        } else if (code == KeyCode.D) {
            target = dontKnow;
        } else if (code == KeyCode.DELETE) {
            choices.selectToggle(null);
            event.consume();
            return;
        } else if (code == KeyCode.ENTER && toNextQuestion != null && toNextQuestion.getAsBoolean()) {
            // Typing in a paper form: a level, then Enter, question after question. On the last
            // question Enter goes on to the next step, as everywhere else.
            event.consume();
            return;
        }
        if (target != null) {
            target.setSelected(true);
            target.requestFocus();
            event.consume();
        }
    }

    /** What Enter does on this question: moves to the next one, or returns false on the last. */
    void onEnterGoTo(java.util.function.BooleanSupplier next) {
        this.toNextQuestion = next;
    }

    /** Shows an answer without saving it again. */
    private void show(Optional<Answer> answer) {
        showing = true;
        try {
            Optional<Response> response = answer.flatMap(Answer::response);
            Toggle selected = null;
            for (Toggle toggle : choices.getToggles()) {
                if (response.isPresent() && toggle.getUserData().equals(response.get())) {
                    selected = toggle;
                }
            }
            choices.selectToggle(selected);
            note.setText(answer.map(Answer::note).orElse(""));
            reviewLater.setSelected(answer.map(Answer::flagged).orElse(false));
        } finally {
            showing = false;
        }
    }

    /** Saves a note still being typed (its pause not yet over), e.g. when the window closes. */
    void commitTyping() {
        model.writeNote(question.id(), note.getText());
    }

    /** The control to focus when the user is sent to this question. */
    Node firstChoice() {
        return choices.getSelectedToggle() instanceof RadioButton selected ? selected : levelButtons.get(0);
    }
}
