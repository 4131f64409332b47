import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the native installer for the platform it runs on: a runtime linked with jlink, then
 * jpackage. Run by {@code mvn -Pinstaller package} (see the installer profile in pom.xml) as
 *
 * <pre>java installer/Package.java linux|windows|macos VERSION BUILD_DIR</pre>
 *
 * from the repository root, after the jar and its libraries (BUILD_DIR/lib) are built.
 *
 * <p>Why the jars are split: jlink links only real modules (jars with a module-info), and some
 * libraries the program uses are automatic modules (the PDF libraries have no module-info), and
 * so is, through them, the program's own module. So the runtime gets the JDK modules and every
 * real module among the libraries; the program's jar and the automatic modules are handed to
 * jpackage, whose launcher puts them on the module path and starts the main module.
 *
 * <p>The options that do not depend on the jars are in the files beside this one: jlink.args,
 * jpackage.args and PLATFORM/jpackage.args (one option per line, # starts a comment).
 */
public class Package {
    static final String APP_JAR = "coproduction-readiness.jar";
    static final String MAIN = "org.coproduction.readiness/org.coproduction.readiness.Main";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java installer/Package.java linux|windows|macos VERSION BUILD_DIR");
        }
        String platform = args[0];
        String version = args[1].replaceFirst("-.*", ""); // installers take numbers only: 1.2.0-SNAPSHOT -> 1.2.0
        Path build = Path.of(args[2]);
        Path installer = Path.of("installer");

        Path runtime = build.resolve("runtime");
        Path appModules = build.resolve("installer-modules");
        Path output = build.resolve("installer");
        for (Path dir : List.of(runtime, appModules, output)) {
            deleteTree(dir);
        }
        Files.createDirectories(appModules);

        // 1. Sort the libraries: real modules go into the runtime, automatic ones beside the program.
        List<Path> linked = new ArrayList<>();
        Set<String> roots = new TreeSet<>();
        List<Path> automatic = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> jars = Files.list(build.resolve("lib"))) {
            for (Path jar : jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList()) {
                ModuleDescriptor module = describe(jar);
                if (module.name().endsWith("Empty")) {
                    continue; // javafx-*.jar without a platform classifier: an empty placeholder
                }
                if (!seen.add(module.name())) {
                    throw new IllegalStateException("two jars of module " + module.name() + " in " + build.resolve("lib")
                            + " (a library's old version?): run mvn clean first");
                }
                if (module.isAutomatic()) {
                    automatic.add(jar);
                } else {
                    linked.add(jar);
                    roots.add(module.name());
                }
            }
        }
        // A real module that needs an automatic one (Apache POI needs commons-math3 and SparseBitSet,
        // which have no module-info) cannot be linked either: it goes beside the runtime too, and so,
        // in turn, does every real module that needs it.
        List<Path> besideButReal = new ArrayList<>();
        Set<String> beside = new TreeSet<>();
        automatic.forEach(jar -> beside.add(describe(jar).name()));
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Path jar : List.copyOf(linked)) {
                ModuleDescriptor module = describe(jar);
                boolean needsBeside = module.requires().stream()
                        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .anyMatch(r -> beside.contains(r.name()));
                if (needsBeside) {
                    linked.remove(jar);
                    roots.remove(module.name());
                    besideButReal.add(jar);
                    beside.add(module.name());
                    moved = true;
                }
            }
        }
        Path appJar = build.resolve(APP_JAR);
        Files.copy(appJar, appModules.resolve(APP_JAR));
        for (Path jar : besideButReal) {
            Files.copy(jar, appModules.resolve(jar.getFileName()));
        }
        for (Path jar : automatic) {
            Files.copy(jar, appModules.resolve(jar.getFileName()));
        }

        // 2. The JDK modules the program asks for, and those the automatic modules use (jdeps).
        Set<String> jdk = new TreeSet<>();
        ModuleFinder system = ModuleFinder.ofSystem();
        List<Path> declared = new ArrayList<>(List.of(appJar));
        declared.addAll(besideButReal);
        for (Path jar : declared) {
            for (ModuleDescriptor.Requires r : describe(jar).requires()) {
                if (system.find(r.name()).isPresent() && !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
                    jdk.add(r.name());
                }
            }
        }
        if (!automatic.isEmpty()) {
            List<String> jdeps = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                    "--print-module-deps"));
            automatic.forEach(j -> jdeps.add(j.toString()));
            for (String name : run("jdeps", jdeps, true).strip().split(",")) {
                if (!name.isBlank()) {
                    jdk.add(name.strip());
                }
            }
        }
        roots.addAll(jdk);
        System.out.println("Linked into the runtime: " + String.join(",", roots) + " (and what they require)");
        System.out.println("Beside the runtime: " + APP_JAR + ", "
                + String.join(", ", Stream.concat(automatic.stream(), besideButReal.stream())
                .map(j -> j.getFileName().toString()).toList()));

        // 3. The runtime: leave out JavaFX's native files (copied into the runtime's own library
        //    folder below) and SQLite's native libraries for other platforms.
        String nativeLibraries = platform.equals("windows") ? "bin" : "lib";
        List<String> jlink = new ArrayList<>(options(installer.resolve("jlink.args")));
        jlink.addAll(List.of(
                "--module-path", Path.of(System.getProperty("java.home"), "jmods") + pathSeparator() + joinPaths(linked),
                "--add-modules", String.join(",", roots),
                "--exclude-resources", "regex:/javafx\\.graphics/[^/]+\\.(so|dll|dylib|jar)"
                        + "|/org\\.xerial\\.sqlitejdbc/org/sqlite/native/(?!" + sqliteNativeFolder(platform) + "/).*",
                "--output", runtime.toString()));
        run("jlink", jlink, false);
        copyJavaFxNatives(linked, runtime.resolve(nativeLibraries));
        // The JDK's class-data archive for the linked runtime (jlink of JDK 17 makes none): the
        // JVM then maps the core classes instead of loading them, and starts a third faster.
        exec(runtime.resolve("bin").resolve(platform.equals("windows") ? "java.exe" : "java").toString(), "-Xshare:dump");

        // 4. The installers.
        for (String type : packageTypes(platform)) {
            List<String> jpackage = new ArrayList<>();
            jpackage.addAll(List.of("--type", type, "--app-version", version, "--dest", output.toString(),
                    "--runtime-image", runtime.toString(),
                    "--module-path", appModules.toString(),
                    "--module", MAIN));
            jpackage.addAll(options(installer.resolve("jpackage.args")));
            jpackage.addAll(options(installer.resolve(platform).resolve("jpackage.args")));
            run("jpackage", jpackage, false);
        }
        try (Stream<Path> made = Files.list(output)) {
            for (Path file : made.sorted().toList()) {
                System.out.printf("Built %s (%.1f MB)%n", file, Files.size(file) / 1e6);
            }
        }
    }

    /** .deb where dpkg-deb is found, .rpm where rpmbuild is; .msi on Windows; .dmg on macOS. */
    static List<String> packageTypes(String platform) {
        List<String> types = switch (platform) {
            case "linux" -> Stream.of("deb", "rpm")
                    .filter(t -> onPath(t.equals("deb") ? "dpkg-deb" : "rpmbuild"))
                    .toList();
            case "windows" -> List.of("msi");
            case "macos" -> List.of("dmg");
            default -> throw new IllegalArgumentException("unknown platform " + platform);
        };
        if (types.isEmpty()) {
            throw new IllegalStateException("neither dpkg-deb nor rpmbuild is installed: cannot build a Linux package");
        }
        if (platform.equals("linux") && !types.contains("rpm")) {
            System.out.println("rpmbuild is not installed: building the .deb only");
        }
        return types;
    }

    /** The folder of sqlite-jdbc's native library for this platform and processor. */
    static String sqliteNativeFolder(String platform) {
        String os = switch (platform) {
            case "linux" -> "Linux";
            case "windows" -> "Windows";
            default -> "Mac";
        };
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return os + "/" + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch);
    }

    /** JavaFX's native libraries, from the platform jar into the runtime's library folder. */
    static void copyJavaFxNatives(List<Path> jars, Path into) throws IOException {
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : zip.stream().toList()) {
                    String name = entry.getName();
                    if (!name.contains("/") && name.matches(".+\\.(so|dll|dylib)")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    /** Runs a program, its output hidden unless it fails. */
    static void exec(String... command) throws IOException, InterruptedException {
        System.out.println("> " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    static ModuleDescriptor describe(Path jar) {
        return ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor).findFirst()
                .orElseThrow(() -> new IllegalStateException("not a module: " + jar));
    }

    /** Runs a JDK tool in this process; returns what it printed when asked to capture it. */
    static String run(String tool, List<String> args, boolean capture) {
        System.out.println("> " + tool + " " + String.join(" ", args));
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException("no " + tool + " in this JDK"));
        StringWriter captured = new StringWriter();
        PrintWriter out = capture ? new PrintWriter(captured, true) : new PrintWriter(System.out, true);
        long started = System.nanoTime();
        int status = provider.run(out, new PrintWriter(System.err, true), args.toArray(String[]::new));
        out.flush();
        if (status != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + status + (capture ? ": " + captured : ""));
        }
        System.out.printf("  (%s took %.0f s)%n", tool, (System.nanoTime() - started) / 1e9);
        return captured.toString();
    }

    /** The options in a file: one or more a line, "quotes" around values with spaces, # comments. */
    static List<String> options(Path file) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            boolean inWord = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    inWord = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (inWord) {
                        options.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                options.add(word.toString());
            }
        }
        return options;
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(pathSeparator()))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    static String pathSeparator() {
        return System.getProperty("path.separator");
    }

    static String joinPaths(List<Path> paths) {
        return String.join(pathSeparator(), paths.stream().map(Path::toString).toList());
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
