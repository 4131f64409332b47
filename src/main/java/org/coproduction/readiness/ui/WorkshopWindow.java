package org.coproduction.readiness.ui;

import io.nayuki.qrcodegen.QrCode;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.coproduction.readiness.common.AppInfo;
import org.coproduction.readiness.service.WorkshopSession;

/**
 * The facilitator's window of a running workshop (docs/workshop.md): the QR code and address phones
 * open, the session's code, who has joined on each side and how far each has got, the projector
 * view, and "End the workshop". Closing the window ends the workshop too.
 */
final class WorkshopWindow {
    /** How often the window reads again who has joined and what they answered. */
    static final Duration REFRESH = Duration.seconds(1);

    private final WorkshopViewModel model;
    private final Stage stage = new Stage();
    private final Runnable end;
    private final Timeline refresher;
    private ProjectorView projector;
    private boolean ended;
    private final boolean fullScreen;

    /**
     * @param fullScreen whether the projector view fills the screen (always, but in tests)
     * @param end        stops the server and the session; called once, whichever way the workshop ends
     */
    WorkshopWindow(Window owner, Appearance appearance, WorkshopViewModel model, String title, boolean fullScreen,
                   Runnable end) {
        this.model = model;
        this.fullScreen = fullScreen;
        this.end = end;
        stage.initOwner(owner);
        stage.setTitle("Workshop: " + title + " – " + AppInfo.NAME);
        BorderPane root = new BorderPane();
        root.getStyleClass().add("workshop");
        appearance.bindTextSize(root);
        Label heading = new Label("Workshop: " + title);
        heading.getStyleClass().add("title-2");
        heading.setWrapText(true);
        heading.setAccessibleRole(AccessibleRole.TEXT);
        Label running = new Label("The workshop is running. Everyone in the room can answer on their own phone;"
                + " each answer is saved at once. It ends when you press \u201cEnd the workshop\u201d or close this window.");
        running.setWrapText(true);
        Fit.wrapping(heading);
        Fit.wrapping(running);
        VBox top = new VBox(6, heading, running);
        top.setPadding(new Insets(16, 20, 8, 20));

        // The heading scrolls with the rest: at a large text size it would otherwise take half the window.
        // The two panels sit side by side while there is room for both at the text size in use, else one
        // above the other.
        Node join = joinPanel();
        Node room = roomPanel();
        HBox columns = new HBox(28, join, room);
        columns.setPadding(new Insets(8, 20, 16, 20));
        VBox page = new VBox(top, columns);
        VBox.setVgrow(columns, Priority.ALWAYS);
        page.widthProperty().addListener((o, was, now) -> {
            boolean narrow = now.doubleValue() < SIDE_BY_SIDE_EMS * running.getFont().getSize();
            boolean stacked = columns.getChildren().isEmpty();
            if (narrow && !stacked) {
                columns.getChildren().clear();
                page.getChildren().setAll(top, join, room);
                VBox.setMargin(join, new Insets(8, 20, 8, 20));
                VBox.setMargin(room, new Insets(8, 20, 16, 20));
            } else if (!narrow && stacked) {
                page.getChildren().setAll(top, columns);
                columns.getChildren().setAll(join, room);
            }
        });
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);

        Button projectorButton = new Button("Show on the _projector");
        projectorButton.setId("workshop-projector");
        projectorButton.setAccessibleHelp("Opens a full-screen view for the room, one question at a time, with the"
                + " answers of each side hidden until you reveal them (F5)");
        projectorButton.setOnAction(e -> showProjector());
        Button endButton = new Button("_End the workshop");
        endButton.setId("workshop-end");
        endButton.getStyleClass().add("danger");
        endButton.setAccessibleHelp("Stops the workshop: phones can no longer join or answer. Every answer given"
                + " so far is kept.");
        endButton.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(12, projectorButton, gap, endButton);
        buttons.setPadding(new Insets(12, 20, 16, 20));
        buttons.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(buttons);

