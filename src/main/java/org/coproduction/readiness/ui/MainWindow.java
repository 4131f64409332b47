package org.coproduction.readiness.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.MaskerPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.coproduction.readiness.common.AppInfo;
import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.service.ExportActionPlan;
import org.coproduction.readiness.service.ExportAssessment;
import org.coproduction.readiness.service.ExportHistory;
import org.coproduction.readiness.service.ExportReport;
import org.coproduction.readiness.service.FileNames;
import org.coproduction.readiness.service.ImportAssessments;
import org.coproduction.readiness.service.ImportRefused;
import org.coproduction.readiness.service.Respondents;
import org.coproduction.readiness.service.StartAssessment;
import org.coproduction.readiness.service.PersonalFile;
import org.coproduction.readiness.service.MergeAnswers;
import org.coproduction.readiness.service.MergeRefused;
import org.coproduction.readiness.service.PaperForms;
import org.coproduction.readiness.service.Workspace;
import org.coproduction.readiness.service.WorkshopServer;
import org.coproduction.readiness.service.WorkshopSession;
import org.coproduction.readiness.assessment.Action;
import org.coproduction.readiness.assessment.ActionLink;
import org.coproduction.readiness.assessment.ActionSource;
import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.assessment.AssessmentStatus;
import org.coproduction.readiness.assessment.AssessmentSummary;
import org.coproduction.readiness.assessment.Organisation;
import org.coproduction.readiness.assessment.Respondent;
import org.coproduction.readiness.assessment.Side;
import org.coproduction.readiness.assessment.Role;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.questionnaire.Questionnaire;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.report.Report;
import org.coproduction.readiness.store.InstanceLock;
import org.coproduction.readiness.store.StoreException;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The main window and what moves between its screens: home (or welcome), the wizard, the scores.
 * It owns the open database for as long as the window is open.
 */
public final class MainWindow implements HomeView.Actions {
    private final Stage stage;
    private final Appearance appearance;
    private final Background background;
    private final Notices notices;
    /** Shows a folder in the system's file manager; set by the program, nothing in tests. */
    private Consumer<Path> openFolder = folder -> { };
    /** Reads the question banks: at each opening, on the database thread, so the window shows at once. */
    private final Supplier<QuestionnaireLibrary> banks;
    private QuestionnaireLibrary library;
    private Path databaseFile;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private Workspace workspace;
    private InstanceLock lock;
    private HomeViewModel home;
    private HomeView homeView;
    private WizardViewModel wizard;
    /** The running workshop's window; at most one at a time. */
    private WorkshopWindow workshop;
    /** Whether a workshop is being started on the database thread (its window not yet shown). */
    private boolean workshopStarting;
    private InetAddress workshopAddress;
    /** The port a workshop asks for first (docs/workshop.md). */
    static final int WORKSHOP_PORT = 8090;

    public MainWindow(Stage stage, Appearance appearance, Background background, Supplier<QuestionnaireLibrary> banks,
                      Path databaseFile) {
        this.stage = stage;
        this.appearance = appearance;
        this.background = background;
        this.notices = new Notices(stage, folder -> openFolder.accept(folder));
        this.banks = banks;
        this.databaseFile = databaseFile;
        root.setTop(menus());
        root.setCenter(content);
        appearance.bindTextSize(root);
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        textSizeKeys(scene);
        stage.setScene(scene);
        stage.setTitle(AppInfo.NAME);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
    }

    /** Opens the database on the database thread, then shows home, welcome or what went wrong. */
    public void openDatabase() {
        show(busy("Opening your assessments…"));
        Path file = databaseFile;
        background.run(() -> {
            QuestionnaireLibrary loaded = banks.get();
            InstanceLock taken = InstanceLock.acquire(file);
            try {
                Workspace opened = Workspace.open(file, loaded);
                if (Files.exists(file) && !Files.isWritable(file)) {
                    opened.close();
                    throw new StoreException(StoreException.Kind.READ_ONLY, "The database " + file + " is read-only, so"
                            + " answers could not be saved. Copy it to a folder you can write to, or choose another"
                            + " file.");
                }
                return Map.entry(opened, taken);
            } catch (RuntimeException e) {
                taken.close();
                throw e;
            }
        }, opened -> {
            workspace = opened.getKey();
            library = workspace.library();
            lock = opened.getValue();
            home = new HomeViewModel(workspace, background);
            homeView = new HomeView(home, this);
            open.set(true);
            showHome();
            workspace.database().upgradeNotice().ifPresent(notice -> Dialogs.information(stage,
                    "Your database was upgraded", notice));
            if (!library.problems().isEmpty()) {
                Dialogs.problem(stage, "Some question banks could not be used", library.problems().stream()
                        .map(Problem::message).reduce((a, b) -> a + "\n" + b).orElse(""));
            }
        }, failure -> show(new ProblemView("Your assessments could not be opened", UserMessages.of(failure),
                this::openDatabase, this::chooseDatabase, this::quit)));
    }

