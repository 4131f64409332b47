package org.coproduction.readiness;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages form a clean stack (no package reaches back up to one that uses it), and the domain
 * core imports neither JavaFX nor SQL, so it can be tested and reused without a window or a
 * database. Read from the sources' imports and fully qualified names.
 */
class PackageStackTest {
    private static final Path SOURCES = Path.of("src/main/java/org/coproduction/readiness");
    private static final String ROOT = "org.coproduction.readiness";
    private static final Pattern USE = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.([a-z]+)\\.[A-Z]");
    private static final Set<String> DOMAIN_CORE = Set.of("questionnaire", "assessment", "scoring", "comparison",
            "report", "common", "json", "workbook");

    @Test
    void packagesFormAStackWithoutCycles() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        assertThat(uses).containsKeys("common", "questionnaire", "scoring", "store", "service", "ui", "cli");
        List<List<String>> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            findCycle(uses, start, new ArrayList<>(List.of(start))).ifPresent(cycles::add);
        }
        assertThat(cycles).as("package cycles").isEmpty();
        // The root package is the top of the program: nothing may use it.
        uses.forEach((from, to) -> assertThat(to).as(from + " uses the root package").doesNotContain(""));
    }

    @Test
    void theDomainCoreUsesNoJavaFxNoSqlAndNoUpperPackage() throws IOException {
        for (String core : DOMAIN_CORE) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(core))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    assertThat(text).as(file.toString()).doesNotContain("import javafx.").doesNotContain("import java.sql.")
                            .doesNotContain(ROOT + ".store.").doesNotContain(ROOT + ".ui.")
                            .doesNotContain(ROOT + ".service.").doesNotContain(ROOT + ".cli.");
                }
            }
        }
    }

    private static java.util.Optional<List<String>> findCycle(Map<String, Set<String>> uses, String start,
                                                              List<String> path) {
        for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return java.util.Optional.of(cycle);
            }
            if (!path.contains(next)) {
                path.add(next);
                var found = findCycle(uses, start, path);
                path.remove(path.size() - 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Package (relative to the root; "" for the root itself) to the packages its classes use. */
    private static Map<String, Set<String>> packageUses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path folder = SOURCES.relativize(file.getParent());
                String from = folder.toString().replace(java.io.File.separatorChar, '.');
                Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
                String text = Files.readString(file);
                Matcher use = USE.matcher(text);
                while (use.find()) {
                    if (!use.group(1).equals(from)) {
                        to.add(use.group(1));
                    }
                }
                if (Pattern.compile("import " + Pattern.quote(ROOT) + "\\.[A-Z]").matcher(text).find() && !from.isEmpty()) {
                    to.add("");
                }
            }
        }
        return uses;
    }
}
