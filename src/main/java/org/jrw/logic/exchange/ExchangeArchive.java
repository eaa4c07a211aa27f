package org.jrw.logic.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.io.outputstream.ZipOutputStream;
import net.lingala.zip4j.model.FileHeader;
import net.lingala.zip4j.model.ZipParameters;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.CompressionMethod;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;

/**
 * The ZIP container of review and response packages, written with zip4j; read with zip4j only when
 * encrypted (the AES envelope), otherwise — and the envelope's inner ZIP — with Apache Commons
 * Compress ({@link UntrustedZip}, ADR 0152). With a
 * password the whole package is first written as an inner ZIP, which becomes the one entry
 * ({@value #SEALED}) of the outer ZIP, encrypted with AES-256 (WinZip AE-2, so 7-Zip can open
 * it too): the names of the files (which name persons, 询问笔录-张某华.pdf) are encrypted with
 * their content — a ZIP leaves entry names readable. Packages encrypted entry by entry (before
 * 2026-12) are still read. Reading distrusts the file as the dossier import does: the
 * whole central directory is checked first (relative {@code /} names without {@code ..}, no
 * links, no duplicates, entry count and declared size capped), then every entry is extracted into
 * a private staging folder with its size metered.
 */
public final class ExchangeArchive {
    static final long FIXED_TIME = java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    /** The one entry of an encrypted package: the package itself, as a ZIP. */
    static final String SEALED = "sealed.zip";

    private ExchangeArchive() {
    }

