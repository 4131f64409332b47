package org.coproduction.readiness.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;

import java.util.prefs.Preferences;

/**
 * Theme (light or dark) and text size, remembered between sittings. Text size is the root font
 * size, so every screen scales with it.
 */
public final class Appearance {
    static final int SMALLEST = 11;
    static final int DEFAULT = 15;
    static final int LARGEST = 30;
    private static final String TEXT_SIZE = "textSize";
    private static final String DARK = "dark";

    private final Preferences preferences;
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public Appearance(Preferences preferences) {
        this.preferences = preferences;
        textSize.set(clamp(preferences.getInt(TEXT_SIZE, DEFAULT)));
        dark.set(preferences.getBoolean(DARK, false));
        textSize.addListener((o, was, now) -> preferences.putInt(TEXT_SIZE, now.intValue()));
        dark.addListener((o, was, now) -> {
            preferences.putBoolean(DARK, now);
            applyTheme();
        });
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void larger() {
        textSize.set(clamp(textSize.get() + 2));
    }

    public void smaller() {
        textSize.set(clamp(textSize.get() - 2));
    }

    public void reset() {
        textSize.set(DEFAULT);
    }

    /** Applies the theme to the whole program. */
    public void applyTheme() {
        Application.setUserAgentStylesheet(dark.get() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Keeps a window's root at the chosen text size. */
    public void bindTextSize(Parent root) {
        root.styleProperty().bind(textSize.asString("-fx-font-size: %dpx;"));
        root.getStyleClass().add("app-root");
    }

    private static int clamp(int size) {
        return Math.max(SMALLEST, Math.min(LARGEST, size));
    }
}
