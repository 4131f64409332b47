package org.coproduction.readiness.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import org.controlsfx.control.SearchableComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.questionnaire.ContextQuestion;
import org.coproduction.readiness.questionnaire.Dimension;
import org.coproduction.readiness.questionnaire.DimensionKind;
import org.coproduction.readiness.questionnaire.Question;

import java.util.List;
import java.util.Optional;

/**
 * The wizard, inside the main window: a step list on the left, the current step in the middle,
 * Back and Next below, and a quiet sign that answers are saved.
 */
final class WizardView extends BorderPane {
    private final WizardViewModel model;
    private final Runnable onFinished;
    private final Runnable onLeave;
    private final ListView<WizardViewModel.Step> stepList = new ListView<>();
    private final ScrollPane content = new ScrollPane();
    private final Button back = new Button("_Back");
    private final Button next = new Button("_Next");
    private final Button finish = new Button("F_inish");
    private boolean syncingList;
    /** The question to focus when the next step is shown, set by links on the review step. */
    private String pendingFocus;
    /** Saves what is being typed on the current step: run before leaving it or closing. */
    private final java.util.List<Runnable> commits = new java.util.ArrayList<>();

    /** Changing who answers: another respondent's answers, or a new person. */
    interface People {
        void answerAs(String respondentKey);

        void addPerson();

        /** Writes a personal file for one person to answer in their own copy of the program. */
        void sendToPerson();

        /** Adds the answers in personal files sent back. */
        void addAnswersFromFiles();

        /** Saves the answers of the person answering a personal file, to send back. */
        void sendBack();

        /** Saves a blank paper form for one side, to print. */
        void paperForm();

        /** Starts a workshop: everyone in a room answers on their own phone. */
        void runWorkshop();
    }

    private final People people;
    /** Whether the list of steps is beside the questions; off when the window is narrow for the text size. */
    private final javafx.beans.property.BooleanProperty stepListShown = new javafx.beans.property.SimpleBooleanProperty(true);
    /** "Step 3 of 10", shown in the header while the list of steps is aside. */
    private final Label stepPosition = new Label();
    /** The list of steps stays beside the questions while the window is at least this many ems wide. */
    private static final double EMS_FOR_STEP_LIST = 50;

    WizardView(WizardViewModel model, Runnable onFinished, Runnable onLeave, People people) {
        this.model = model;
        this.people = people;
        this.onFinished = onFinished;
        this.onLeave = onLeave;
        getStyleClass().add("wizard");
        setTop(header());
        Node steps = stepList();
        setLeft(steps);
        // In a narrow window or at large text the list of steps would squeeze the questions to a sliver:
        // it steps aside (Back, Next and the review's links still go everywhere) and the header says
        // which step this is.
        stepListShown.addListener((o, was, shown) -> setLeft(shown ? steps : null));
        widthProperty().addListener((o, was, now) -> stepListShown.set(roomForSteps()));
        stepPosition.fontProperty().addListener((o, was, now) -> stepListShown.set(roomForSteps()));
        content.setFitToWidth(true);
        content.getStyleClass().add("step-content");
        content.setFocusTraversable(false);
        setCenter(content);
        setBottom(buttons());
        model.currentIndexProperty().addListener((o, was, now) -> {
            String focus = pendingFocus;
            pendingFocus = null;
            showStep(focus);
        });
        model.answers().addListener((javafx.collections.MapChangeListener<String, Object>) c -> stepList.refresh());
        model.context().addListener((javafx.collections.MapChangeListener<String, String>) c -> stepList.refresh());
        showStep(null);
    }

