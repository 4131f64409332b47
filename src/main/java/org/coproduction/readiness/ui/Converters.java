package org.coproduction.readiness.ui;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How choice boxes show their items: one-way converters, since users pick rather than type. */
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
}
