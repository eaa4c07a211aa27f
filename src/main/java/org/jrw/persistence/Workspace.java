package org.jrw.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

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

    private Workspace(Path dir, Database db, Vault vault) {
        this.dir = dir;
        this.db = db;
        this.vault = vault;
    }

    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(DB_FILE));
    }

    public static Workspace open(Path dir) {
        try {
            Path abs = dir.toAbsolutePath().normalize();
            Files.createDirectories(abs);
            Files.createDirectories(abs.resolve("vault"));
            Files.createDirectories(abs.resolve("index"));
            Path tmp = abs.resolve("tmp");
            clearDirectory(tmp);
            Database db = Database.open(abs.resolve(DB_FILE));
            return new Workspace(abs, db, new Vault(abs.resolve("vault"), tmp));
        } catch (IOException e) {
            throw new PersistenceException("cannot open workspace " + dir + ": " + e.getMessage(), e);
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

    /** Deletes a folder's contents (the staging folder: nothing there is ever referenced). */
    public static void clearDirectory(Path d) throws IOException {
        if (Files.isDirectory(d)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    if (!p.equals(d)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
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
        try {
            clearDirectory(tmpDir());
            Files.deleteIfExists(tmpDir());
        } catch (IOException ignored) {
            // left for the next open, which empties it
        }
    }
}
