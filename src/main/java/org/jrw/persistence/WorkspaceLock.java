package org.jrw.persistence;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jrw.model.BadInputException;

/**
 * One writer per workspace: an OS file lock on {@code workspace.lock}, held while the workspace
 * is open. The file names the holder (user, host, process, since) for the "in use" message. The
 * operating system releases the lock when a process dies, so a crash never leaves a stale lock.
 * The file itself is never deleted (deleting lock files races with a process that has just opened
 * it); a clean close empties it.
 */
public final class WorkspaceLock implements AutoCloseable {
    public static final String FILE = "workspace.lock";
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    public static WorkspaceLock acquire(Path dir) {
        Path p = dir.resolve(FILE);
        {
            FileChannel ch = null;
            try {
                ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    // held by this process already: treated as held
                    l = null;
                }
                if (l == null) {
                    String holder = readHolder(ch);
                    ch.close();
                    throw new BadInputException("workspace.locked", dir.toString(), holder);
                }
                byte[] who = holder().getBytes(StandardCharsets.UTF_8);
                ch.truncate(0);
                ch.write(ByteBuffer.wrap(who), 0);
                ch.force(true);
                return new WorkspaceLock(p, ch, l);
            } catch (IOException e) {
                closeQuietly(ch);
                throw new PersistenceException("cannot lock workspace " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Who holds the lock now, or null when the workspace is free. */
    public static String holder(Path dir) {
        Path p = dir.resolve(FILE);
        if (!Files.exists(p)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                // held by this process: its holder line answers
                return readHolder(ch);
            }
            if (l == null) {
                return readHolder(ch);
            }
            l.release();
            return null;
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(WorkspaceLock.class).debug("lock file {} unreadable: no holder known", p, e);
            return null;
        }
    }

    private static String readHolder(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024);
        int n = ch.read(b, 0);
        return n <= 0 ? "?" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
    }

    static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            // no resolvable host name: the holder line says localhost
            host = "localhost";
        }
        // the process id from ProcessHandle, not the management bean (which starts JMX on the start's path)
        return System.getProperty("user.name", "?") + "@" + host + " (pid " + ProcessHandle.current().pid()
                + ") since " + org.jrw.model.Timestamps.nowSeconds();
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(WorkspaceLock.class).debug("lock file channel not closed", failure);
                // nothing more to do
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            channel.force(true);
            lock.release();
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(WorkspaceLock.class)
                    .warn("workspace lock not released cleanly; the OS releases it with the channel", failure);
            // the OS releases the lock with the channel
        } finally {
            closeQuietly(channel);
        }
    }
}
