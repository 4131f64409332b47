package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice after a file is written says where it is and opens its folder on request. */
@ExtendWith(ApplicationExtension.class)
class NoticesTest {
    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(new StackPane(new Label("Report")), 800, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aWrittenFileIsAnnouncedWithAWayToItsFolder(FxRobot robot) throws Exception {
        AtomicReference<Path> opened = new AtomicReference<>();
        Path file = folder.resolve("Riverside-2025.pdf");
        WindowTestBase.runFx(() -> new Notices(stage, opened::set).fileWritten("Report exported", file));
        WindowTestBase.waitUntil(() -> button("Open folder").isPresent());
        assertThat(texts()).anyMatch(t -> t.contains("Report exported"))
                .anyMatch(t -> t.contains("Riverside-2025.pdf") && t.contains(folder.toString()));
        robot.clickOn(button("Open folder").orElseThrow());
        WindowTestBase.waitUntil(() -> opened.get() != null);
        assertThat(opened.get()).isEqualTo(folder.toAbsolutePath());
    }

    private static Optional<Button> button(String text) {
        return nodes().stream().filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast).findFirst();
    }

    private static List<String> texts() {
        return nodes().stream().filter(n -> n instanceof javafx.scene.control.Labeled)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null).toList();
    }

    private static List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                collect(window.getScene().getRoot(), all);
            }
        }
        return all;
    }

    private static void collect(Node node, List<Node> all) {
        all.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }
}