        // No larger than the main window, which is the room the facilitator has given the program.
        Scene scene = new Scene(root, Math.min(1000, owner.getWidth()), Math.min(700, owner.getHeight()));
        scene.getStylesheets().add(WorkshopWindow.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::showProjector);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        refresher = new Timeline(new KeyFrame(REFRESH, e -> model.refresh()));
        refresher.setCycleCount(Animation.INDEFINITE);
        stage.setOnHidden(e -> endOnce());
    }

    void show() {
        stage.show();
        refresher.play();
    }

    /** For the program closing, or another database opening: ends the workshop and closes its windows. */
    void close() {
        stage.close();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    private void endOnce() {
        if (ended) {
            return;
        }
        ended = true;
        refresher.stop();
        if (projector != null) {
            projector.close();
        }
        end.run();
    }

    private void showProjector() {
        if (projector == null) {
            projector = new ProjectorView(stage, model, fullScreen);
        }
        projector.show();
    }

    private Node joinPanel() {
        Canvas qr = new Canvas(300, 300);
        qr.setId("workshop-qr");
        qr.setFocusTraversable(false);
        Label addressLabel = new Label("Or type this address into a phone's browser:");
        addressLabel.setWrapText(true);
        Label address = new Label();
        address.setId("workshop-address");
        address.getStyleClass().add("workshop-address");
        Fit.wrapping(address);
        address.textProperty().bind(Bindings.createStringBinding(() -> typed(model.addressProperty().get()),
                model.addressProperty()));
        address.accessibleTextProperty().bind(Bindings.createStringBinding(() -> "The address phones open: "
                + model.addressProperty().get(), model.addressProperty()));
        Button copy = new Button("_Copy the address");
        copy.setId("workshop-copy");
        copy.setAccessibleHelp("Puts the address on the clipboard, to paste into an email or a chat");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(model.addressProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        drawQr(qr, model.addressProperty().get());
        model.addressProperty().addListener((o, was, now) -> drawQr(qr, now));
        Label scan = new Label("Scan this with a phone's camera to join.");
        scan.setWrapText(true);
        VBox panel = new VBox(10, qr, scan, addressLabel, address, copy);
        if (model.addresses().stream().filter(a -> !WorkshopViewModel.isThisComputerOnly(a)).count() > 1) {
            // Several networks (Wi-Fi and a cable, say): the facilitator picks the one the room's phones are on.
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("workshop-address-choice");
            choice.getItems().setAll(model.addresses().stream().filter(a -> !WorkshopViewModel.isThisComputerOnly(a))
                    .toList());
            // Only the network's part (192.168.1.20:8090): the whole address is written just above, and
            // would be cut short in the list.
            choice.setConverter(Converters.showing(a -> a.replaceFirst("^http://", "").replaceFirst("/.*$", "")));
            choice.valueProperty().bindBidirectional(model.addressProperty());
            choice.setMaxWidth(Double.MAX_VALUE);
            Label choiceLabel = new Label("This computer is on more than one _network. Use the one the phones are on:");
            choiceLabel.setWrapText(true);
            choiceLabel.setMnemonicParsing(true);
            choiceLabel.setLabelFor(choice);
            panel.getChildren().addAll(choiceLabel, choice);
        } else if (WorkshopViewModel.isThisComputerOnly(model.addressProperty().get())) {
            Label alone = new Label("This computer is not on a network, so only a browser on this computer can join."
                    + " Connect it to the room's Wi-Fi, then start the workshop again.");
            alone.setWrapText(true);
            alone.getStyleClass().add("warning");
            panel.getChildren().add(alone);
        }
        Label code = new Label("Session code: " + grouped(model.code()));
        code.setId("workshop-code");
        code.setWrapText(true);
        Label sameWifi = new Label("Phones must be on the same Wi-Fi as this computer. No one needs an app or an"
                + " account, and no one's answers are shown to anyone.");
        sameWifi.setWrapText(true);
        panel.getChildren().addAll(code, sameWifi);
        panel.getChildren().forEach(node -> {
            if (node instanceof Label label) {
                // Wrapped text keeps its height inside the scrolling pane, rather than ending in "…".
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        panel.setPrefWidth(360);
        panel.setMinWidth(320);
        return panel;
    }

    /**
     * The address as a person types it: without "http://" (a browser adds it), and with a break
     * allowed after each "/" and every eight letters of the session's code (a zero-width space, not
     * copied) so a long address wraps at a narrow window or large text rather than being cut.
     */
    static String typed(String address) {
        return address.replaceFirst("^http://", "").replaceAll("([a-z0-9]{8})(?=[a-z0-9])", "$1\u200B")
                .replace("/", "/\u200B");
    }

    /** The code in groups of four, to read out or check; the address itself has no spaces. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static void drawQr(Canvas canvas, String text) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        int modules = code.size + 2 * quiet;
        double cell = Math.floor(canvas.getWidth() / modules);
        double offset = (canvas.getWidth() - cell * modules) / 2;
        GraphicsContext g = canvas.getGraphicsContext2D();
        // Always dark on white, whatever the theme: phone cameras read it best that way.
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    g.fillRect(offset + (x + quiet) * cell, offset + (y + quiet) * cell, cell, cell);
                }
            }
        }
        canvas.setAccessibleText("QR code of the address " + text);
    }

    private Node roomPanel() {
        Label heading = new Label("Who has joined");
        heading.getStyleClass().add("title-3");
        Label organisation = new Label();
        organisation.setId("workshop-joined-organisation");
        organisation.textProperty().bind(Bindings.createStringBinding(() -> "From the organisation: "
                + model.organisationJoinedProperty().get(), model.organisationJoinedProperty()));
        Label people = new Label();
        people.setId("workshop-joined-people");
        people.textProperty().bind(Bindings.createStringBinding(() -> "People who use the service and carers: "
                + model.peopleJoinedProperty().get(), model.peopleJoinedProperty()));
        organisation.setWrapText(true);
        people.setWrapText(true);

        TableView<WorkshopSession.PhoneProgress> table = new TableView<>(model.phones());
        table.setId("workshop-phones");
        table.setAccessibleText("Who has joined and how far each has got");
        table.setPlaceholder(Fit.wrapping(new Label("No one has joined yet. Show the QR code to the room.")));
        // Room for several people at any text size: the window scrolls rather than squeeze the list.
        table.setStyle("-fx-min-height: 12em;");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<WorkshopSession.PhoneProgress, String> name = new TableColumn<>("Name");
        name.setMinWidth(110);
        name.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().label().isBlank()
                ? "Person " + c.getValue().respondent() : c.getValue().label()));
        TableColumn<WorkshopSession.PhoneProgress, String> role = new TableColumn<>("Role");
        role.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().role().label()));
        TableColumn<WorkshopSession.PhoneProgress, WorkshopSession.PhoneProgress> progress = new TableColumn<>("Answered");
        progress.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        progress.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label count = new Label();
            private final HBox box = new HBox(8, bar, count);

            {
                box.setAlignment(Pos.CENTER_LEFT);
                bar.setPrefWidth(110);
                bar.setFocusTraversable(false);
                count.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(WorkshopSession.PhoneProgress item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                bar.setProgress(item.questions() == 0 ? 0 : (double) item.answered() / item.questions());
                count.setText(item.answered() + " of " + item.questions());
                setAccessibleText(item.answered() + " of " + item.questions() + " questions answered");
                setGraphic(box);
            }
        });
        name.setPrefWidth(120);
        role.setPrefWidth(255);
        role.setMinWidth(255);
        progress.setPrefWidth(180);
        progress.setMinWidth(180);
        table.getColumns().setAll(java.util.List.of(name, role, progress));
        // Headings and roles whole at any text size ("Answe…" at 200%).
        ColumnWidths.fitToContent(table, java.util.Set.of());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox panel = new VBox(10, heading, organisation, people, table);
        HBox.setHgrow(panel, Priority.ALWAYS);
        return panel;
    }

    /** The window's width, in units of the text size, below which the two panels go one above the other. */
    private static final double SIDE_BY_SIDE_EMS = 44;

    /** For tests. */
    WorkshopViewModel model() {
        return model;
    }

    /** For tests. */
    Stage stage() {
        return stage;
    }

    ProjectorView projector() {
        return projector;
    }
}
