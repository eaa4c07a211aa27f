package org.jrw.logic.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jrw.logic.dossier.PackageSource;
import org.jrw.model.BadInputException;
import org.jrw.persistence.Workspace;

/**
 * Reading a package ZIP that is not encrypted with Apache Commons Compress, as the dossier import
 * does (ADR 0152): zip4j is kept only for the AES envelope. The whole central directory is checked
 * before a byte is inflated — entry count, relative names without {@code ..}, no links, no
 * duplicates, the declared total size and each entry's compression ratio (a ZIP bomb) — then every
 * entry is extracted into a private staging folder with what it inflates to metered against the
 * total budget and against the size its header declared.
 */
final class UntrustedZip {
    private UntrustedZip() {
    }

    /** Whether any entry is encrypted (then zip4j opens the envelope); bad input when not a ZIP. */
    static boolean encrypted(Path file, String name) {
        try (ZipFile zip = open(file, name)) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.getGeneralPurposeBit().usesEncryption()) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new BadInputException(e, "exchange.package.corrupt", name, String.valueOf(e.getMessage()));
        }
    }

    /** Checks and extracts a plain package into a new folder under {@code stagingRoot}. */
    static ExchangeArchive.Extracted extract(Path file, String name, Path stagingRoot, PackageSource.Limits limits) {
        Path dir = null;
        try (ZipFile zip = open(file, name)) {
            Map<String, ZipArchiveEntry> byName = checked(zip, name, limits);
            Files.createDirectories(stagingRoot);
            dir = Files.createTempDirectory(stagingRoot, "exchange-");
            Map<String, Path> files = new HashMap<>();
            long[] budget = {limits.maxExpandedBytes()};
            int i = 0;
            for (Map.Entry<String, ZipArchiveEntry> e : byName.entrySet()) {
                Path target = dir.resolve("f" + (i++));
                copy(zip, e.getValue(), target, budget, name, limits);
                files.put(e.getKey(), target);
            }
            ExchangeArchive.Extracted x = new ExchangeArchive.Extracted(dir, files, false);
            dir = null;
            return x;
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (PackageSource.diskFull(e)) {
                throw new BadInputException(e, "seats.disk.full", stagingRoot.toString());
            }
            throw new BadInputException(e, "exchange.package.corrupt", name, String.valueOf(e.getMessage()));
        } finally {
            if (dir != null) {
                try {
                    Workspace.deleteTree(dir);
                } catch (IOException failure) {
                    org.slf4j.LoggerFactory.getLogger(UntrustedZip.class).debug("staging folder {} not deleted", dir, failure);
                }
            }
        }
    }

    private static ZipFile open(Path file, String name) {
        try {
            return ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(e, "exchange.package.notZip", name);
        }
    }

    /** The central directory, refused on what it declares (issue 21); files by name, sorted. */
    private static Map<String, ZipArchiveEntry> checked(ZipFile zip, String name, PackageSource.Limits limits) {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > limits.maxEntries()) {
            throw new BadInputException("exchange.package.tooManyEntries", name, limits.maxEntries());
        }
        Map<String, ZipArchiveEntry> byName = new TreeMap<>();
        long declared = 0;
        for (ZipArchiveEntry h : entries) {
            if (h.isDirectory()) {
                continue;
            }
            String n = h.getName();
            if (PackageSource.pathProblem(n) != null) {
                throw new BadInputException("exchange.package.badEntry", name, n);
            }
            if (h.isUnixSymlink()) {
                throw new BadInputException("exchange.package.link", name, n);
            }
            if (byName.put(n, h) != null) {
                throw new BadInputException("exchange.package.duplicate", name, n);
            }
            declared += Math.max(0, h.getSize());
            if (declared > limits.maxExpandedBytes()) {
                throw new BadInputException("exchange.package.tooLarge", name, mib(limits.maxExpandedBytes()));
            }
            if (PackageSource.suspiciousRatio(h.getSize(), h.getCompressedSize())) {
                throw new BadInputException("seats.zip.bomb", name, n, h.getSize() >> 20, h.getCompressedSize() >> 10);
            }
        }
        return byName;
    }

    private static void copy(ZipFile zip, ZipArchiveEntry entry, Path target, long[] budget, String name,
            PackageSource.Limits limits) throws IOException {
        long declaredSize = entry.getSize();
        long written = 0;
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[65536];
            int r;
            while ((r = in.read(buf)) > 0) {
                budget[0] -= r;
                written += r;
                if (budget[0] < 0) {
                    throw new BadInputException("exchange.package.tooLarge", name, mib(limits.maxExpandedBytes()));
                }
                if (declaredSize >= 0 && written > declaredSize) {
                    throw new BadInputException("seats.zip.lying", name, entry.getName()); // a lying header
                }
                out.write(buf, 0, r);
            }
        }
    }

    private static String mib(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
