package org.coproduction.readiness.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a command line split into the command, its positional arguments, options with
 * values ({@code --out FILE}) and flags ({@code --json}). Options may come anywhere.
 */
final class Arguments {
    static final Set<String> OPTIONS_WITH_VALUES = Set.of("--db", "--questionnaires", "--out", "--format", "--file",
            "--compare");
    static final Set<String> FLAGS = Set.of("--json", "--help", "-h", "--version");

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new HashMap<>();

    static Arguments parse(String[] args) throws UsageException {
        Arguments parsed = new Arguments();
        boolean onlyPositional = false;
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            if (onlyPositional || !word.startsWith("-") || word.equals("-")) {
                parsed.positional.add(word);
            } else if (word.equals("--")) {
                onlyPositional = true;
            } else if (word.contains("=") && OPTIONS_WITH_VALUES.contains(word.substring(0, word.indexOf('=')))) {
                parsed.add(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else if (OPTIONS_WITH_VALUES.contains(word)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(word + " needs a value");
                }
                parsed.add(word, args[++i]);
            } else if (FLAGS.contains(word)) {
                parsed.add(word, "");
            } else {
                throw new UsageException("unknown option " + word);
            }
        }
        return parsed;
    }

    private void add(String option, String value) {
        options.computeIfAbsent(option, k -> new ArrayList<>()).add(value);
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    /** The value of an option given at most once. */
    String value(String option) throws UsageException {
        List<String> values = options.getOrDefault(option, List.of());
        if (values.size() > 1) {
            throw new UsageException(option + " is given more than once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** Refuses options that the command does not take. */
    void allowOnly(String command, Set<String> allowed) throws UsageException {
        for (String option : options.keySet()) {
            if (!allowed.contains(option) && !Set.of("--db", "--questionnaires", "--help", "-h").contains(option)) {
                throw new UsageException("the command " + command + " does not take " + option);
            }
        }
    }
}
