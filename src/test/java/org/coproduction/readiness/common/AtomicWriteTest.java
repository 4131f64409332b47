package org.coproduction.readiness.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Saving a file whole or not at all, with the permissions the user expects. */
class AtomicWriteTest {
    @TempDir
    Path folder;

    @Test
    void writesTheContentAndLeavesNothingElseBehind() throws Exception {
        Path target = folder.resolve("sub").resolve("report.txt");
        AtomicWrite.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("hello");
        assertThat(names(target.getParent())).containsExactly("report.txt");
    }

    @Test
    void aLongNameInAnotherScriptIsWrittenToo() throws Exception {
        // 80 characters of three UTF-8 bytes each: 244 bytes with ".pdf", a legal name, whose
        // temporary name must still fit in the 255 bytes a disk allows.
        Path target = folder.resolve("協".repeat(80) + ".pdf");
        AtomicWrite.write(target, out -> out.write(1));
        assertThat(target).hasBinaryContent(new byte[] {1});
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void contentThatClosesItsStreamIsStillSavedWhole() throws Exception {
        Path target = folder.resolve("closed.txt");
        AtomicWrite.write(target, out -> {
            out.write("all of it".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertThat(Files.readString(target)).isEqualTo("all of it");
    }

    @Test
    void aNewFileGetsThePermissionsTheUmaskGivesAnyNewFile() throws Exception {
        assumeTrue(posix(), "Permissions are POSIX-only");
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path written = folder.resolve("written.txt");
        AtomicWrite.write(written, out -> out.write(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    }

    @Test
    void replacingAPrivateFileKeepsItPrivate() throws Exception {
        assumeTrue(posix(), "Permissions are POSIX-only");
        Path target = folder.resolve("private.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        AtomicWrite.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aFailingWriteLeavesTheOldFileUntouchedAndNoTemporaryFile() throws Exception {
        Path target = folder.resolve("keep.txt");
        Files.writeString(target, "the old report");
        byte[] before = Files.readAllBytes(target);
        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
            out.write("half of the new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk pulled out");
        })).isInstanceOf(IOException.class).hasMessage("disk pulled out");
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(names(folder)).containsExactly("keep.txt");
    }

    @Test
    void temporaryNamesAreHiddenBesideTheTargetAndDiffer() {
        Path target = folder.resolve("x".repeat(250) + ".pdf");
        Path one = AtomicWrite.temporaryBeside(target, ".tmp");
        Path two = AtomicWrite.temporaryBeside(target, ".tmp");
        assertThat(one.getParent()).isEqualTo(folder);
        assertThat(one.getFileName().toString()).startsWith(".").endsWith(".tmp").hasSizeLessThan(255);
        assertThat(one).isNotEqualTo(two);
    }

    private boolean posix() throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView("posix");
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
