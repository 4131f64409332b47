package org.coproduction.readiness.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two windows of the program from working on the same database at once, which would make
 * each show the other's changes late. The command line does not take it: a backup or an import
 * may run while the window is open. The operating system frees the lock if the program dies.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(Path databaseFile) {
        Path lockFile = Path.of(databaseFile.toAbsolutePath() + ".lock");
        FileChannel channel = null;
        try {
            java.nio.file.Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(databaseFile);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(databaseFile);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.READ_ONLY, "The folder of the database (" + lockFile.getParent()
                    + ") cannot be written. Move the database to a folder you can write to, or choose another file.", e);
        }
    }

    private static StoreException inUse(Path databaseFile) {
        return new StoreException(StoreException.Kind.LOCKED, "The database " + databaseFile + " is already open in another"
                + " window of Co-production Readiness. Switch to that window, or close it and try again.");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the first problem is the one to report.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }
}
