package org.coproduction.readiness.questionnaire;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for ids of banks, dimensions, questions, context questions and references
 * (docs/questionnaire-format.md, rule 2): 1 to 64 characters, none of them white space or an
 * invisible control character, compared exactly. Organisations bring ids from their own frameworks
 * ({@code HB-LIS-2}, {@code ID.AM-1}), so capitals, dots and dashes are all welcome.
 */
public final class Ids {
    /**
     * The characters an id may not hold, spelled out code point by code point rather than with
     * {@code \s} or {@code \p{Cc}}, so that this exact text means the same in Java and in the
     * JavaScript an editor uses to check the JSON Schema (docs/schema/questionnaire.schema.json
     * holds the same pattern; a test keeps the two equal): control characters U+0000–U+001F and
     * U+007F–U+009F, the space, and every other Unicode white space, plus the invisible U+FEFF.
     */
    public static final String PATTERN = "^[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029"
            + "\\u202F\\u205F\\u3000\\uFEFF]{1,64}$";
    /** The rule in words, for messages and documents. */
    public static final String RULE = "an id is 1 to 64 characters with no spaces, tabs, line breaks or other"
            + " invisible characters (letters of either case, digits, dots and dashes are all fine)";
    public static final int MAX_LENGTH = 64;

    private static final Pattern ID = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * Why {@code id} is not usable, in words, ending with the rule; empty when it is fine.
     */
    public static Optional<String> problem(String id) {
        if (isValid(id)) {
            return Optional.empty();
        }
        int length = id.codePointCount(0, id.length());
        String what;
        if (length > MAX_LENGTH) {
            what = "it is " + length + " characters long";
        } else {
            int bad = id.codePoints().filter(c -> !isValid(Character.toString(c))).findFirst().orElse(' ');
            what = "it contains " + describe(bad);
        }
        return Optional.of("\"" + printable(id) + "\" is not a usable id: " + what + "; " + RULE);
    }

    private static String describe(int codePoint) {
        return switch (codePoint) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            case '\n', '\r' -> "a line break";
            default -> Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    ? "a special space (U+" + hex(codePoint) + ")"
                    : "an invisible control character (U+" + hex(codePoint) + ")";
        };
    }

    /** The id with control characters made visible, so a message does not break a line or a terminal. */
    private static String printable(String id) {
        StringBuilder text = new StringBuilder();
        id.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                text.append("\\u").append(hex(c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return text.toString();
    }

    private static String hex(int codePoint) {
        return String.format(Locale.ROOT, "%04X", codePoint);
    }

    /**
     * The ids of one kind in one file. Ids are compared exactly, but two that differ only in
     * letter case are refused: people, spreadsheets and some file systems treat them as one.
     */
    public static final class Register {
        private final String kind;
        private final Map<String, String> placeByExactId = new HashMap<>();
        private final Map<String, String> idByFoldedId = new HashMap<>();

        /** @param kind what the ids name, for messages: "question", "dimension" */
        public Register(String kind) {
            this.kind = kind;
        }

        /** Records an id found at {@code place}; returns why it clashes with one seen before, if it does. */
        public Optional<String> add(String id, String place) {
            String earlierPlace = placeByExactId.get(id);
            if (earlierPlace != null) {
                return Optional.of("the " + kind + " id \"" + id + "\" is used twice (first at " + earlierPlace
                        + "); each " + kind + " needs an id of its own");
            }
            String folded = id.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            String similar = idByFoldedId.get(folded);
            if (similar != null) {
                return Optional.of("the " + kind + " id \"" + id + "\" differs from \"" + similar + "\" (at "
                        + placeByExactId.get(similar) + ") only in capital and small letters; two ids of one kind"
                        + " must differ by more than letter case");
            }
            placeByExactId.put(id, place);
            idByFoldedId.put(folded, id);
            return Optional.empty();
        }

        public boolean contains(String id) {
            return placeByExactId.containsKey(id);
        }
    }
}
