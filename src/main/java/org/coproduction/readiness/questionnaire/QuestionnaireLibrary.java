package org.coproduction.readiness.questionnaire;

import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.json.Problem;
import org.coproduction.readiness.json.RefusedFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The question banks the program knows (docs/questionnaire-format.md, rule 12): those built into it, those in the
 * {@code questionnaires} folder of its data folder, and any folder named on the command line.
 * Several versions of one bank live side by side; two files with the same id and version are an
 * error. Files that break a rule are left out and their problems kept, so that one bad file added
 * by an organisation does not stop the program.
 */
public final class QuestionnaireLibrary {
    private static final String BUILT_IN_FOLDER = "questionnaires";

    private final Map<String, Questionnaire> byKey;
    private final List<Problem> problems;

    private QuestionnaireLibrary(Map<String, Questionnaire> byKey, List<Problem> problems) {
        this.byKey = byKey;
        this.problems = List.copyOf(problems);
    }

    /** The built-in banks plus those in the given folders (folders that do not exist are skipped). */
    public static QuestionnaireLibrary load(List<Path> folders) {
        Builder builder = new Builder();
        builder.addBuiltIn();
        for (Path folder : folders) {
            builder.addFolder(folder);
        }
        return builder.build();
    }

    /** Only the banks in the given files, for tests and for checking files. */
    public static QuestionnaireLibrary of(List<Path> files) {
        Builder builder = new Builder();
        files.forEach(builder::addFile);
        return builder.build();
    }

    public Optional<Questionnaire> find(String id, String version) {
        return Optional.ofNullable(byKey.get(key(id, version)));
    }

    /** Every bank, ordered by id and then by version, oldest first. */
    public List<Questionnaire> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(Questionnaire::id).thenComparing(Questionnaire::version, SemanticVersions::compare))
                .toList();
    }

    /** The newest version of each bank, for starting new assessments. */
    public List<Questionnaire> newest() {
        Map<String, Questionnaire> newest = new LinkedHashMap<>();
        all().forEach(q -> newest.put(q.id(), q));
        return List.copyOf(newest.values());
    }

    /** What was wrong with the files that were left out. */
    public List<Problem> problems() {
        return problems;
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    private static final class Builder {
        private final Map<String, Questionnaire> byKey = new LinkedHashMap<>();
        private final Map<String, String> sourceOf = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        void addBuiltIn() {
            try {
                for (Path file : BuiltInFiles.jsonFiles(BUILT_IN_FOLDER)) {
                    String name = "built-in " + file.getFileName();
                    try (InputStream in = Files.newInputStream(file)) {
                        add(QuestionnaireReader.read(name, in), name);
                    } catch (RefusedFileException e) {
                        problems.addAll(e.problems());
                    }
                }
            } catch (IOException e) {
                problems.add(new Problem("built-in question banks", "", "could not be read: " + e.getMessage()));
            }
        }

        void addFolder(Path folder) {
            if (!Files.isDirectory(folder)) {
                return;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(QuestionnaireLibrary::isJson).sorted().forEach(this::addFile);
            } catch (IOException e) {
                problems.add(new Problem(folder.toString(), "", "the folder could not be read: " + e.getMessage()));
            }
        }

        void addFile(Path file) {
            try {
                add(QuestionnaireReader.read(file), file.toString());
            } catch (RefusedFileException e) {
                problems.addAll(e.problems());
            }
        }

        private void add(Questionnaire questionnaire, String source) {
            String key = key(questionnaire.id(), questionnaire.version());
            String earlier = sourceOf.putIfAbsent(key, source);
            if (earlier != null) {
                problems.add(new Problem(source, "$.version", "the question bank \"" + questionnaire.id() + "\" version "
                        + questionnaire.version() + " is already defined in " + earlier
                        + "; give the new file a new version number"));
                return;
            }
            byKey.put(key, questionnaire);
        }

        QuestionnaireLibrary build() {
            return new QuestionnaireLibrary(byKey, problems);
        }
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase().endsWith(".json") && Files.isRegularFile(file);
    }
}
