package org.coproduction.readiness.common;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data files built into the program (the question banks and the demo data), found as paths
 * whether it runs from a folder of classes, from a jar, or from a linked runtime image.
 */
public final class BuiltInFiles {
    private BuiltInFiles() {
    }

    /** The JSON files of a built-in folder, sorted by name; empty when there is no such folder. */
    public static List<Path> jsonFiles(String folder) throws IOException {
        Optional<Path> found = folder(folder);
        if (found.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(found.get())) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    private static Optional<Path> folder(String name) {
        CodeSource source = BuiltInFiles.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        try {
            if (location == null) {
                return Optional.empty();
            }
            URI uri = location.toURI();
            if ("jrt".equals(uri.getScheme())) {
                String module = BuiltInFiles.class.getModule().getName();
                return existing(Path.of(URI.create("jrt:/")).resolve("modules").resolve(module).resolve(name));
            }
            Path path = Path.of(uri);
            if (Files.isDirectory(path)) {
                return existing(path.resolve(name));
            }
            return existing(jarFileSystem(path).getPath(name));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static FileSystem jarFileSystem(Path jar) throws IOException {
        try {
            return FileSystems.newFileSystem(jar);
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(URI.create("jar:" + jar.toUri()));
        }
    }

    private static Optional<Path> existing(Path folder) {
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }
}
