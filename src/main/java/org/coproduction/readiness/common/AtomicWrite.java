package org.coproduction.readiness.common;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file the user asked for through a temporary file beside it, then moves it into place:
 * a failure half-way never leaves half a file, nor spoils an older file of the same name, and a
 * power cut just after the move leaves either the old file or the whole new one.
 */
public final class AtomicWrite {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Bytes of the target's name kept in the temporary name: room for the rest within 255 bytes. */
    private static final int LONGEST_NAME_KEPT = 100;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = temporaryBeside(absolute, ".tmp");
        try {
            // CREATE_NEW: open(2) with O_EXCL and mode 0666, so the user's umask decides who may read
            // the file, as for any document they save (Files.createTempFile would force 0600). A
            // random name that already exists fails here instead of being written through.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(new KeptOpen(out));
                out.flush();
                // The bytes must be on the disk before the rename makes them the file: otherwise a
                // power cut can leave the new name pointing at an empty or half-written file.
                channel.force(true);
            }
            keepPermissionsOf(absolute, temporary);
            moveIntoPlace(temporary, absolute);
            // The rename itself lives in the folder: sync it too, so the new file survives a power cut.
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A hidden name beside the target, unique by a random part: same folder so the final move is a
     * rename on one disk; hidden so a half-written file does not show in the user's folder.
     */
    public static Path temporaryBeside(Path target, String suffix) {
        String name = target.getFileName().toString();
        // Counted in UTF-8 bytes, as disks count them: 100 accented or CJK characters are far more.
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > LONGEST_NAME_KEPT) {
            name = name.substring(0, name.offsetByCodePoints(0, name.codePointCount(0, name.length()) - 1));
        }
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return target.resolveSibling("." + name + "." + HexFormat.of().formatHex(random) + suffix);
    }

    /** Forces a file's bytes to the disk. */
    public static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (new names, renames) to the disk where the system allows it. Windows
     * cannot open a folder as a file and makes renames durable on its own, so a failure is ignored:
     * the file itself is already safe.
     */
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Not possible on this system (Windows) or this disk: nothing more we can do.
        }
    }

    /**
     * Replacing a file keeps its permissions: a file the user made private (0600) stays private,
     * and a shared one stays shared. Only where the disk has POSIX permissions.
     */
    private static void keepPermissionsOf(Path existing, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            // Atomic: readers see the old file or the new one, never a mix or a missing file.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares and FAT disks cannot rename atomically: a plain replace is still
            // better than refusing to save; the content itself is complete and synced.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The stream handed to the content: closing it only flushes, so that content code that closes
     * its stream (as many libraries do) cannot close the file before we sync it.
     */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
