package org.jrw.persistence;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Whole-file writes that readers never see half done: a temporary file beside the target, then a rename. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            Files.write(tmp, bytes);
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Renames a finished temporary file onto its target, replacing it: atomically where the file system can,
     * else a plain replacing move (a file system without atomic rename, e.g. some network shares).
     */
    public static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // expected on such file systems: the plain move below is the documented fallback
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes a temporary or staged file a change leaves behind, if it is there. Best effort: one that cannot be
     * deleted is logged (debug) and left, as a leftover is harmless (staged files are cleared when the workspace
     * is next opened).
     */
    public static void deleteLeftover(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(AtomicFiles.class).debug("temporary file {} not deleted", p, failure);
        }
    }
}
