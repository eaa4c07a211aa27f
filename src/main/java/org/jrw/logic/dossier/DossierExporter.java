package org.jrw.logic.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseDocument;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.persistence.Vault;

/**
 * Writes a dossier as a ZIP {@code .jrcase}: {@code manifest.json} first, then the files sorted
 * by path, every entry with the same fixed timestamp, so the same dossier always gives the same
 * bytes. The package is written next to the target and moved into place when complete.
 */
public final class DossierExporter {
    /** 2000-01-01T00:00:00Z: fixed entry time, so exports are reproducible. */
    static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    private DossierExporter() {
    }

    public record ExportResult(Path file, String sha256) {
    }

    public static byte[] manifestBytes(Dossier d) {
        return (Json.pretty(DossierCodec.write(d)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static ExportResult export(Dossier d, Vault vault, Path out, Progress progress) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BadInputException("export.out.isDirectory", target.toString());
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("export.out.noFolder", String.valueOf(dir));
        }
        TreeMap<String, String> files = new TreeMap<>();
        for (CaseDocument doc : d.documents()) {
            if (doc.file() != null) {
                files.putIfAbsent(doc.file(), doc.sha256());
            }
        }
        for (Evidence e : d.evidence()) {
            if (e.file() != null) {
                files.putIfAbsent(e.file(), e.sha256());
            }
        }
        for (String sha : files.values()) {
            if (!vault.contains(sha)) {
                throw new BadInputException("export.vault.missing", sha);
            }
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".jrw-export-", ".part");
            try (OutputStream fo = Files.newOutputStream(tmp); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(fo)) {
                // UTF-8 names flagged as such, written as from Unix: Info-ZIP's unzip then reads the Chinese
                // names as UTF-8 instead of the MS-DOS code page
                zip.setEncoding("UTF-8");
                zip.setUseLanguageEncodingFlag(true);
                put(zip, PackageSource.MANIFEST, manifestBytes(d));
                int done = 0;
                for (var f : files.entrySet()) {
                    progress.checkCancelled();
                    progress.update(done++, files.size(), f.getKey());
                    zip.putArchiveEntry(entry(f.getKey()));
                    try (InputStream in = Files.newInputStream(vault.pathOf(f.getValue()))) {
                        in.transferTo(zip);
                    }
                    zip.closeArchiveEntry();
                }
            }
            String sha = Vault.hash(tmp);
            org.jrw.persistence.AtomicFiles.move(tmp, target);
            tmp = null;
            return new ExportResult(target, sha);
        } catch (IOException e) {
            throw new BadInputException(e, "export.io", target.toString(), org.jrw.i18n.IoReasons.of(e));
        } finally {
            if (tmp != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(tmp);
            }
        }
    }

    private static ZipArchiveEntry entry(String name) {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setTime(FIXED_TIME.toMillis());
        e.setUnixMode(0100644); // a regular file, rw-r--r--; marks the entry as made on Unix
        return e;
    }

    private static void put(ZipArchiveOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putArchiveEntry(entry(name));
        zip.write(bytes);
        zip.closeArchiveEntry();
    }
}
