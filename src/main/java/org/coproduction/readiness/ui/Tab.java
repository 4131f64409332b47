package org.coproduction.readiness.ui;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a text area moves on to the next control instead of typing a tab, so keyboard users
 * are never trapped in a note. (The text area moves focus on Ctrl+Tab; we send that instead.)
 */
final class Tab {
    private Tab() {
    }

    static void movesFocusOutOf(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                KeyEvent traverse = new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        event.isAltDown(), event.isMetaDown());
                ((Node) event.getTarget()).fireEvent(traverse);
            }
        });
    }
}
