package org.coproduction.readiness.ui;

import javafx.util.StringConverter;

import javafx.scene.control.DatePicker;
import org.coproduction.readiness.common.Dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * How choice boxes show their items (one-way converters, since users pick rather than type), and
 * how date fields show and read dates.
 */
final class Converters {
    private Converters() {
    }

    static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }

    /**
     * Shows the date as every screen writes it (2026-12-02) rather than in the computer's own
     * format (12/2/2026 on many), and reads what is typed as that or day first (2/12/2026 is
     * 2 December); the prompt says how to type it.
     */
    static void forDates(DatePicker picker) {
        picker.setConverter(dates());
        picker.setPromptText(Dates.PATTERN.toLowerCase(java.util.Locale.ROOT));
        picker.setEditable(true);
    }

    /** Dates as 2026-12-02; typed as that or day first. Typing that is not a date leaves the date as it was. */
    static StringConverter<LocalDate> dates() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Dates.format(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    return null;
                }
                // The date picker keeps the date it had when the converter refuses the text this way.
                return Dates.parse(typed).orElseThrow(() -> new DateTimeParseException("Not a date: type it as "
                        + Dates.HOW_TO_TYPE, typed, 0));
            }
        };
    }
}
