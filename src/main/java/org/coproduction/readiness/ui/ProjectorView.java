package org.coproduction.readiness.ui;

import javafx.beans.InvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.questionnaire.Question;
import org.coproduction.readiness.service.WorkshopSession;

import java.util.List;

/**
 * The workshop's projector view (docs/workshop.md): full screen, large white and yellow type on
 * black, one question at a time with the spread of each side's answers hidden until the facilitator
 * reveals it. Counts only, never a person; a side below the smallest group shows none.
 * Keys: Right or Page Down next, Left or Page Up back, R reveal or hide, Escape leaves.
 */
final class ProjectorView {
    private final WorkshopViewModel model;
    private final Stage stage = new Stage();
    private final Label position = new Label();
    private final Label question = new Label();
    private final Label peoplesWords = new Label();
    private final Label joined = new Label();
    private final GridPane answers = new GridPane();
    private final Button reveal = new Button();
    private final boolean fullScreen;

    ProjectorView(Window owner, WorkshopViewModel model, boolean fullScreen) {
        this.model = model;
        this.fullScreen = fullScreen;
        stage.initOwner(owner);
        stage.setTitle("Workshop – projector");
        position.getStyleClass().add("projector-position");
        position.setId("projector-position");
        question.getStyleClass().add("projector-question");
        question.setId("projector-question");
        peoplesWords.getStyleClass().add("projector-people");
        peoplesWords.setId("projector-people");
        joined.setId("projector-joined");
        for (Label label : List.of(position, question, peoplesWords, joined)) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        answers.setId("projector-answers");
        answers.setHgap(24);
        answers.setVgap(10);
        ColumnConstraints levelColumn = new ColumnConstraints();
        levelColumn.setPercentWidth(52);
        ColumnConstraints sideColumn = new ColumnConstraints();
        sideColumn.setPercentWidth(24);
        answers.getColumnConstraints().setAll(levelColumn, sideColumn, sideColumn);

        Button previous = new Button("\u25C0  Previous");
        previous.setId("projector-previous");
        previous.setAccessibleHelp("The question before (Left arrow)");
        previous.setOnAction(e -> model.previous());
        Button next = new Button("Next  \u25B6");
        next.setId("projector-next");
        next.setAccessibleHelp("The next question (Right arrow)");
        next.setOnAction(e -> model.next());
        reveal.setId("projector-reveal");
        reveal.setAccessibleHelp("Shows or hides how each side answered: counts only, never a person (R)");
        reveal.setOnAction(e -> model.toggleReveal());
        Button leave = new Button("Leave the projector view");
        leave.setId("projector-leave");
        leave.setAccessibleHelp("Back to the workshop window (Escape)");
        leave.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(16, previous, reveal, next, gap, leave);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (Button button : List.of(previous, reveal, next, leave)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        Region topGap = new Region();
        HBox.setHgrow(topGap, Priority.ALWAYS);
        HBox top = new HBox(16, position, topGap, joined);
        joined.getStyleClass().add("projector-position");
        joined.setMinWidth(Region.USE_PREF_SIZE);
        VBox body = new VBox(14, top, question, peoplesWords, answers);
        body.setPadding(new Insets(24, 48, 8, 48));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setStyle("-fx-background: black; -fx-background-color: black;");
        BorderPane root = new BorderPane(scroll);
        root.setBottom(controls);
        BorderPane.setMargin(controls, new Insets(12, 48, 28, 48));
        root.getStyleClass().add("projector");

        // Full screen on the projector; as a window (in tests), no larger than the window it belongs to.
        Scene scene = new Scene(root, Math.min(1280, owner.getWidth()), Math.min(720, owner.getHeight()));
        scene.getStylesheets().add(ProjectorView.class.getResource("app.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            KeyCode key = e.getCode();
            if (key == KeyCode.RIGHT || key == KeyCode.PAGE_DOWN) {
                model.next();
            } else if (key == KeyCode.LEFT || key == KeyCode.PAGE_UP) {
                model.previous();
            } else if (key == KeyCode.R) {
                model.toggleReveal();
            } else if (key == KeyCode.ESCAPE) {
                stage.hide();
            } else {
                return;
            }
            e.consume();
        });
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);

        InvalidationListener update = o -> update();
        model.currentProperty().addListener(update);
        model.revealedProperty().addListener(update);
        model.spreadProperty().addListener(update);
        model.organisationJoinedProperty().addListener(update);
        model.peopleJoinedProperty().addListener(update);
        update();
    }

