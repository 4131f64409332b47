package org.coproduction.readiness.store;

import org.coproduction.readiness.TestDatabase;
import org.coproduction.readiness.assessment.Answer;
import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts {@link CrashChild} on one database file again and again, kills it with SIGKILL at a
 * random moment (while it starts, opens the file, or saves answers), and checks after each kill
 * what a restart would find: the file passes SQLite's integrity check, the program opens it, and
 * every answer the child reported as saved is there as last reported. Each run starts from the
 * file the previous kill left, write-ahead log and all, so recovery after a crash is exercised too.
 */
final class CrashChecker {
    /** What a run did, for the benchmark's figures and the test's own checks. */
    record Figures(int kills, int killsWhileSaving, long savesReported, long answersChecked, double seconds) {
    }

    private static final String SEED_FILE = "riverside-2026-draft.json";
    private static final long READY_TIMEOUT_SECONDS = 60;

    private final Path folder;
    private final Path file;
    private final long seed;
    private final Random random;
    private final boolean childClaimsBeforeSaving;
    private final List<String> classPath;
    private long assessmentId;
    /** What the file must hold: respondent/question to the answer as described by CrashChild. */
    private final Map<String, String> expected = new HashMap<>();

    CrashChecker(Path folder, long seed, boolean childClaimsBeforeSaving) {
        this.folder = folder;
        this.file = folder.resolve("crash.db");
        this.seed = seed;
        this.random = new Random(seed);
        this.childClaimsBeforeSaving = childClaimsBeforeSaving;
        this.classPath = childClassPath();
    }

    /** Imports the draft assessment from the demo data, as a user starting out would. */
    void prepare() throws Exception {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        Path seedFile = BuiltInFiles.jsonFiles("seeds").stream().filter(f -> f.getFileName().toString().equals(SEED_FILE))
                .findFirst().orElseThrow();
        try (Database database = Database.open(file)) {
            assessmentId = new AssessmentStore(database).add(new ExchangeReader(library).read(seedFile).assessment());
        }
        expected.putAll(stored(file));
    }

    Figures run(int kills) throws Exception {
        long started = System.nanoTime();
        int whileSaving = 0;
        long reported = 0;
        long checked = 0;
        for (int round = 1; round <= kills; round++) {
            long childSeed = random.nextLong();
            Round result = killOnce(round, childSeed);
            whileSaving += result.savedLines > 0 ? 1 : 0;
            reported += result.savedLines;
            checked += check(round, childSeed, result);
        }
        // Finally the file itself, as the program would open it after the last crash.
        Map<String, String> stored = stored(file);
        checkEqual(expected, stored, Optional.empty(), "after the last kill, in the file itself");
        return new Figures(kills, whileSaving, reported, checked, (System.nanoTime() - started) / 1e9);
    }

    /** What one child printed before it was killed. */
    private record Round(List<String> lines, int savedLines, String stderr, String how) {
    }

