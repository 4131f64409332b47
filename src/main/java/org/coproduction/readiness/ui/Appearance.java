package org.coproduction.readiness.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;

import java.util.prefs.Preferences;

/**
 * Theme (light, dark or high contrast) and text size, remembered between sittings. Text size is
 * the root font size, so every screen scales with it.
 *
 * <p>A theme is AtlantaFX's Primer theme with layers of our own on top (themes/common.css, then
 * themes/light.css, dark.css or high-contrast.css): the
 * colours Primer leaves below WCAG 2.2 AA (control borders, chart lines) are set again there,
 * and the high-contrast theme sets every colour. The build joins them into one user-agent
 * stylesheet per theme (src/build/ThemeSheets.java), so every window has the theme, dialogs and
 * menus too (docs/accessibility.md).
 */
public final class Appearance {
    /** The themes, in the order the View menu offers them. */
    public enum Theme {
        LIGHT("light", "_Light theme"),
        DARK("dark", "_Dark theme"),
        HIGH_CONTRAST("high-contrast", "_High contrast");

        private final String code;
        private final String menuText;

        Theme(String code, String menuText) {
            this.code = code;
            this.menuText = menuText;
        }

        /** How the theme is written in the preferences and named in its stylesheet. */
        public String code() {
            return code;
        }

        /** Its words in the View menu, with the Alt-key letter marked. */
        public String menuText() {
            return menuText;
        }

        static Theme of(String code) {
            for (Theme theme : values()) {
                if (theme.code.equals(code)) {
                    return theme;
                }
            }
            return LIGHT;
        }
    }

    static final int SMALLEST = 11;
    static final int DEFAULT = 15;
    static final int LARGEST = 30;
    private static final String TEXT_SIZE = "textSize";
    private static final String THEME = "theme";
    /** Where earlier versions kept the one choice there was: dark or not. Read once, then "theme" is written. */
    private static final String OLD_DARK = "dark";

    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    public Appearance(Preferences preferences) {
        textSize.set(clamp(preferences.getInt(TEXT_SIZE, DEFAULT)));
        String saved = preferences.get(THEME, null);
        theme.set(saved != null ? Theme.of(saved) : preferences.getBoolean(OLD_DARK, false) ? Theme.DARK : Theme.LIGHT);
        textSize.addListener((o, was, now) -> preferences.putInt(TEXT_SIZE, now.intValue()));
        theme.addListener((o, was, now) -> {
            if (now == null) {
                theme.set(was);
                return;
            }
            preferences.put(THEME, now.code());
            applyTheme();
        });
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
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

    /** Applies the theme to the whole program: every window, dialog, menu and tooltip. */
    public void applyTheme() {
        Application.setUserAgentStylesheet(stylesheet(theme.get()));
    }

    /**
     * The theme as one user-agent stylesheet: the Primer theme it starts from, then our layers, as
     * the build writes it (src/build/ThemeSheets.java) with its binary form beside it, which JavaFX
     * reads instead of the text. Without the build's sheet (a run that skipped the build step) the
     * window still has Primer's theme, without our layers.
     */
    static String stylesheet(Theme theme) {
        java.net.URL built = Appearance.class.getResource("themes/" + theme.code() + "-theme.css");
        if (built != null) {
            return built.toExternalForm();
        }
        System.getLogger("coproduction-readiness").log(System.Logger.Level.WARNING, "The theme " + theme.code()
                + " was not built (mvn process-classes); using AtlantaFX's own");
        return theme == Theme.LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
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
