package org.jrw.logic.dossier;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jrw.model.BadInputException;

/**
 * The content of a {@code .jrcase} package, a ZIP file or a directory, read without trusting it:
 * every path is checked to stay inside the package, links are refused, and the number of entries
 * and the expanded size are capped ({@link Limits}).
 */
public interface PackageSource extends Closeable {
    String MANIFEST = "manifest.json";

    /** The package's name for messages (its file name). */
    String name();

    /** The bytes of {@code manifest.json}; BadInput when absent or too large. */
    byte[] manifest() throws IOException;

    /** True when the package holds a regular file at this (already checked) path. */
    boolean isFile(String path) throws IOException;

    /** Opens a listed file. The stream is bounded by the package's expanded-size budget. */
    InputStream open(String path) throws IOException;

    /** Every regular file of the package, as relative paths with {@code /}, sorted. */
    List<String> files() throws IOException;

    /** Size limits against hostile packages; system properties override the defaults. */
    record Limits(int maxEntries, long maxExpandedBytes, long maxManifestBytes) {
        public static Limits defaults() {
            return new Limits(Integer.getInteger("jrw.import.maxEntries", 20_000),
                    Long.getLong("jrw.import.maxExpandedBytes", 16L << 30),
                    Long.getLong("jrw.import.maxManifestBytes", 32L << 20));
        }
    }

    /**
     * Whether a ZIP entry's declared sizes look like a decompression bomb: at least
     * {@code jrw.import.bombFloorBytes} (16 MiB) expanded, and more than {@code jrw.import.maxRatio}
     * (200) times its compressed size. Evidence (PDF scans, photos, video, Office files) compresses
     * far less; checked on the central directory before anything is inflated (issue 21).
     */
    static boolean suspiciousRatio(long uncompressed, long compressed) {
        long floor = Long.getLong("jrw.import.bombFloorBytes", 16L << 20);
        long ratio = Long.getLong("jrw.import.maxRatio", 200);
        if (uncompressed < floor) {
            return false;
        }
        return compressed <= 0 || uncompressed / compressed > ratio;
    }

    /** Whether an I/O failure is a full disk (ENOSPC, Windows "not enough space"), anywhere in its causes. */
    static boolean diskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("not enough space on the disk")
                    || m.contains("disk quota exceeded") || m.contains("磁盘空间不足")) {
                return true;
            }
        }
        return false;
    }

    static PackageSource open(Path path, Limits limits) {
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException("import.package.notFound", String.valueOf(path));
        }
        if (Files.isSymbolicLink(path)) {
            throw new BadInputException("import.path.link", path.toString());
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return new DirectoryPackage(path, limits);
        }
        return ZipPackage.open(path, limits);
    }

    Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /**
     * Checks a manifest path: relative, {@code /}-separated, no {@code .}/{@code ..} or empty
     * segment, no backslash, no drive letter, no control character. Returns the reason key or null.
     */
    static String pathProblem(String p) {
        if (p == null || p.isEmpty()) {
            return "import.path.empty";
        }
        if (p.startsWith("/") || DRIVE.matcher(p).matches()) {
            return "import.path.absolute";
        }
        if (p.indexOf('\\') >= 0) {
            return "import.path.backslash";
        }
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) < 0x20) {
                return "import.path.control";
            }
        }
        for (String seg : p.split("/", -1)) {
            if (seg.equals("..")) {
                return "import.path.traversal";
            }
            if (seg.isEmpty() || seg.equals(".")) {
                return "import.path.malformed";
            }
        }
        return null;
    }
}
