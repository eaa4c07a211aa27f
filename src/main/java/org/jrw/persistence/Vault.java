package org.jrw.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content-addressed evidence store: each file once, under {@code vault/<2 hex>/<sha256>}, never
 * modified. Files arrive by {@link #stage} (copied to the workspace's temp folder while hashed,
 * one read) and become visible by {@link #commit} (fsync, then atomic rename), so a file in the
 * vault is always complete.
 */
public final class Vault {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 1 << 20;
    private final Path root;
    private final Path tmp;

    public Vault(Path root, Path tmp) {
        this.root = root;
        this.tmp = tmp;
    }

    public Path root() {
        return root;
    }

    /** A file copied into the temp folder and hashed, not yet in the vault. */
    public record Staged(Path temp, String sha256, long size) {
    }

    public static boolean isSha256(String s) {
        return s != null && SHA.matcher(s).matches();
    }

    public Path pathOf(String sha256) {
        if (!isSha256(sha256)) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return isSha256(sha256) && Files.isRegularFile(pathOf(sha256));
    }

    /** Copies the stream into the temp folder, hashing as it goes; at most {@code limit} bytes. */
    public Staged stage(InputStream in, long limit) throws IOException {
        Files.createDirectories(tmp);
        Path t = Files.createTempFile(tmp, "stage-", ".part");
        MessageDigest md = sha256();
        long total = 0;
        try (OutputStream out = Files.newOutputStream(t, StandardOpenOption.WRITE)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) {
                    throw new SizeLimitException(limit);
                }
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(t);
            throw e;
        }
        return new Staged(t, HexFormat.of().formatHex(md.digest()), total);
    }

    /** Thrown by {@link #stage} when the input is larger than allowed. */
    public static final class SizeLimitException extends IOException {
        public SizeLimitException(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    /**
     * Moves a staged file into the vault. Returns true when the file is new to the vault, false
     * when the same content was already there (the staged copy is then deleted).
     */
    public boolean commit(Staged s) throws IOException {
        Path target = pathOf(s.sha256());
        if (Files.isRegularFile(target)) {
            Files.deleteIfExists(s.temp());
            return false;
        }
        try (FileChannel ch = FileChannel.open(s.temp(), StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.createDirectories(target.getParent());
        AtomicFiles.move(s.temp(), target);
        fsyncDir(target.getParent());
        return true;
    }

    /**
     * {@link #commit}s each staged file inside a change's transaction, adding to {@code added} the hashes new to
     * the vault, so that a change that fails after all can take them out again ({@link #removeAdded}).
     */
    public void commitAll(java.util.Collection<Staged> staged, java.util.List<String> added) {
        for (Staged s : staged) {
            try {
                if (commit(s)) {
                    added.add(s.sha256());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Takes out the files a failed {@code change} added ({@link #commitAll}). One that cannot be removed is
     * logged and left: an orphan file is harmless, the vault check reports it and the next open removes it.
     */
    public void removeAdded(java.util.List<String> added, String change) {
        for (String sha : added) {
            try {
                remove(sha);
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(Vault.class).info(
                        "vault file {} not removed after a failed {}; the vault check reports it", sha, change, failure);
            }
        }
    }

    /** Every file in the vault, by SHA-256 (names that are not a SHA-256 are ignored). */
    public java.util.List<String> list() throws IOException {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(root, 2)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && isSha256(n)) {
                    out.add(n);
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** Removes a file from the vault (only for rolling back a file this operation added). */
    public void remove(String sha256) throws IOException {
        Files.deleteIfExists(pathOf(sha256));
    }

    /** Re-hashes a vault file: present and matching, present and mismatching, or absent. */
    public Optional<Boolean> verify(String sha256) {
        if (!isSha256(sha256)) {
            return Optional.of(false);
        }
        Path p = pathOf(sha256);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(hash(p).equals(sha256));
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Vault.class).warn("vault file {} unreadable while checking its hash", sha256, e);
            return Optional.of(false);
        }
    }

    public static String hash(Path p) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(Vault.class)
                    .debug("directory {} not synced (not supported by this file system)", dir, failure);
            // some file systems do not allow opening a directory; the rename is still atomic
        }
    }
}
