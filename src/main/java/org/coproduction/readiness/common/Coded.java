package org.coproduction.readiness.common;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum value with the word that stands for it in files and in the database ("service-user",
 * "not-applicable"). Looking a word up, and listing the words for a message, live here once.
 */
public interface Coded {
    String code();

    /** The value whose code is the word, or an IllegalArgumentException naming what was unknown. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String what) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + ": " + code);
    }

    /** The codes of every value, for messages: "planned, in-progress, done, dropped". */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