    private Node header() {
        Label where = new Label(model.organisationName() + " · " + model.title());
        Label whose = new Label("Answering as " + model.respondentProperty().get().displayName());
        whose.setId("wizard-where");
        whose.getStyleClass().add("help-text");
        model.respondentProperty().addListener((o, was, now) -> whose.setText("Answering as " + now.displayName()));
        where.getStyleClass().add("wizard-title");
        // The organisation and title wrap rather than being cut when the window is narrow or the text large.
        Fit.wrapping(where);
        Fit.wrapping(whose);
        VBox top = new VBox(2, where, whose, stepPosition);
        top.setPadding(new Insets(10, 16, 10, 16));
        stepPosition.setId("step-position");
        stepPosition.getStyleClass().add("help-text");
        Fit.wrapping(stepPosition);
        stepPosition.visibleProperty().bind(stepListShown.not());
        stepPosition.managedProperty().bind(stepPosition.visibleProperty());

        Label problem = new Label();
        problem.setWrapText(true);
        problem.setId("save-problem");
        Button retry = new Button("_Try saving again");
        retry.setOnAction(e -> model.retrySaving());
        HBox banner = new HBox(12, problem, retry);
        banner.getStyleClass().add("problem-banner");
        banner.setPadding(new Insets(8, 16, 8, 16));
        banner.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(problem, Priority.ALWAYS);
        banner.visibleProperty().bind(model.saveProblemProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        problem.textProperty().bind(model.saveProblemProperty());
        return new VBox(top, banner, new Separator());
    }

    private Node stepList() {
        stepList.setId("step-list");
        stepList.setItems(model.steps());
        stepList.setPrefWidth(260);
        stepList.setAccessibleText("Steps of the assessment");
        stepList.setCellFactory(list -> new StepCell());
        stepList.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncingList && now.intValue() >= 0 && now.intValue() != model.currentIndexProperty().get()) {
                model.goTo(now.intValue());
            }
        });
        VBox box = new VBox(stepList);
        VBox.setVgrow(stepList, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 12, 12));
        return box;
    }

    /** A step's title, wrapped to the list's width, with how complete it is underneath. */
    private final class StepCell extends ListCell<WizardViewModel.Step> {
        private final Label title = new Label();
        private final Label done = new Label();
        private final VBox box = new VBox(2, title, done);

        StepCell() {
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            done.getStyleClass().add("step-progress");
            box.maxWidthProperty().bind(stepList.widthProperty().subtract(28));
            title.maxWidthProperty().bind(box.maxWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(WizardViewModel.Step step, boolean empty) {
            super.updateItem(step, empty);
            setText(null);
            if (empty || step == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            int number = getIndex() + 1;
            title.setText(number + ". " + step.title());
            String progress = model.completion(step).map(WizardView::progress).orElse("");
            done.setText(progress);
            done.setVisible(!progress.isEmpty());
            done.setManaged(!progress.isEmpty());
            setGraphic(box);
            setAccessibleText("Step " + number + ", " + step.title() + (progress.isEmpty() ? "" : ", " + progress));
        }
    }

    private static String progress(double fraction) {
        return fraction >= 1 ? "✓ All answered" : Math.round(fraction * 100) + "% answered";
    }

    private Node buttons() {
        // The save status and the way home sit with Back and Next, so the header stays short at large text.
        Label saved = new Label();
        saved.setId("save-status");
        saved.getStyleClass().add("save-status");
        saved.textProperty().bind(model.saveStatusProperty());
        saved.setAccessibleHelp("Shows whether your answers are saved");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        Button home = new Button("Go h_ome");
        home.setId("wizard-home");
        home.setOnAction(e -> onLeave.run());
        home.setAccessibleHelp("Back to the organisations and their assessments; every answer is already saved");
        home.setMinWidth(Region.USE_PREF_SIZE);
        back.setId("back");
        next.setId("next");
        finish.setId("finish");
        back.setMnemonicParsing(true);
        next.setMnemonicParsing(true);
        next.setDefaultButton(true);
        finish.setDefaultButton(true);
        back.setAccessibleHelp("Go to the previous step (Alt+B)");
        next.setAccessibleHelp("Go to the next step (Alt+N or Enter)");
        finish.setAccessibleHelp("Mark the assessment complete and see the scores (Alt+I)");
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        finish.setOnAction(e -> finish());
        finish.getStyleClass().add("accent");
        next.getStyleClass().add("accent");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        for (Button button : List.of(back, next, finish)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(10, back, home, space, saved, next, finish);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 12, 16));
        return new VBox(new Separator(), bar);
    }

    private boolean roomForSteps() {
        double em = stepPosition.getFont().getSize();
        return getWidth() <= 0 || getWidth() / em >= EMS_FOR_STEP_LIST;
    }

    /** Saves any text still being typed, so that nothing typed is lost when leaving. */
    void commitTyping() {
        commits.forEach(Runnable::run);
    }

    /**
     * Before the wizard goes away (home, another database, closing the program): saves what is
     * being typed and tries once more every change whose save failed, so nothing is dropped
     * without another attempt.
     */
    void saveBeforeLeaving() {
        commitTyping();
        model.retrySaving();
    }

    /** Builds the current step; focuses the given question when one is named. */
    private void showStep(String focusQuestion) {
        commitTyping();
        commits.clear();
        WizardViewModel.Step step = model.currentStep();
        syncingList = true;
        stepList.getSelectionModel().select(model.currentIndexProperty().get());
        syncingList = false;
        stepPosition.setText("Step " + (model.currentIndexProperty().get() + 1) + " of " + model.steps().size() + ": "
                + step.title());
        back.setDisable(model.currentIndexProperty().get() == 0);
        boolean last = step.kind() == WizardViewModel.StepKind.REVIEW;
        next.setVisible(!last);
        next.setManaged(!last);
        finish.setVisible(last);
        finish.setManaged(last);
        VBox page = new VBox(16);
        page.setPadding(new Insets(20, 28, 28, 28));
        page.setMaxWidth(900);
        page.getStyleClass().add("step-page");
        Label heading = new Label(step.title());
        heading.getStyleClass().add("step-heading");
        heading.setWrapText(true);
        page.getChildren().add(heading);
        Node focus = switch (step.kind()) {
            case INTRODUCTION -> introduction(page);
            case CONTEXT -> context(page);
            case DIMENSION -> dimension(page, step.dimension(), focusQuestion);
            case REVIEW -> review(page);
        };
        content.setContent(page);
        content.setVvalue(0);
        Node target = focus != null ? focus : (last ? finish : next);
        Runnable focusTarget = () -> {
            target.requestFocus();
            if (focusQuestion != null && focus != null) {
                scrollTo(focus);
            }
        };
        if (getScene() == null) {
            // The first step is built before the view is shown: focus it once it is in the window.
            sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                    javafx.scene.Scene was, javafx.scene.Scene now) {
                    if (now != null) {
                        sceneProperty().removeListener(this);
                        Platform.runLater(focusTarget);
                    }
                }
            });
        } else {
            Platform.runLater(focusTarget);
        }
    }

    private Node introduction(VBox page) {
        page.getChildren().addAll(
                paragraph(model.questionnaire().description()),
                paragraph("There are " + model.questionnaire().questions().size() + " questions in "
                        + model.questionnaire().dimensions().size() + " sections. Each question has five levels: pick the"
                        + " one that best describes what happens now, not what you hope for. If you are not sure, choose"
                        + " \"Don't know yet\": it goes on a list of things to find out. You can stop at any time: every"
                        + " answer is saved as you give it, and the assessment reopens where you left it."),
                paragraph("Keyboard: Tab moves between controls, Space chooses, Enter goes to the next step. On a"
                        + " question, the keys 0 to 4 choose a level, D chooses \"Don't know\" and N \"Not applicable\"."
                        + " Ctrl + and Ctrl − change the text size."));
        return null;
    }

    /**
     * The assessment's smallest group: a side's figures are shown on their own only when at least
     * this many of its people answered, so that no one's answers can be picked out.
     */
    private Node smallestGroup() {
        javafx.scene.control.Spinner<Integer> size = new javafx.scene.control.Spinner<>(
                org.coproduction.readiness.scoring.Perspectives.SMALLEST_MIN_GROUP_SIZE,
                org.coproduction.readiness.scoring.Perspectives.LARGEST_MIN_GROUP_SIZE, model.minGroupSize());
        size.setId("min-group-size");
        size.setEditable(true);
        size.setPrefWidth(90);
        size.setAccessibleText("Smallest group shown on its own");
        size.setAccessibleHelp("The figures of the organisation's side, or of the people who use the service and"
                + " carers, are shown apart only when at least this many of them answered");
        // The keyboard lands in the spinner's field, so the field carries the name and help too.
        size.getEditor().accessibleTextProperty().bind(size.accessibleTextProperty());
        size.getEditor().accessibleHelpProperty().bind(size.accessibleHelpProperty());
        size.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.setMinGroupSize(now);
            }
        });
        Label label = new Label("S_mallest group shown on its own:");
        label.setMnemonicParsing(true);
        label.setLabelFor(size);
        Fit.wrapping(label);
        Label help = new Label("The report shows each side's view (the organisation's, and that of people who use the"
                + " service and carers) on its own only when at least this many of them answered, so that no one's"
                + " answers can be picked out. 3 suits most groups.");
        Fit.wrapping(help);
        help.getStyleClass().add("help-text");
        HBox row = new HBox(10, label, size);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, help);
    }

    private Node context(VBox page) {
        page.getChildren().add(paragraph("These questions describe your organisation and the service you are looking at."
                + " They are not scored; the report prints them beside your results."));
        Respondent respondent = model.respondentProperty().get();
        ComboBox<Role> role = Dialogs.roleChoice("respondent-role", respondent.role());
        TextField name = new TextField(respondent.label());
        name.setId("respondent-name");
        name.setPromptText("Your name (optional)");
        Runnable describe = () -> model.describeRespondent(new Respondent(respondent.key(),
                role.getValue() == null ? respondent.role() : role.getValue(), name.getText().strip()));
        role.valueProperty().addListener((o, was, now) -> describe.run());
        name.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                describe.run();
            }
        });
        commits.add(describe);
        page.getChildren().add(field("Who is answering?", "Your role", role, "Your name (optional)", name));
        // Searchable: with a whole room answering, typing part of a name finds the person.
        ComboBox<Respondent> who = new SearchableComboBox<>();
        who.setId("respondent-switch");
        who.getItems().setAll(model.respondents());
        who.setValue(model.respondents().stream().filter(r -> r.key().equals(respondent.key())).findFirst().orElse(null));
        who.setConverter(Converters.showing(Respondent::displayName));
        who.setAccessibleText("Answer as");
        who.setAccessibleHelp("Each person's answers are kept apart; choose whose answers to show");
        who.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.key().equals(respondent.key())) {
                people.answerAs(now.key());
            }
        });
        Label whoLabel = new Label("Answer _as:");
        whoLabel.setMnemonicParsing(true);
        whoLabel.setLabelFor(who);
        Button another = new Button("Add another _person…");
        another.setId("respondent-add");
        another.setAccessibleHelp("Record answers from someone else, such as a volunteer or a person who uses the service");
        another.setOnAction(e -> people.addPerson());
        whoLabel.setMinWidth(Region.USE_PREF_SIZE);
        another.setMinWidth(Region.USE_PREF_SIZE);
        who.setPrefWidth(320);
        wideEnoughFor(who, model.respondents().stream().map(Respondent::displayName)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(""));
        // Wraps onto a second row at a large text size rather than squeezing the choice to "Serv…".
        javafx.scene.layout.FlowPane switcher = new javafx.scene.layout.FlowPane(10, 8, whoLabel, who, another);
        switcher.setAlignment(Pos.CENTER_LEFT);
        page.getChildren().add(switcher);
        Button send = new Button("_Send to a person…");
        send.setId("send-to-person");
        send.setAccessibleHelp("Save a file for one person to answer on their own computer, in their own words,"
                + " and send back");
        send.setOnAction(e -> people.sendToPerson());
        Button merge = new Button("Add answers from fi_les…");
        merge.setId("add-answers-from-files");
        merge.setAccessibleHelp("Add the answers in files that people sent back");
        merge.setOnAction(e -> people.addAnswersFromFiles());
        for (Button button : List.of(send, merge)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Button paper = new Button("Paper fo_rm…");
        paper.setId("paper-form");
        paper.setAccessibleHelp("Save a form to print, for someone to fill in with a pen; you type the answers in"
                + " afterwards (a level, then Enter)");
        paper.setOnAction(e -> people.paperForm());
        paper.setMinWidth(Region.USE_PREF_SIZE);
        Button workshop = new Button("Run a _workshop…");
        workshop.setId("run-workshop");
        workshop.setAccessibleHelp("Everyone in a room answers on their own phone, by scanning a QR code; you see"
                + " who has joined and can show each side's answers on a projector");
        workshop.setOnAction(e -> people.runWorkshop());
        workshop.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps onto a second row in a narrow window or at a large text size, rather than cutting a button.
        javafx.scene.layout.FlowPane elsewhere = new javafx.scene.layout.FlowPane(10, 10, send, merge, paper, workshop);
        if (model.respondents().size() == 1) {
            // A personal file: one person answers on their own computer and sends their answers back.
            Button back = new Button("Send my answers bac_k…");
            back.setId("send-back");
            back.getStyleClass().add("accent");
            back.setMinWidth(Region.USE_PREF_SIZE);
            back.setAccessibleHelp("Save your answers in a file to send back to the organisation");
            back.setOnAction(e -> people.sendBack());
            elsewhere.getChildren().add(0, back);
        }
        elsewhere.setAlignment(Pos.CENTER_LEFT);
        elsewhere.setPrefWrapLength(600);
        page.getChildren().add(elsewhere);
        page.getChildren().add(smallestGroup());

        for (ContextQuestion question : model.questionnaire().context()) {
            Label label = new Label(question.text());
            label.setWrapText(true);
            label.getStyleClass().add("field-label");
            Node input;
            String value = model.context().getOrDefault(question.id(), "");
            if (question.isFreeText()) {
                TextField text = new TextField(value);
                text.setOnAction(e -> model.answerContext(question.id(), text.getText()));
                text.focusedProperty().addListener((o, was, focused) -> {
                    if (!focused) {
                        model.answerContext(question.id(), text.getText());
                    }
                });
                commits.add(() -> model.answerContext(question.id(), text.getText()));
                input = text;
            } else {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(question.options());
                choice.setValue(value.isEmpty() ? null : value);
                choice.setPromptText("Choose one");
                // The longest answer whole in the box, rather than ending in "…" at a large text size.
                wideEnoughFor(choice, question.options().stream().max(java.util.Comparator.comparingInt(String::length))
                        .orElse(""));
                choice.valueProperty().addListener((o, was, now) -> model.answerContext(question.id(), now));
                choice.setMaxWidth(Double.MAX_VALUE);
                input = choice;
            }
            input.setId("context-" + question.id());
            ((javafx.scene.control.Control) input).setAccessibleText(question.text());
            label.setLabelFor(input);
            VBox box = new VBox(6, label, input);
            if (!question.help().isBlank()) {
                Label help = new Label(question.help());
                help.setWrapText(true);
                help.getStyleClass().add("help-text");
                ((javafx.scene.control.Control) input).setAccessibleHelp(question.help());
                box.getChildren().add(help);
            }
            page.getChildren().add(box);
        }
        return role;
    }

    /**
     * A choice never narrower than its longest item at the text size in use (a choice's own width is
     * measured from the item shown, and was cut to "Serv…" at 200%): in the style, in units of the text size.
     */
    private static void wideEnoughFor(javafx.scene.control.Control choice, String longest) {
        // About 0.6 of the text size a letter, and room for the arrow and padding.
        choice.setStyle("-fx-min-width: " + Math.ceil(longest.length() * 0.6 + 3) + "em;");
    }

    private static Node field(String heading, String firstLabel, javafx.scene.control.Control first, String secondLabel,
                              javafx.scene.control.Control second) {
        Label title = new Label(heading);
        title.getStyleClass().add("field-label");
        Label a = new Label(firstLabel);
        a.setLabelFor(first);
        first.setAccessibleText(firstLabel);
        Label b = new Label(secondLabel);
        b.setLabelFor(second);
        second.setAccessibleText(secondLabel);
        // The role's choice shows its whole name; the name goes under the role when the two do not fit side by side.
        wideEnoughFor(first, Role.values().length == 0 ? "" : java.util.Arrays.stream(Role.values()).map(Role::label)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(""));
        VBox left = new VBox(4, a, first);
        VBox right = new VBox(4, b, second);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(16, 8, left, right);
        Label note = new Label("Each person who answers is recorded separately: where several people answer, each"
                + " question's level is the average of theirs.");
        note.setWrapText(true);
        note.getStyleClass().add("help-text");
        return new VBox(6, title, row, note);
    }

    private Node dimension(VBox page, Dimension dimension, String focusQuestion) {
        Label kind = new Label(dimension.kind() == DimensionKind.CAPABILITY ? "Capability" : "Barrier to overcome");
        kind.getStyleClass().addAll("dimension-kind", dimension.kind().code());
        page.getChildren().addAll(kind, paragraph(dimension.summary()));
        List<Question> questions = model.questionsOf(dimension);
        Node focus = null;
        List<QuestionCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionCard card = new QuestionCard(model.questionnaire(), questions.get(i), i + 1, questions.size(), model);
            cards.add(card);
            int index = i;
            card.onEnterGoTo(() -> {
                if (index + 1 >= cards.size()) {
                    return false;
                }
                Node next = cards.get(index + 1).firstChoice();
                next.requestFocus();
                scrollTo(next);
                return true;
            });
            page.getChildren().add(card);
            commits.add(card::commitTyping);
            if (i == 0 || questions.get(i).id().equals(focusQuestion)) {
                focus = card.firstChoice();
            }
        }
        return focus;
    }

    private Node review(VBox page) {
        int unanswered = model.unansweredCount();
        page.getChildren().add(paragraph(unanswered == 0
                ? "Every question has an answer. Check the flagged and \"don't know\" questions below, then finish."
                : unanswered + " question" + (unanswered == 1 ? " has" : "s have") + " no answer yet. You can go back to"
                        + " them, or finish now: sections with fewer than half their questions answered are marked"
                        + " \"Insufficient evidence\" in the results."));
        for (WizardViewModel.Gaps gaps : model.gaps()) {
            VBox section = new VBox(4);
            section.getStyleClass().add("review-section");
            section.setId("review-" + gaps.dimension().id());
            int total = model.questionsOf(gaps.dimension()).size();
            Label title = new Label(gaps.dimension().title() + " — " + (total - gaps.unanswered().size()) + " of " + total
                    + " answered");
            title.getStyleClass().add("review-heading");
            Fit.wrapping(title);
            section.getChildren().add(title);
            if (gaps.isEmpty()) {
                section.getChildren().add(new Label("Nothing to look at again."));
            }
            for (var group : List.of(
                    new Object[] {"Unanswered", gaps.unanswered()},
                    new Object[] {"Marked \"review later\"", gaps.flagged()},
                    new Object[] {"\"Don't know\"", gaps.dontKnow()})) {
                @SuppressWarnings("unchecked")
                List<Question> questions = (List<Question>) group[1];
                for (Question question : questions) {
                    Hyperlink link = new Hyperlink(group[0] + ": " + model.wording(question).text());
                    link.setId("gap-" + question.id());
                    Fit.wrapping(link);
                    // As wide as the section, no wider: the question wraps inside it.
                    link.setMaxWidth(Double.MAX_VALUE);
                    link.setMinWidth(0);
                    link.setPrefWidth(0);
                    link.setAccessibleHelp("Go to this question");
                    link.setOnAction(e -> {
                        pendingFocus = question.id();
                        model.goToQuestion(question.id());
                    });
                    section.getChildren().add(link);
                }
            }
            page.getChildren().add(section);
        }
        return null;
    }

    private void finish() {
        int unanswered = model.unansweredCount();
        if (unanswered > 0) {
            Alert warning = new Alert(Alert.AlertType.CONFIRMATION);
            warning.initOwner(getScene().getWindow());
            Dialogs.fitTo(warning, getScene().getWindow());
            warning.setTitle("Finish with gaps?");
            warning.setHeaderText(unanswered + " question" + (unanswered == 1 ? " is" : "s are") + " still unanswered");
            warning.setContentText("You can finish now and come back later. Sections with fewer than half their"
                    + " questions answered will show \"Insufficient evidence\", and the overall score will be marked"
                    + " provisional.");
            ButtonType finishAnyway = new ButtonType("Finish anyway", ButtonBar.ButtonData.OK_DONE);
            ButtonType goBack = new ButtonType("Keep answering", ButtonBar.ButtonData.CANCEL_CLOSE);
            warning.getButtonTypes().setAll(goBack, finishAnyway);
            ((Button) warning.getDialogPane().lookupButton(goBack)).setDefaultButton(true);
            ((Button) warning.getDialogPane().lookupButton(finishAnyway)).setDefaultButton(false);
            Optional<ButtonType> choice = warning.showAndWait();
            if (choice.isEmpty() || choice.get() != finishAnyway) {
                return;
            }
        }
        finish.setDisable(true);
        model.finish(onFinished, failure -> {
            finish.setDisable(false);
            model.saveProblemProperty().set(UserMessages.of(failure));
        });
    }

    private void scrollTo(Node node) {
        Node card = node;
        while (card != null && !(card instanceof QuestionCard)) {
            card = card.getParent();
        }
        if (card == null) {
            return;
        }
        double contentHeight = content.getContent().getBoundsInLocal().getHeight();
        double viewport = content.getViewportBounds().getHeight();
        double y = card.getBoundsInParent().getMinY();
        if (contentHeight > viewport) {
            content.setVvalue(Math.min(1, y / (contentHeight - viewport)));
        }
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        Fit.wrapping(label);
        label.getStyleClass().add("paragraph");
        return label;
    }
}