    /** Home when there are organisations, else the welcome screen. */
    public void showHome() {
        if (home == null) {
            // No database open (one is being closed or opened): that screen comes when it is.
            return;
        }
        wizard = null;
        home.load(any -> {
            if (any) {
                show(homeView);
                homeView.focusList();
            } else {
                WelcomeView welcome = new WelcomeView(this::newOrganisation, this::loadDemo);
                // At large text on a small screen the welcome is taller than the window: it scrolls.
                javafx.scene.control.ScrollPane page = new javafx.scene.control.ScrollPane(welcome);
                page.setFitToWidth(true);
                page.getStyleClass().add("welcome-page");
                show(page);
                welcome.focusStart();
            }
        }, this::problem);
    }

    private void show(Node screen) {
        leaveWizard();
        content.getChildren().setAll(screen);
        forgetMnemonicsOfHiddenScreens();
    }

    /**
     * JavaFX keeps the Alt-key mnemonics of buttons that have left the window; two buttons with
     * the same letter then make Alt+letter move the focus instead of pressing the button. Only
     * the buttons on screen keep theirs.
     */
    private void forgetMnemonicsOfHiddenScreens() {
        Scene scene = stage.getScene();
        for (var mnemonics : scene.getMnemonics().values()) {
            mnemonics.removeIf(m -> m.getNode().getScene() != scene);
        }
        // An empty entry still matches the key and stops the search for the live one.
        scene.getMnemonics().values().removeIf(java.util.List::isEmpty);
    }

    /** Saves what is still being typed in the wizard, and retries what failed, before it goes away. */
    private void leaveWizard() {
        for (Node shown : content.getChildren()) {
            if (shown instanceof WizardView view) {
                view.saveBeforeLeaving();
            }
        }
    }

    /** The screen shown while work runs: ControlsFX's masker, with the words and a turning wheel. */
    private MaskerPane busy(String text) {
        MaskerPane busy = new MaskerPane();
        busy.setText(text);
        busy.getStyleClass().add("busy");
        return busy;
    }

    /** The same, following how far the task has got: a filling wheel and what it is doing. */
    private MaskerPane busy(String text, javafx.concurrent.Task<?> task) {
        MaskerPane busy = busy(text);
        busy.progressProperty().bind(task.progressProperty());
        busy.textProperty().bind(javafx.beans.binding.Bindings.when(task.messageProperty().isEmpty())
                .then(text).otherwise(task.messageProperty()));
        return busy;
    }

    // Home actions ---------------------------------------------------------------------------------

    @Override
    public void newOrganisation() {
        Dialogs.organisation(stage, null).ifPresent(organisation -> query(
                ws -> ws.organisations().add(organisation), this::startAssessment, this::problem));
    }

    @Override
    public void editOrganisation(Organisation organisation) {
        Dialogs.organisation(stage, organisation).ifPresent(changed -> change(
                ws -> ws.organisations().update(changed), this::showHome, this::problem));
    }

    @Override
    public void startAssessment(Organisation organisation) {
        List<Questionnaire> banks = library.newest();
        Dialogs.newAssessment(stage, organisation, banks).ifPresentOrElse(choice -> query(
                ws -> StartAssessment.run(ws, organisation, choice.questionnaire(), choice.title(),
                        choice.assessedOn(), choice.role(), choice.name()),
                this::showWizard, this::problem), this::showHome);
    }

    @Override
    public void open(AssessmentSummary assessment) {
        if (assessment.status() == AssessmentStatus.COMPLETE) {
            showScores(assessment.id());
        } else {
            showWizard(assessment.id());
        }
    }

    @Override
    public void report(AssessmentSummary assessment) {
        showScores(assessment.id());
    }

    @Override
    public void history(Organisation organisation) {
        show(busy("Gathering the history…"));
        // Read on the database thread; the screen (a chart) is built on the JavaFX thread.
        query(ws -> {
            List<Workspace.HistoryEntry> entries = ws.history(organisation.id());
            return Map.entry(entries, ws.historyBank(entries));
        }, history -> show(new HistoryView(organisation, history.getKey(), history.getValue(), this::showHome,
                (earlier, later) -> compare(organisation, earlier, later), () -> exportHistory(organisation))), failure -> {
            showHome();
            problem(failure);
        });
    }

