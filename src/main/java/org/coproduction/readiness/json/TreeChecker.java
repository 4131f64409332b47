package org.coproduction.readiness.json;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Walks a JSON tree and writes down every broken rule with its JSON path, so that one file's
 * problems are reported together. Methods return what they could read, or empty after noting
 * the problem.
 */
public final class TreeChecker {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public TreeChecker(String file) {
        this.file = file;
    }

    public void problem(String place, String rule) {
        problems.add(new Problem(file, place, rule));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws when any problem was noted. */
    public void throwIfProblems() throws RefusedFileException {
        if (hasProblems()) {
            throw new RefusedFileException(problems);
        }
    }

    public static String path(String parent, String field) {
        return parent + "." + field;
    }

    public static String path(String parent, int index) {
        return parent + "[" + index + "]";
    }

    public boolean requireObject(JsonNode node, String place, String what) {
        if (node == null || !node.isObject()) {
            problem(place, what + " must be a JSON object { … }" + found(node));
            return false;
        }
        return true;
    }

    /** Text that must be present and not blank. */
    public Optional<String> requiredText(JsonNode parent, String place, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            problem(path(place, field), "\"" + field + "\" is missing");
            return Optional.empty();
        }
        return text(node, path(place, field), true);
    }

    /** Text that may be left out; blank is allowed. */
    public Optional<String> optionalText(JsonNode parent, String place, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return text(node, path(place, field), false);
    }

    private Optional<String> text(JsonNode node, String place, boolean notBlank) {
        if (!node.isTextual()) {
            problem(place, "must be text in quotes" + found(node));
            return Optional.empty();
        }
        if (notBlank && node.asText().isBlank()) {
            problem(place, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** A number, exactly as written (never rounded). */
    public Optional<BigDecimal> number(JsonNode parent, String place, String field, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(path(place, field), "\"" + field + "\" is missing");
            }
            return Optional.empty();
        }
        if (!node.isNumber()) {
            problem(path(place, field), "must be a number" + found(node));
            return Optional.empty();
        }
        return Optional.of(node.decimalValue());
    }

    public Optional<Boolean> optionalBoolean(JsonNode parent, String place, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            problem(path(place, field), "must be true or false" + found(node));
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /**
     * Visits each element of an array field with its path. Returns false (after noting why) when
     * the field is missing where required, or is not an array.
     */
    public boolean eachOf(JsonNode parent, String place, String field, boolean required,
                          BiConsumer<JsonNode, String> visit) {
        JsonNode node = parent.get(field);
        String at = path(place, field);
        if (node == null || node.isNull()) {
            if (required) {
                problem(at, "\"" + field + "\" is missing");
            }
            return !required;
        }
        if (!node.isArray()) {
            problem(at, "must be a list [ … ]" + found(node));
            return false;
        }
        for (int i = 0; i < node.size(); i++) {
            visit.accept(node.get(i), path(at, i));
        }
        return true;
    }

    /** A list of texts, each not blank. */
    public List<String> texts(JsonNode parent, String place, String field, boolean required) {
        List<String> texts = new ArrayList<>();
        eachOf(parent, place, field, required, (item, at) -> text(item, at, true).ifPresent(texts::add));
        return texts;
    }

    /** A list of texts that is itself an element of an outer list (as in a list of lists), each not blank. */
    public List<String> textsIn(JsonNode list, String place) {
        List<String> texts = new ArrayList<>();
        if (list == null || !list.isArray()) {
            problem(place, "must be a list [ … ] of texts" + found(list));
            return texts;
        }
        for (int i = 0; i < list.size(); i++) {
            text(list.get(i), path(place, i), true).ifPresent(texts::add);
        }
        return texts;
    }

    /** What was found instead, for messages: ", found a number" and so on. */
    static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "";
        }
        if (node.isNull()) {
            return ", found null";
        }
        if (node.isTextual()) {
            return ", found text";
        }
        if (node.isNumber()) {
            return ", found the number " + node.asText();
        }
        if (node.isBoolean()) {
            return ", found " + node.asText();
        }
        if (node.isArray()) {
            return ", found a list";
        }
        return ", found an object";
    }
}