    private Round killOnce(int round, long childSeed) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse(javaFromHome()),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                // sqlite-jdbc unpacks its native library at each start and, killed, cannot remove it:
                // keep those copies in the test's folder, which is deleted afterwards.
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(folder.resolve("native")),
                "-cp", String.join(File.pathSeparator, classPath),
                CrashChild.class.getName(), file.toString(), String.valueOf(assessmentId), String.valueOf(childSeed)));
        if (childClaimsBeforeSaving) {
            command.add("--claim-before-saving");
        }
        Path stderr = folder.resolve("child-stderr.txt");
        // The child's lines go to a file, not a pipe: what it wrote before the kill is all there,
        // with no reader thread racing the JDK's own clean-up of a dead process's pipes.
        Path stdout = folder.resolve("child-stdout.txt");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).redirectOutput(stdout.toFile()).start();
        String how;
        if (random.nextInt(4) == 0) {
            // A quarter of the kills land anywhere from the start: while the JVM starts, while the
            // file is opened (and recovered from the previous kill), or while saving.
            long delay = random.nextInt(1500);
            Thread.sleep(delay);
            how = "killed " + delay + " ms after it started";
        } else {
            if (!awaitReady(child, stdout)) {
                child.destroyForcibly();
                throw new AssertionError(failure(round, childSeed, "the child was not ready within "
                        + READY_TIMEOUT_SECONDS + " s", Files.readString(stderr), lines(stdout)));
            }
            long delay = random.nextInt(300);
            Thread.sleep(delay);
            how = "killed " + delay + " ms after it was ready";
        }
        if (!child.isAlive()) {
            throw new AssertionError(failure(round, childSeed, "the child stopped on its own (exit " + child.exitValue()
                    + ")", Files.readString(stderr), lines(stdout)));
        }
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no closing.
        child.waitFor();
        List<String> lines = lines(stdout);
        int saved = (int) lines.stream().filter(l -> l.startsWith("saved ")).count();
        return new Round(lines, saved, Files.readString(stderr), how);
    }

    /**
     * Checks a copy of what the kill left (database, log and index), so that the next child starts
     * from the crashed files themselves. Returns how many answers were compared.
     */
    private long check(int round, long childSeed, Round result) throws Exception {
        Optional<String[]> inFlight = Optional.empty();
        for (String line : result.lines) {
            String[] parts = line.split(" ", 3);
            if (parts[0].equals("saving")) {
                inFlight = Optional.of(new String[] {parts[1], parts[2]});
            } else if (parts[0].equals("saved")) {
                expected.put(parts[1], parts[2]);
                inFlight = Optional.empty();
            }
        }
        Path copies = folder.resolve("check");
        deleteTree(copies);
        Files.createDirectories(copies);
        Path copy = copies.resolve(file.getFileName());
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path part = Path.of(file + suffix);
            if (Files.exists(part)) {
                Files.copy(part, Path.of(copy + suffix), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        String context = "round " + round + " (" + result.how + ")";
        List<String> integrity = TestDatabase.rows(copy, "PRAGMA integrity_check");
        if (!integrity.equals(List.of("ok"))) {
            throw new AssertionError(failure(round, childSeed, context + ": integrity check says " + integrity,
                    result.stderr, result.lines));
        }
        Map<String, String> stored;
        try {
            stored = stored(copy);
        } catch (RuntimeException e) {
            throw new AssertionError(failure(round, childSeed, context + ": the program cannot open the file: " + e,
                    result.stderr, result.lines), e);
        }
        try {
            checkEqual(expected, stored, inFlight, context);
        } catch (AssertionError e) {
            if (!childClaimsBeforeSaving) {
                keepForLooking(round, result);
            }
            throw new AssertionError(failure(round, childSeed, e.getMessage(), result.stderr, result.lines));
        }
        // The answer being saved at the kill may or may not have been committed; both are right, and
        // the file now says which: later rounds expect that.
        inFlight.ifPresent(f -> expected.put(f[0], stored.get(f[0])));
        deleteTree(copies);
        return stored.size();
    }

    /** On a failure, keeps the crashed files and the child's lines in target/crash-failures to look at. */
    private void keepForLooking(int round, Round result) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "crash-failures", seed + "-" + round));
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path part = Path.of(file + suffix);
            if (Files.exists(part)) {
                Files.copy(part, kept.resolve(file.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(kept.resolve("child-lines.txt"), result.lines);
        Files.write(kept.resolve("expected.txt"), expected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .sorted().toList());
    }

    private static void checkEqual(Map<String, String> expected, Map<String, String> stored, Optional<String[]> inFlight,
                                   String context) {
        Set<String> keys = new LinkedHashSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        List<String> wrong = new ArrayList<>();
        for (String key : keys) {
            String want = expected.get(key);
            String have = stored.get(key);
            boolean beingSaved = inFlight.isPresent() && inFlight.get()[0].equals(key);
            if (!Objects.equals(want, have) && !(beingSaved && inFlight.get()[1].equals(have))) {
                wrong.add(key + ": expected " + (want == null ? "no answer" : want) + (beingSaved ? " or "
                        + inFlight.get()[1] + " (being saved)" : "") + ", found " + (have == null ? "no answer" : have));
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError(context + ": " + wrong.size() + " answer(s) differ from what was reported saved: "
                    + wrong);
        }
    }

    /** The answers as the program reads them back after a restart. */
    private Map<String, String> stored(Path databaseFile) {
        Map<String, String> answers = new HashMap<>();
        try (Database database = Database.open(databaseFile)) {
            for (Answer answer : new AssessmentStore(database).answers(assessmentId)) {
                answers.put(answer.respondent() + "/" + answer.question(), CrashChild.describe(answer));
            }
        }
        return answers;
    }

    private String failure(int round, long childSeed, String what, String stderr, List<String> lines) {
        List<String> last = lines.subList(Math.max(0, lines.size() - 6), lines.size());
        return "Crash test (seed " + seed + ", rerun with -Dcrash.seed=" + seed + "), kill " + round + ", child seed "
                + childSeed + ": " + what + "\n  last lines from the child: " + last
                + (stderr.isBlank() ? "" : "\n  child's errors: " + stderr.strip());
    }

    private static boolean awaitReady(Process child, Path stdout) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.size(stdout) > 0 && Files.readString(stdout).startsWith("ready\n")) {
                return true;
            }
            Thread.sleep(2);
        }
        return false;
    }

    /** The whole lines the child wrote; a line cut short by the kill does not count. */
    private static List<String> lines(Path stdout) throws IOException {
        String text = new String(Files.readAllBytes(stdout), StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }

    /**
     * The child runs on the class path: the program's and the tests' classes and every library jar
     * of this test JVM (surefire puts the program's module and its libraries on the module path and
     * the test libraries on the class path).
     */
    private static List<String> childClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(Path.of("target", "classes").toAbsolutePath().toString());
        entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank() && entry.endsWith(".jar")) {
                    entries.add(entry);
                }
            }
        }
        return List.copyOf(entries);
    }

    private static String javaFromHome() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
