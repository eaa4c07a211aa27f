package org.jrw.logic.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jrw.persistence.Vault;

/**
 * The files of an intake after reading: each stored (hashed) in the workspace's staging folder,
 * classified and its text read. Nothing is in the vault or the database yet: {@link #discard}
 * deletes the staged copies (cancel), {@link IntakeService#create} moves them into the vault with
 * the case's rows in one transaction.
 */
public final class IntakeScan implements AutoCloseable {
    private final List<IntakeFile> files;
    private final long bytes;
    private boolean closed;

    IntakeScan(List<IntakeFile> files, long bytes) {
        this.files = List.copyOf(files);
        this.bytes = bytes;
    }

    public List<IntakeFile> files() {
        return files;
    }

    /** Bytes read (files taken and not). */
    public long bytes() {
        return bytes;
    }

    public List<IntakeFile> included() {
        return files.stream().filter(IntakeFile::included).toList();
    }

    /** Deletes every staged copy: the intake leaves nothing behind. */
    public synchronized void discard() {
        if (closed) {
            return;
        }
        closed = true;
        for (IntakeFile f : files) {
            Vault.Staged s = f.staged();
            if (s != null) {
                try {
                    Files.deleteIfExists(s.temp());
                } catch (IOException failure) {
                    org.slf4j.LoggerFactory.getLogger(IntakeScan.class)
                            .debug("staged file {} not deleted", s.temp(), failure);
                    // the staging folder is emptied when the workspace is next opened
                }
            }
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized void markUsed() {
        closed = true;
    }

    @Override
    public void close() {
        discard();
    }
}