    void show() {
        stage.show();
        stage.setFullScreen(fullScreen);
        stage.toFront();
    }

    void close() {
        stage.close();
    }

    /** For tests. */
    Stage stage() {
        return stage;
    }

    private void update() {
        Question shown = model.question();
        position.setText("Question " + (model.currentProperty().get() + 1) + " of " + model.questionCount() + "  \u00B7  "
                + model.dimensionTitle());
        question.setText(shown.text());
        boolean ownWords = shown.people().isPresent();
        peoplesWords.setVisible(ownWords);
        peoplesWords.setManaged(ownWords);
        peoplesWords.setText(ownWords ? "As people who use the service are asked: \u201c"
                + shown.people().get().text() + "\u201d" : "");
        if (!shown.askedOfPeople()) {
            peoplesWords.setVisible(true);
            peoplesWords.setManaged(true);
            peoplesWords.setText("Only the organisation is asked this question.");
        }
        joined.setText("Joined: " + model.organisationJoinedProperty().get() + " organisation, "
                + model.peopleJoinedProperty().get() + " people and carers");
        reveal.setText(model.revealedProperty().get() ? "Hide answers" : "Reveal answers");
        fillAnswers(shown);
    }

    private void fillAnswers(Question shown) {
        answers.getChildren().clear();
        List<WorkshopSession.SideSpread> spread = model.spreadProperty().get();
        answers.add(heading("Answer"), 0, 0);
        answers.add(heading("Organisation"), 1, 0);
        answers.add(heading("People and carers"), 2, 0);
        int maximum = spread.stream().filter(WorkshopSession.SideSpread::shown)
                .mapToInt(s -> Math.max(Math.max(s.dontKnow(), s.notApplicable()),
                        s.levels().stream().mapToInt(Integer::intValue).max().orElse(0)))
                .max().orElse(0);
        for (int level = 0; level <= 4; level++) {
            Label text = new Label(level + "  " + shown.levels().get(level));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("projector-level");
            answers.add(text, 0, level + 1);
        }
        Label dontKnow = new Label("Don't know");
        dontKnow.getStyleClass().add("projector-level");
        answers.add(dontKnow, 0, 6);
        if (shown.allowNotApplicable()) {
            Label notApplicable = new Label("Not applicable");
            notApplicable.getStyleClass().add("projector-level");
            answers.add(notApplicable, 0, 7);
        }
        for (WorkshopSession.SideSpread side : spread) {
            int column = side.side() == Side.ORGANISATION ? 1 : 2;
            if (side.side() == Side.PEOPLE && !shown.askedOfPeople()) {
                answers.add(note("Not asked of this side."), column, 1, 1, 5);
            } else if (!model.revealedProperty().get()) {
                answers.add(note("Hidden until you reveal them. " + side.gaveALevel() + " answered so far."), column, 1, 1, 5);
            } else if (!side.shown()) {
                answers.add(note("Fewer than " + model.minGroupSize() + " on this side have answered, so their answers"
                        + " stay hidden: no one can be picked out."), column, 1, 1, 5);
            } else {
                for (int level = 0; level <= 4; level++) {
                    answers.add(bar(side.side(), side.levels().get(level), maximum), column, level + 1);
                }
                answers.add(bar(side.side(), side.dontKnow(), maximum), column, 6);
                if (shown.allowNotApplicable()) {
                    answers.add(bar(side.side(), side.notApplicable(), maximum), column, 7);
                }
            }
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("projector-side");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("projector-level");
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setHalignment(label, HPos.LEFT);
        return label;
    }

    /** A bar as long as its share of the largest count, and the count itself, so it reads without colour. */
    private static HBox bar(Side side, int count, int maximum) {
        Region bar = new Region();
        bar.getStyleClass().add(side == Side.PEOPLE ? "projector-bar-people" : "projector-bar");
        bar.setPrefWidth(maximum == 0 ? 0 : 200.0 * count / maximum);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMaxHeight(Region.USE_PREF_SIZE);
        bar.setPrefHeight(24);
        Label number = new Label(Integer.toString(count));
        number.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, bar, number);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setAccessibleText(count + " answered this");
        return row;
    }
}