    @Override
    public void actionPlan(Organisation organisation) {
        show(busy("Opening the action plan…"));
        query(ws -> ws.actions().listFor(organisation.id()), actions -> {
            Questionnaire bank = planBank(actions);
            ActionPlanView view = new ActionPlanView(organisation, actions, bank, new ActionPlanView.Actions() {
                @Override
                public void edit(Action action) {
                    Dialogs.action(stage, org.coproduction.readiness.report.ReportBuilder.about(action, bank), action)
                            .ifPresent(changed -> change(ws -> ws.actions().update(changed),
                                    () -> actionPlan(organisation), MainWindow.this::problem));
                }

                @Override
                public void setStatus(Action action, org.coproduction.readiness.assessment.ActionStatus status) {
                    change(ws -> ws.actions().setStatus(action.id(), status),
                            () -> actionPlan(organisation), MainWindow.this::problem);
                }

                @Override
                public void delete(Action action) {
                    if (Dialogs.confirm(stage, "Delete action", "Delete \"" + action.description() + "\"?",
                            "It will be removed from the plan. To keep a record, mark it as dropped instead.",
                            "Delete action")) {
                        change(ws -> ws.actions().delete(action.id()), () -> actionPlan(organisation),
                                MainWindow.this::problem);
                    }
                }

                @Override
                public void exportCsv() {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Export the action plan");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Spreadsheet (*.csv)", "*.csv"));
                    chooser.setInitialFileName(FileNames.actionPlanCsv(organisation.name()));
                    File file = chooser.showSaveDialog(stage);
                    if (file == null) {
                        return;
                    }
                    background.run(() -> ExportActionPlan.run(organisation, actions, bank, file.toPath()),
                            () -> notices.fileWritten("Action plan exported", file.toPath()), MainWindow.this::problem);
                }

                @Override
                public void home() {
                    showHome();
                }
            });
            show(view);
            view.focusTable();
        }, failure -> {
            showHome();
            problem(failure);
        });
    }

    /** The bank most of the plan refers to, for showing what each action is about. */
    private Questionnaire planBank(List<Action> actions) {
        return actions.stream().map(Action::questionnaireId).findFirst()
                .flatMap(id -> library.newest().stream().filter(q -> q.id().equals(id)).findFirst())
                .orElse(library.newest().get(0));
    }

    /** Saves an organisation's history as one Excel workbook, where the person chooses. */
    private void exportHistory(Organisation organisation) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the history as an Excel workbook");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"));
        chooser.setInitialFileName(FileNames.historyWorkbook(organisation.name()));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            // A name typed without its ending still makes a file a spreadsheet program opens.
            Path target = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".xlsx");
            exportHistory(organisation, target);
        }
    }

    /** Writes the history workbook on the database thread and says where it is. */
    void exportHistory(Organisation organisation, Path target) {
        change(ws -> ExportHistory.run(ws, organisation, target),
                () -> notices.fileWritten("History saved as an Excel workbook", target), this::problem);
    }

    /** Compares two assessments; assessments that cannot be compared get the reason, and stay on the history. */
    void compare(Organisation organisation, AssessmentSummary earlier, AssessmentSummary later) {
        AssessmentSummary first = earlier.assessedOn().isAfter(later.assessedOn()) ? later : earlier;
        AssessmentSummary second = first == earlier ? later : earlier;
        query(ws -> {
                    Report report = ws.report(second.id(), java.util.Optional.of(first.id()), LocalDate.now());
                    // The sides' gaps in the earlier assessment, to set beside the report's own (later) ones.
                    Assessment before = ws.loadExisting(first.id());
                    return Map.entry(report, Workspace.perspectives(ws.questionnaireOf(before.questionnaire()), before)
                            .gaps());
                },
                compared -> show(new CompareView(compared.getKey(), compared.getValue(), () -> history(organisation),
                        () -> showReport(compared.getKey(), second.id(), () -> compare(organisation, first, second)))),
                failure -> Dialogs.problem(stage, "These two cannot be compared", failure instanceof
                        org.coproduction.readiness.comparison.NotComparableException ? failure.getMessage()
                        : UserMessages.of(failure)));
    }

    @Override
    public void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import assessments");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Assessment files (*.json)", "*.json"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList(), false);
        }
    }

    /** Imports the files: all of them, or none when any is refused (then every problem is shown). */
    void importPaths(List<Path> files, boolean demo) {
        Workspace current = workspace;
        if (current == null) {
            return;
        }
        javafx.concurrent.Task<List<Long>> importing = background.runWithProgress(
                progress -> ImportAssessments.run(current, files, progress), ids -> {
            if (workspace != current) {
                return;
            }
            showHome();
            if (!demo) {
                notices.done("Imported " + ids.size() + " assessment" + (ids.size() == 1 ? "" : "s"),
                        "They are listed under their organisations.");
            }
        }, failure -> {
            showHome();
            if (failure instanceof ImportRefused refused) {
                Dialogs.problem(stage, "Nothing was imported", "These files could not be imported. Nothing in your"
                        + " assessments was changed.\n\n" + refused.problems().stream().map(Problem::message)
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
            } else {
                problem(failure);
            }
        });
        show(busy(demo ? "Loading the demo data…" : "Importing " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                + "…", importing));
    }

    private void loadDemo() {
        try {
            importPaths(BuiltInFiles.jsonFiles("seeds"), true);
        } catch (IOException e) {
            problem(e);
        }
    }

    @Override
    public void export(AssessmentSummary summary) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export assessment");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("Assessment file to share or keep (*.json)", "*.json");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("Spreadsheet, one row per answer (*.csv)", "*.csv");
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(
                "Excel workbook: scores, answers, priorities, action plan (*.xlsx)", "*.xlsx");
        chooser.getExtensionFilters().setAll(json, csv, xlsx);
        chooser.setInitialFileName(FileNames.safe(summary.organisation().name(), summary.assessedOn()) + ".json");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        String name = file.getName().toLowerCase();
        ExportAssessment.Format format = name.endsWith(".xlsx") ? ExportAssessment.Format.XLSX
                : name.endsWith(".csv") ? ExportAssessment.Format.CSV
                : name.endsWith(".json") ? ExportAssessment.Format.JSON
                : chooser.getSelectedExtensionFilter() == xlsx ? ExportAssessment.Format.XLSX
                : chooser.getSelectedExtensionFilter() == csv ? ExportAssessment.Format.CSV : ExportAssessment.Format.JSON;
        // A name typed without its ending gets the one of the kind of file chosen, so that it opens in its program.
        Path target = name.matches(".*\\.(xlsx|csv|json)") ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.name().toLowerCase());
        change(ws -> ExportAssessment.run(ws, summary.id(), format, target),
                () -> notices.fileWritten("Assessment exported", target), this::problem);
    }

    @Override
    public void runWorkshop(AssessmentSummary assessment) {
        runWorkshop(assessment.id(), assessment.organisation().name() + ", " + assessment.title());
    }

    @Override
    public void delete(HomeView.Item item) {
        if (item.isAssessment()) {
            AssessmentSummary summary = item.assessment().summary();
            if (Dialogs.confirm(stage, "Delete assessment", "Delete \"" + summary.title() + "\" of "
                    + summary.organisation().name() + "?", "All its answers and notes will be deleted. This cannot be"
                    + " undone. You may want to export it first.", "Delete assessment")) {
                change(ws -> ws.assessments().delete(summary.id()), this::showHome, this::problem);
            }
        } else {
            Organisation organisation = item.organisation();
            if (Dialogs.confirm(stage, "Delete organisation", "Delete " + organisation.name() + " and all its"
                    + " assessments?", "Every assessment, answer and note of this organisation will be deleted. This"
                    + " cannot be undone.", "Delete organisation")) {
                change(ws -> ws.organisations().delete(organisation.id()), this::showHome, this::problem);
            }
        }
    }

    // Wizard and scores ----------------------------------------------------------------------------

    void showWizard(long assessmentId) {
        showWizard(assessmentId, null);
    }

    /** Opens the wizard with one person's answers: the first person's when none is named. */
    void showWizard(long assessmentId, String respondentKey) {
        show(busy("Opening the assessment…"));
        query(ws -> {
            Assessment assessment = ws.load(assessmentId).orElseThrow(() -> new StoreException(
                    StoreException.Kind.REJECTED, "This assessment no longer exists."));
            if (assessment.respondents().isEmpty()) {
                Respondents.addNext(ws, assessmentId, Role.OTHER, "");
                assessment = ws.load(assessmentId).orElseThrow();
            }
            ws.questionnaireOf(assessment.questionnaire());
            return new WizardStart(assessment, ws.assessments().currentStep(assessmentId),
                    ws.actions().openByQuestion(assessment.organisation().id(), assessment.questionnaire().id()));
        }, loaded -> {
            Assessment assessment = loaded.assessment();
            String key = assessment.respondents().stream().map(Respondent::key).filter(k -> k.equals(respondentKey))
                    .findFirst().orElse(assessment.respondents().get(0).key());
            wizard = new WizardViewModel(workspace, background, assessment, key, loaded.step(), loaded.openActions());
            show(new WizardView(wizard, () -> showScores(assessmentId), this::showHome, new WizardView.People() {
                @Override
                public void answerAs(String other) {
                    showWizard(assessmentId, other);
                }

                @Override
                public void sendToPerson() {
                    Optional<Respondent> person = Dialogs.personToSendTo(stage, assessment.respondents());
                    if (person.isEmpty()) {
                        return;
                    }
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Save a personal file");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Personal file (*.json)", "*.json"));
                    chooser.setInitialFileName(FileNames.safe(assessment.organisation().name() + " "
                            + (person.get().label().isBlank() ? person.get().role().label() : person.get().label()))
                            + ".json");
                    File file = chooser.showSaveDialog(stage);
                    if (file != null) {
                        MainWindow.this.sendToPerson(assessmentId, person.get(), file.toPath());
                    }
                }

                @Override
                public void sendBack() {
                    Respondent me = wizard.respondentProperty().get();
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Send my answers back");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Personal file (*.json)", "*.json"));
                    chooser.setInitialFileName(FileNames.safe(assessment.organisation().name() + " answers "
                            + (me.label().isBlank() ? me.role().label() : me.label())) + ".json");
                    File file = chooser.showSaveDialog(stage);
                    if (file != null) {
                        MainWindow.this.sendToPerson(assessmentId, me, file.toPath());
                    }
                }

                @Override
                public void paperForm() {
                    javafx.scene.control.ChoiceDialog<String> which = new javafx.scene.control.ChoiceDialog<>(
                            PEOPLES_FORM, PEOPLES_FORM, ORGANISATIONS_FORM);
                    which.initOwner(stage);
                    Dialogs.fitTo(which, stage);
                    which.setTitle("Paper form");
                    which.setHeaderText("Who is the form for?");
                    which.setContentText("Form:");
                    Optional<String> chosen = which.showAndWait();
                    if (chosen.isEmpty()) {
                        return;
                    }
                    Side side = chosen.get().equals(PEOPLES_FORM) ? Side.PEOPLE : Side.ORGANISATION;
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Save the paper form");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
                    chooser.setInitialFileName(FileNames.safe(assessment.organisation().name() + " form "
                            + side.code()) + ".pdf");
                    File file = chooser.showSaveDialog(stage);
                    if (file != null) {
                        MainWindow.this.paperForm(assessmentId, side, file.toPath());
                    }
                }

                @Override
                public void runWorkshop() {
                    MainWindow.this.runWorkshop(assessmentId, assessment.organisation().name() + ", " + assessment.title());
                }

                @Override
                public void addAnswersFromFiles() {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle("Add answers from files");
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Personal files (*.json)", "*.json"));
                    List<File> files = chooser.showOpenMultipleDialog(stage);
                    if (files != null && !files.isEmpty()) {
                        MainWindow.this.addAnswersFromFiles(assessmentId, files.stream().map(File::toPath).toList());
                    }
                }

                @Override
                public void addPerson() {
                    Dialogs.respondent(stage).ifPresent(person -> query(
                            ws -> Respondents.addNext(ws, assessmentId, person.role(), person.label()),
                            newKey -> showWizard(assessmentId, newKey), MainWindow.this::problem));
                }
            }));
        }, failure -> {
            showHome();
            problem(failure);
        });
    }

    /**
     * Writes a personal file: for a person already listed (key given), or for a new one, who is
     * added first. The wizard reopens so a new person shows in the list.
     */
    void sendToPerson(long assessmentId, Respondent person, Path target) {
        String current = wizard == null ? null : wizard.respondentProperty().get().key();
        query(ws -> person.key().isEmpty()
                        ? PersonalFile.writeForNew(ws, assessmentId, person.role(), person.label(), target)
                        : PersonalFile.write(ws, assessmentId, person.key(), target),
                written -> {
                    notices.fileWritten("Personal file for " + PersonalFile.describe(written), target);
                    showWizard(assessmentId, current);
                }, this::problem);
    }

    private static final String PEOPLES_FORM = "A person who uses the service, or a carer";
    private static final String ORGANISATIONS_FORM = "Someone from the organisation (manager, trustee, staff, volunteer)";

    /** Writes a blank paper form for one side, to print, and says where it is. */
    void paperForm(long assessmentId, Side side, Path target) {
        change(ws -> PaperForms.write(ws, assessmentId, side, target),
                () -> notices.fileWritten("Paper form saved", target), this::problem);
    }

    /** Adds the answers in personal files, all or none, then shows what was added. */
    void addAnswersFromFiles(long assessmentId, List<Path> files) {
        addAnswersFromFiles(assessmentId, files, false);
    }

    /**
     * As above; {@code force} adds files collected for another assessment (their uid differs),
     * which the person is asked about first.
     */
    private void addAnswersFromFiles(long assessmentId, List<Path> files, boolean force) {
        String current = wizard == null ? null : wizard.respondentProperty().get().key();
        query(ws -> MergeAnswers.run(ws, assessmentId, files, false, force), merged -> {
            int people = merged.files().stream().mapToInt(f -> f.added().size()).sum();
            List<String> warnings = new ArrayList<>(merged.warnings());
            merged.files().forEach(f -> warnings.addAll(f.warnings()));
            notices.done("Answers added from " + files.size() + " file" + (files.size() == 1 ? "" : "s"),
                    people + (people == 1 ? " person's" : " people's") + " answers were added."
                            + (warnings.isEmpty() ? "" : "\n" + String.join("\n", warnings)));
            showWizard(assessmentId, current);
        }, failure -> {
            if (failure instanceof MergeRefused refused && !force
                    && refused.problems().stream().allMatch(p -> p.place().equals("$.assessment.uid"))) {
                // Only refused for being collected for another assessment: ask, as the command line's --force does.
                if (Dialogs.confirm(stage, "Add answers from files", "These answers were collected for another assessment",
                        "The file" + (files.size() == 1 ? " was" : "s were") + " made for a different assessment (or a"
                                + " copy of this one). Add the answers to this assessment all the same?",
                        "Add them all the same")) {
                    addAnswersFromFiles(assessmentId, files, true);
                }
            } else if (failure instanceof MergeRefused refused) {
                Dialogs.problem(stage, "No answers were added", "These files could not be added. Nothing in the"
                        + " assessment was changed.\n\n" + refused.problems().stream().map(Problem::message)
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
            } else {
                problem(failure);
            }
        });
    }

    /**
     * Starts a workshop for a draft assessment (docs/workshop.md): the session does its database work
     * on the window's one database thread, the server listens on every interface (loopback only in
     * tests), and the facilitator's window shows how to join. Ending it shows the wizard again, with
     * the people who joined.
     */
    void runWorkshop(long assessmentId, String title) {
        if (workshopStarting || workshop != null && workshop.isShowing()) {
            // One workshop at a time: a second press while one starts or runs brings its window forward.
            if (workshop != null) {
                workshop.stage().toFront();
            }
            return;
        }
        Workspace current = workspace;
        if (current == null) {
            return;
        }
        workshopStarting = true;
        String respondent = wizard == null ? null : wizard.respondentProperty().get().key();
        InetAddress listenOn = workshopAddress;
        java.util.concurrent.Executor databaseThread = background.databaseThread();
        background.run(() -> {
            WorkshopSession session = WorkshopSession.openHere(current, assessmentId, databaseThread);
            WorkshopServer server = new WorkshopServer(session);
            try {
                startServer(server, listenOn);
            } catch (IOException e) {
                session.close();
                throw new StoreException(StoreException.Kind.REJECTED, "The workshop could not start: this computer"
                        + " did not let it wait for phones on the network (" + e.getMessage() + "). Another program,"
                        + " or another copy of this one, may be running a workshop: close it and try again.");
            }
            return new RunningWorkshop(session, server);
        }, started -> {
            workshopStarting = false;
            if (workspace != current) {
                // Another database was opened meanwhile: this workshop belongs to the one closed.
                stopWorkshop(started);
                return;
            }
            try {
                workshop = new WorkshopWindow(stage, appearance, new WorkshopViewModel(started.session(),
                        started.server()), title, listenOn == null, () -> {
                    workshop = null;
                    stopWorkshop(started);
                    Platform.runLater(() -> {
                        // The wizard lists who joined, unless the database was closed or changed meanwhile.
                        if (workspace == current && wizard != null && wizard.assessmentId() == assessmentId) {
                            showWizard(assessmentId, respondent);
                        }
                    });
                });
                workshop.show();
            } catch (RuntimeException e) {
                workshop = null;
                stopWorkshop(started);
                problem(e);
            }
        }, failure -> {
            workshopStarting = false;
            problem(failure);
        });
    }

    /**
     * Ends a workshop: the session refuses every phone at once (so nothing more is queued for a
     * database about to close), then the server stops, waiting for requests under way (a second at
     * most), off the JavaFX thread.
     */
    private static void stopWorkshop(RunningWorkshop running) {
        running.session().close();
        Thread stopping = new Thread(running.server()::stop, "workshop-stop");
        stopping.setDaemon(true);
        stopping.start();
    }

    /** A workshop's session and its server, started together on the database thread. */
    private record RunningWorkshop(WorkshopSession session, WorkshopServer server) {
    }

    /** Where the workshop listens: every interface, so phones reach it; loopback in tests. */
    private static void startServer(WorkshopServer server, InetAddress listenOn) throws IOException {
        if (listenOn == null) {
            // A fixed port first, so the address stays the same from one workshop to the next; any free one else.
            try {
                server.start(WORKSHOP_PORT);
                return;
            } catch (IOException taken) {
                server.start(0);
                return;
            }
        }
        server.start(listenOn, 0);
    }

    /**
     * For tests: workshops listen on this address only (loopback) instead of every interface, and the
     * projector stays a window, since the headless toolkit (Monocle) fails on keys pressed in full screen.
     */
    void workshopsForTests(InetAddress address) {
        this.workshopAddress = address;
    }

    /** For tests: the running workshop's window, if any. */
    WorkshopWindow workshop() {
        return workshop;
    }

    /** What the wizard needs, read in one go on the database thread. */
    private record WizardStart(Assessment assessment, String step, Map<String, List<Action>> openActions) {
    }

    void showScores(long assessmentId) {
        wizard = null;
        show(busy("Working out the scores…"));
        query(ws -> ws.report(assessmentId, java.util.Optional.empty(), LocalDate.now()),
                report -> showReport(report, assessmentId, () -> showScores(assessmentId)), failure -> {
                    showHome();
                    problem(failure);
                });
    }

    /**
     * Writes the report on screen to a file off the JavaFX thread. The report is already made, so
     * no database work is left: the task runs on its own thread, as printing does.
     */
    private static javafx.concurrent.Task<?> exportReport(org.coproduction.readiness.report.Report report,
                                                         ExportReport.Format format, File target) {
        return Printing.started(new javafx.concurrent.Task<Void>() {
            @Override
            protected Void call() {
                ExportReport.write(report, format, target.toPath());
                return null;
            }
        });
    }

    private void showReport(org.coproduction.readiness.report.Report report, long assessmentId, Runnable reload) {
        show(new ReportView(report, new ReportView.Actions() {
            @Override
            public void home() {
                showHome();
            }

            @Override
            public void reviewAnswers() {
                showWizard(assessmentId);
            }

            @Override
            public javafx.concurrent.Task<?> exportPdf(File target) {
                return exportReport(report, ExportReport.Format.PDF, target);
            }

            @Override
            public javafx.concurrent.Task<?> exportWord(File target) {
                return exportReport(report, ExportReport.Format.WORD, target);
            }

            @Override
            public javafx.concurrent.Task<?> print() {
                return Printing.print(stage, report);
            }

            @Override
            public void saved(String title, Path file) {
                notices.fileWritten(title, file);
            }

            @Override
            public void addAction(String questionId, String suggestion) {
                query(ws -> ws.assessments().summary(assessmentId).orElseThrow(), summary -> {
                    Questionnaire bank = workspace.questionnaireOf(summary.questionnaire());
                    Action draft = Action.of(summary.organisation().id(), bank.id(), ActionLink.question(questionId),
                            suggestion).withSource(java.util.Optional.of(ActionSource.of(summary)));
                    String about = bank.question(questionId).map(q -> q.text()).orElse(questionId);
                    Dialogs.action(stage, about, draft).ifPresent(action -> change(
                            ws -> ws.actions().add(action), reload, MainWindow.this::problem));
                }, MainWindow.this::problem);
            }
        }));
    }

    // Menus and keys -------------------------------------------------------------------------------

    private MenuBar menus() {
        MenuItem newOrganisation = item("_New organisation…", "Shortcut+N", this::newOrganisation);
        MenuItem importItem = item("_Import assessments…", "Shortcut+I", this::importFiles);
        MenuItem backup = item("_Back up the database…", null, this::backup);
        MenuItem another = item("_Open another database…", null, this::chooseDatabase);
        MenuItem home = item("Go _home", "Shortcut+H", () -> {
            if (open.get()) {
                showHome();
            }
        });
        for (MenuItem needsDatabase : List.of(newOrganisation, importItem, backup, home)) {
            needsDatabase.disableProperty().bind(open.not());
        }
        Menu file = new Menu("_File", null, newOrganisation, importItem, new SeparatorMenuItem(), backup, another,
                new SeparatorMenuItem(), home, new SeparatorMenuItem(), item("_Quit", "Shortcut+Q", this::quit));

        Menu view = new Menu("_View", null,
                item("_Larger text", "Shortcut+Plus", appearance::larger),
                item("_Smaller text", "Shortcut+Minus", appearance::smaller),
                item("_Normal text size", "Shortcut+0", appearance::reset),
                new SeparatorMenuItem());
        view.getItems().addAll(themeChoices());
        Menu help = new Menu("_Help", null, item("_About", null, () -> Dialogs.information(stage, AppInfo.NAME + " "
                + AppInfo.version(), "A self-assessment of how ready an organisation is to co-produce its services"
                + " with the people who use them.\n\nYour data: " + databaseFile + "\nNothing is sent over the"
                + " internet.")));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Light, dark and high contrast: one of them is chosen, and the choice is remembered (Appearance). */
    private List<MenuItem> themeChoices() {
        ToggleGroup themes = new ToggleGroup();
        List<MenuItem> choices = new ArrayList<>();
        for (Appearance.Theme theme : Appearance.Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.menuText());
            choice.setId("theme-" + theme.code());
            choice.setMnemonicParsing(true);
            choice.setToggleGroup(themes);
            choice.setSelected(appearance.themeProperty().get() == theme);
            choice.setOnAction(e -> appearance.themeProperty().set(theme));
            appearance.themeProperty().addListener((o, was, now) -> choice.setSelected(now == theme));
            choices.add(choice);
        }
        return choices;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl and the = key (where + lives on many keyboards), and the number pad's + and −. */
    private void textSizeKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), appearance::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), appearance::larger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), appearance::smaller);
    }

    private void backup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Back up the database");
        chooser.setInitialFileName("coproduction-readiness-backup-" + LocalDate.now() + ".db");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            change(ws -> ws.database().backupTo(file.toPath()),
                    () -> notices.fileWritten("Backed up: a copy of all your assessments", file.toPath()),
                    this::problem);
        }
    }

    private void chooseDatabase() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open another database");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Database (*.db)", "*.db"));
        File file = chooser.showOpenDialog(stage);
        if (file == null) {
            return;
        }
        openAnotherDatabase(file.toPath());
    }

    /**
     * Leaves the screen first (the wizard queues its last save of what was being typed), then
     * queues the close behind it, then opens the other file: nothing typed is lost or written to
     * a closed database.
     */
    void openAnotherDatabase(Path file) {
        show(busy("Opening your assessments…"));
        closeDatabase();
        databaseFile = file;
        openDatabase();
    }

    /**
     * Runs work on the database thread with the workspace that is open now. The work is handed
     * that workspace, never the field, which "Open another database" changes on the JavaFX thread;
     * a result that arrives after the database was changed is dropped (its screen belongs to the
     * other file), a failure is always reported.
     */
    private <T> void query(DatabaseWork<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Workspace current = workspace;
        if (current == null) {
            return;
        }
        background.run(() -> work.apply(current), result -> {
            if (workspace == current) {
                done.accept(result);
            }
        }, failed);
    }

    /** Work on an open workspace; it may fail with any exception, reported to the person. */
    @FunctionalInterface
    private interface DatabaseWork<T> {
        T apply(Workspace workspace) throws Exception;
    }

    /** Like {@link #query} for work with no result. */
    private void change(Consumer<Workspace> work, Runnable done, Consumer<Throwable> failed) {
        query(ws -> {
            work.accept(ws);
            return Boolean.TRUE;
        }, ignored -> done.run(), failed);
    }

    private void problem(Throwable failure) {
        Dialogs.problem(stage, "That did not work", UserMessages.of(failure));
    }

    private void quit() {
        stage.hide();
        Platform.runLater(Platform::exit);
    }

    /** Lets queued saves finish, then closes the database (on the database thread). */
    private void closeDatabase() {
        endWorkshop();
        open.set(false);
        Workspace closing = workspace;
        InstanceLock releasing = lock;
        workspace = null;
        lock = null;
        home = null;
        homeView = null;
        if (closing != null) {
            background.run(() -> {
                closing.close();
                releasing.close();
            }, () -> { }, this::problem);
        }
    }

    /** Called once when the program stops: every queued save is written before the database closes. */
    public void shutDown() {
        endWorkshop();
        leaveWizard();
        Workspace closing = workspace;
        InstanceLock releasing = lock;
        background.finish(() -> {
            if (closing != null) {
                closing.close();
            }
            if (releasing != null) {
                releasing.close();
            }
        }, 20);
    }

    /** Ends a running workshop (its window closes, the server stops): before its database closes. */
    private void endWorkshop() {
        if (workshop != null) {
            workshop.close();
        }
    }

    /** How "Open folder" in a notice shows a folder: the program uses the system's file manager. */
    public void openFoldersWith(Consumer<Path> opener) {
        this.openFolder = opener;
    }

    /** For tests: the wizard currently shown, if any. */
    WizardViewModel wizard() {
        return wizard;
    }

    Workspace workspace() {
        return workspace;
    }
}
