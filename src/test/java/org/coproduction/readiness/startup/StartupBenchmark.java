package org.coproduction.readiness.startup;

import org.coproduction.readiness.assessment.Assessment;
import org.coproduction.readiness.common.BuiltInFiles;
import org.coproduction.readiness.exchange.ExchangeReader;
import org.coproduction.readiness.questionnaire.QuestionnaireLibrary;
import org.coproduction.readiness.service.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: measures how long the program takes from exec to a visible window, beside a bare
 * JavaFX window on the same JavaFX jars, and prints the ratio (the goal is at most 1.3). Both are
 * started as new JVMs under Xvfb, alternately, and each says when its window is shown; the
 * median of the runs is compared. Measured on an empty database and with the demo data loaded.
 * Run with {@code mvn -B test -Pbenchmark -Dtest=StartupBenchmark}; needs Xvfb and GTK 3 (.ci/run
 * installs both).
 */
class StartupBenchmark {
    /** Set on a JVM to make the window print {@link #SHOWN} when it is first shown. */
    static final String PROBE = "coproduction.readiness.startupProbe";
    static final String SHOWN = "window-shown";
    private static final int WARM_UP = 2;
    private static final int RUNS = 11;

    @TempDir
    Path folder;

    /** Called by the program's window and by the bare window when they are first shown. */
    static void reportShown() {
        if (Boolean.getBoolean(PROBE)) {
            System.out.println(SHOWN);
            System.out.flush();
        }
    }

    @Test
    void startUpBesideABareWindow() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/Xvfb").canExecute(), "Xvfb is not installed: apt-get install xvfb");
        Path empty = folder.resolve("empty.db");
        Path demo = folder.resolve("demo.db");
        loadDemoData(demo);
        try (VirtualDisplay display = VirtualDisplay.start()) {
            // As from the menu: no words, the database named by the environment variable.
            Launch bare = new Launch(List.of(BareWindow.Start.class.getName()), null);
            Launch emptyProgram = new Launch(List.of(MAIN), empty);
            Launch demoProgram = new Launch(List.of(MAIN), demo);
            Launch withWords = new Launch(List.of(MAIN, "--db", empty.toString()), null);
            for (int i = 0; i < WARM_UP; i++) {
                timeToWindow(display, bare);
                timeToWindow(display, emptyProgram);
            }
            List<Double> bareTimes = new ArrayList<>();
            List<Double> emptyTimes = new ArrayList<>();
            List<Double> demoTimes = new ArrayList<>();
            List<Double> wordsTimes = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                bareTimes.add(timeToWindow(display, bare));
                emptyTimes.add(timeToWindow(display, emptyProgram));
                demoTimes.add(timeToWindow(display, demoProgram));
                wordsTimes.add(timeToWindow(display, withWords));
            }
            double bareMedian = median(bareTimes);
            System.out.printf("Start-up, exec to a visible window, median of %d runs on %d cores:%n", RUNS,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("  bare JavaFX window                 %6.0f ms%n", bareMedian);
            report("program, empty database", emptyTimes, bareMedian);
            report("program, demo data", demoTimes, bareMedian);
            report("program, --db FILE on the line", wordsTimes, bareMedian);
        }
    }

    private static final String MAIN = "org.coproduction.readiness.Main";

    /** A JVM to start: its main class and words, and the database the environment names (or none). */
    private record Launch(List<String> mainAndArguments, Path database) {
    }

    private static void report(String what, List<Double> times, double bareMedian) {
        System.out.printf("  %-34s %6.0f ms   ratio %.2f (goal <= 1.30)%n", what, median(times), median(times) / bareMedian);
    }

    /** Imports the built-in demo data into a new database, as "Explore the demo data" does. */
    private static void loadDemoData(Path file) throws Exception {
        QuestionnaireLibrary library = QuestionnaireLibrary.load(List.of());
        ExchangeReader reader = new ExchangeReader(library);
        List<Assessment> assessments = new ArrayList<>();
        for (Path seed : BuiltInFiles.jsonFiles("seeds")) {
            assessments.add(reader.read(seed).assessment());
        }
        try (Workspace workspace = Workspace.open(file, library)) {
            workspace.assessments().addAll(assessments);
        }
    }

    /** Starts a new JVM running the class with the words, and times it until its window shows. */
    private static double timeToWindow(VirtualDisplay display, Launch launch) throws Exception {
        // The child's preferences and data folder are the run's own, never the user's.
        Path home = Path.of("target", "startup-benchmark").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-D" + PROBE + "=true",
                "-Djava.util.prefs.userRoot=" + home.resolve("preferences"), "-cp", classPath()));
        command.addAll(launch.mainAndArguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display.name());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        if (launch.database() != null) {
            builder.environment().put("COPRODUCTION_READINESS_DB", launch.database().toString());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(SHOWN)) {
                    return (System.nanoTime() - started) / 1e6;
                }
            }
            throw new IllegalStateException("No window from " + launch + " (exit " + process.waitFor() + ")");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The program's classes and every library, as one class path (the same JavaFX jars for both). */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            Arrays.stream(value.split(File.pathSeparator)).filter(p -> !p.isBlank())
                    .filter(p -> !p.contains("openjfx-monocle")).forEach(parts::add);
        }
        return String.join(File.pathSeparator, parts);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** An Xvfb display on a free number, stopped when closed. */
    private record VirtualDisplay(String name, Process server) implements AutoCloseable {
        static VirtualDisplay start() throws IOException, InterruptedException {
            for (int number = 90; number < 140; number++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                    continue;
                }
                Process server = new ProcessBuilder("Xvfb", ":" + number, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                for (int wait = 0; wait < 50 && server.isAlive(); wait++) {
                    if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                        return new VirtualDisplay(":" + number, server);
                    }
                    Thread.sleep(100);
                }
                server.destroy();
            }
            throw new IllegalStateException("No free display for Xvfb");
        }

        @Override
        public void close() {
            server.destroy();
        }
    }
}
