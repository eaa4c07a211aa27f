package org.jrw.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace folder: {@code workspace.db} (SQLite), {@code vault/} (evidence files by SHA-256),
 * {@code index/} (the Lucene index, a rebuildable cache) and {@code tmp/} (staging, emptied on
 * open). {@link #open} creates what is missing.
 */
public final class Workspace implements AutoCloseable {
    public static final String DB_FILE = "workspace.db";
    private final Path dir;
    private final Database db;
    private final Vault vault;
    private final WorkspaceLock lock;

    private Workspace(Path dir, Database db, Vault vault, WorkspaceLock lock) {
        this.dir = dir;
        this.db = db;
        this.vault = vault;
        this.lock = lock;
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_FILE));
    }

    /**
     * Opens (creating what is missing) for reading and writing, holding the workspace lock; a
     * workspace in use by another process is refused with a message naming the holder. Opening
     * also finishes what a crash interrupted: staging files are deleted and vault files that no
     * committed transaction refers to are removed.
     */
    public static Workspace open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        WorkspaceLock lock = null;
        Database db = null;
        try {
            Files.createDirectories(abs);
            lock = WorkspaceLock.acquire(abs);
            Files.createDirectories(abs.resolve("vault"));
            Files.createDirectories(abs.resolve("index"));
            Path tmp = abs.resolve("tmp");
            clearDirectory(tmp);
            db = Database.open(abs.resolve(DB_FILE));
            Workspace ws = new Workspace(abs, db, new Vault(abs.resolve("vault"), tmp), lock);
            ws.removeUncommittedVaultFiles();
            return ws;
        } catch (IOException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            if (lock != null) {
                lock.close();
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new PersistenceException("cannot open workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing workspace read-only, without the lock (for reading while another process works). */
    public static Workspace openReadOnly(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!exists(abs)) {
            throw new org.jrw.model.BadInputException("workspace.missing", abs.toString());
        }
        Database db = Database.open(abs.resolve(DB_FILE), true);
        return new Workspace(abs, db, new Vault(abs.resolve("vault"), abs.resolve("tmp")), null);
    }

    public boolean readOnly() {
        return lock == null;
    }

    /** Who holds the workspace (another process), or null when it is free. */
    public static String holder(Path dir) {
        return WorkspaceLock.holder(dir.toAbsolutePath().normalize());
    }

    /**
     * Vault files are renamed into place inside the import transaction, before it commits; a crash
     * in between leaves files no row refers to. They are removed here, under the lock.
     */
    private void removeUncommittedVaultFiles() throws IOException {
        java.util.Set<String> known = new java.util.HashSet<>(db.withConnection(CaseDao::vaultHashes));
        for (String sha : vault.list()) {
            if (!known.contains(sha)) {
                vault.remove(sha);
            }
        }
    }

    public Path dir() {
        return dir;
    }

    public Database db() {
        return db;
    }

    public Vault vault() {
        return vault;
    }

    public Path indexDir() {
        return dir.resolve("index");
    }

    public Path tmpDir() {
        return dir.resolve("tmp");
    }

    /**
     * Deletes a folder's contents (the staging folder: nothing there is ever referenced). A file or
     * folder that vanishes meanwhile (a background task removing its own temporary file as the
     * workspace closes) is not an error; links are removed, never followed.
     */
    public static void clearDirectory(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return;
        }
        Files.walkFileTree(d, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                Files.deleteIfExists(f);
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return java.nio.file.FileVisitResult.CONTINUE; // removed meanwhile
                }
                throw e;
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
                if (!dir.equals(d)) {
                    Files.deleteIfExists(dir);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path d) throws IOException {
        if (Files.exists(d)) {
            clearDirectory(d);
            Files.deleteIfExists(d);
        }
    }

    @Override
    public void close() {
        db.close();
        if (lock == null) {
            return;
        }
        try {
            clearDirectory(tmpDir());
            Files.deleteIfExists(tmpDir());
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(Workspace.class)
                    .info("temporary folder not emptied on close; emptied at the next open", failure);
            // left for the next open, which empties it
        } finally {
            lock.close();
        }
    }
}