    /** Writes the entries (name → bytes or a Path to copy) atomically to {@code out}. */
    public static void write(Path out, SortedMap<String, Object> entries, char[] password) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BadInputException("exchange.out.isDirectory", target.toString());
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("exchange.out.noFolder", String.valueOf(dir));
        }
        Path tmp = null;
        Path inner = null;
        try {
            tmp = Files.createTempFile(dir, ".jrw-exchange-", ".part");
            boolean encrypt = password != null && password.length > 0;
            if (encrypt) {
                inner = Files.createTempFile(dir, ".jrw-exchange-", ".inner");
                zip(inner, entries, null);
                SortedMap<String, Object> sealed = new TreeMap<>();
                sealed.put(SEALED, inner);
                zip(tmp, sealed, password);
            } else {
                zip(tmp, entries, null);
            }
            org.jrw.persistence.AtomicFiles.move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.out.io", target.toString(), e.getMessage());
        } finally {
            for (Path p : new Path[] {tmp, inner}) {
                if (p != null) {
                    org.jrw.persistence.AtomicFiles.deleteLeftover(p);
                }
            }
        }
    }

    /** The entries as a ZIP file, each encrypted with AES-256 when a (non-empty) password is given. */
    private static void zip(Path file, SortedMap<String, Object> entries, char[] password) throws IOException {
        boolean encrypt = password != null; // write() passes null for "no password", never an empty one
        try (OutputStream fo = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(fo, encrypt ? password : null, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Object> e : entries.entrySet()) {
                ZipParameters p = new ZipParameters();
                p.setFileNameInZip(e.getKey());
                p.setCompressionMethod(CompressionMethod.DEFLATE);
                p.setLastModifiedFileTime(FIXED_TIME);
                if (encrypt) {
                    p.setEncryptFiles(true);
                    p.setEncryptionMethod(EncryptionMethod.AES);
                    p.setAesKeyStrength(AesKeyStrength.KEY_STRENGTH_256);
                }
                zip.putNextEntry(p);
                if (e.getValue() instanceof byte[] b) {
                    zip.write(b);
                } else {
                    try (InputStream in = Files.newInputStream((Path) e.getValue())) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
    }

    /** A package extracted into a staging folder; closing deletes the folder. */
    public static final class Extracted implements Closeable {
        private final Path dir;
        private final Map<String, Path> files;
        private final boolean encrypted;

        Extracted(Path dir, Map<String, Path> files, boolean encrypted) {
            this.dir = dir;
            this.files = files;
            this.encrypted = encrypted;
        }

        public Path dir() {
            return dir;
        }

        public boolean encrypted() {
            return encrypted;
        }

        /** Every file name, sorted. */
        public List<String> names() {
            return files.keySet().stream().sorted().toList();
        }

        public boolean has(String name) {
            return files.containsKey(name);
        }

        public Path path(String name) {
            return files.get(name);
        }

        public byte[] bytes(String name, long max) throws IOException {
            Path p = files.get(name);
            if (p == null) {
                return null;
            }
            if (Files.size(p) > max) {
                throw new BadInputException("exchange.package.tooLarge", name, mib(max));
            }
            return Files.readAllBytes(p);
        }

        @Override
        public void close() {
            try {
                Workspace.deleteTree(dir);
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(ExchangeArchive.class)
                        .debug("staging folder {} not deleted", dir, failure);
                // the staging folder is cleared when the workspace is next opened
            }
        }
    }

    /**
     * Checks and extracts a package into a new folder under {@code stagingRoot}. Bad input (exit 2)
     * when the file is missing, not a ZIP, encrypted without a password, the password is wrong, or
     * a name, link, count or size breaks the rules.
     */
    public static Extracted read(Path file, char[] password, Path stagingRoot, PackageSource.Limits limits) {
        if (file != null && Files.isDirectory(file)) {
            throw new BadInputException("exchange.package.notZip", file.toString());
        }
        if (file == null || !Files.isRegularFile(file)) {
            throw new BadInputException("exchange.package.notFound", String.valueOf(file));
        }
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) < 22) { // shorter than a ZIP's end record: empty or cut off at once
                throw new BadInputException("exchange.package.notZip", name);
            }
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.package.corrupt", name, String.valueOf(e.getMessage()));
        }
        if (!UntrustedZip.encrypted(file, name)) {
            return UntrustedZip.extract(file, name, stagingRoot, limits); // commons-compress (ADR 0152)
        }
        Path dir = null;
        try (ZipFile zip = new ZipFile(file.toFile(), password == null || password.length == 0 ? null
                : Arrays.copyOf(password, password.length))) {
            zip.setCharset(StandardCharsets.UTF_8);
            if (!zip.isValidZipFile()) {
                throw new BadInputException("exchange.package.notZip", name);
            }
            List<FileHeader> headers = zip.getFileHeaders();
            if (headers.size() > limits.maxEntries()) {
                throw new BadInputException("exchange.package.tooManyEntries", name, limits.maxEntries());
            }
            Map<String, FileHeader> byName = checkedEntries(headers, name, limits);
            boolean encrypted = byName.values().stream().anyMatch(FileHeader::isEncrypted);
            if (encrypted && (password == null || password.length == 0)) {
                throw new BadInputException("exchange.package.needsPassword", name);
            }
            Files.createDirectories(stagingRoot);
            dir = Files.createTempDirectory(stagingRoot, "exchange-");
            Map<String, Path> files = extractEntries(zip, byName, dir, name, limits);
            if (encrypted && files.size() == 1 && files.containsKey(SEALED)) {
                // the package inside the encrypted envelope: read with the same distrust, and a
                // refusal names the user's file (not the staging copy)
                Extracted in = UntrustedZip.extract(files.get(SEALED), name, stagingRoot, limits);
                Extracted x = new Extracted(in.dir(), in.files, true);
                return x; // the envelope's folder is deleted in finally
            }
            Extracted x = new Extracted(dir, files, encrypted);
            dir = null;
            return x;
        } catch (ZipException e) {
            if (e.getType() == ZipException.Type.WRONG_PASSWORD || String.valueOf(e.getMessage()).contains("Wrong Password")) {
                throw new BadInputException("exchange.package.wrongPassword", name);
            }
            throw new BadInputException(e, "exchange.package.corrupt", name, String.valueOf(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            if (PackageSource.diskFull(e)) {
                throw new BadInputException(e, "seats.disk.full", stagingRoot.toString());
            }
            throw new BadInputException(e, "exchange.package.corrupt", name, String.valueOf(e.getMessage()));
        } finally {
            if (dir != null) {
                try {
                    Workspace.deleteTree(dir);
                } catch (IOException failure) {
                    org.slf4j.LoggerFactory.getLogger(ExchangeArchive.class)
                            .debug("staging folder {} not deleted", dir, failure);
                    // cleared on next open
                }
            }
        }
    }

    /**
     * The file entries by name, checked on what the central directory declares before a byte is
     * inflated: safe names, no links, no duplicates, the total and the compression ratio in bounds.
     */
    private static Map<String, FileHeader> checkedEntries(List<FileHeader> headers, String name,
                                                          PackageSource.Limits limits) {
        long declared = 0;
        Map<String, FileHeader> byName = new TreeMap<>();
        for (FileHeader h : headers) {
            String n = h.getFileName();
            if (h.isDirectory()) {
                continue;
            }
            String problem = PackageSource.pathProblem(n);
            if (problem != null) {
                throw new BadInputException("exchange.package.badEntry", name, n);
            }
            int unixMode = (int) ((h.getExternalFileAttributes() == null ? 0
                    : (toInt(h.getExternalFileAttributes()) >>> 16)) & 0xF000);
            if (unixMode == 0xA000) {
                throw new BadInputException("exchange.package.link", name, n);
            }
            if (byName.put(n, h) != null) {
                throw new BadInputException("exchange.package.duplicate", name, n);
            }
            declared += Math.max(0, h.getUncompressedSize());
            if (declared > limits.maxExpandedBytes()) {
                throw new BadInputException("exchange.package.tooLarge", name, mib(limits.maxExpandedBytes()));
            }
            // refused on what the directory declares, before a byte is inflated (issue 21)
            if (PackageSource.suspiciousRatio(h.getUncompressedSize(), h.getCompressedSize())) {
                throw new BadInputException("seats.zip.bomb", name, n, h.getUncompressedSize() >> 20,
                        h.getCompressedSize() >> 10);
            }
        }
        return byName;
    }

    /** Extracts the entries into {@code dir} (f0, f1, …), counting every byte against the limits. */
    private static Map<String, Path> extractEntries(ZipFile zip, Map<String, FileHeader> byName, Path dir, String name,
                                                    PackageSource.Limits limits) throws IOException {
        Map<String, Path> files = new HashMap<>();
        long budget = limits.maxExpandedBytes();
        int i = 0;
        for (Map.Entry<String, FileHeader> e : byName.entrySet()) {
            Path target = dir.resolve("f" + (i++));
            long declaredSize = e.getValue().getUncompressedSize();
            long written = 0;
            try (InputStream in = zip.getInputStream(e.getValue()); OutputStream out = Files.newOutputStream(target)) {
                byte[] buf = new byte[65536];
                int r;
                while ((r = in.read(buf)) > 0) {
                    budget -= r;
                    written += r;
                    if (budget < 0) {
                        throw new BadInputException("exchange.package.tooLarge", name, mib(limits.maxExpandedBytes()));
                    }
                    if (declaredSize >= 0 && written > declaredSize) {
                        // more than the entry declared: a lying header
                        throw new BadInputException("seats.zip.lying", name, e.getKey());
                    }
                    out.write(buf, 0, r);
                }
            }
            files.put(e.getKey(), target);
        }
        return files;
    }

    private static long toInt(byte[] b) {
        long v = 0;
        for (int i = Math.min(3, b.length - 1); i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xFF);
        }
        return v;
    }

    /** A size limit as messages show it. */
    private static String mib(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
