package org.jrw.logic.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jrw.codec.Json;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.Timestamps;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * Backup and restore of a whole workspace. A backup is a folder: {@code workspace.db} (SQLite
 * online backup, consistent while the workspace stays in use), {@code vault/} (every file, checked
 * against its hash while copied), {@code audit.head} and {@code backup.json} (what was copied).
 * It is written into a temporary folder beside the target and renamed when complete.
 */
public final class Backup {
    public static final String MANIFEST = "backup.json";

    private Backup() {
    }

    public record Result(Path dir, int vaultFiles, long bytes) {
    }

    public static Result backup(Workspace ws, Path target, Progress progress) {
        Path out = target.toAbsolutePath().normalize();
        if (Files.exists(out)) {
            throw new BadInputException("backup.target.exists", out.toString());
        }
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException("backup.target.noFolder", String.valueOf(parent));
        }
        Path tmp = parent.resolve("." + out.getFileName() + ".part");
        try {
            Workspace.deleteTree(tmp);
            Files.createDirectories(tmp.resolve("vault"));
            ws.db().backupTo(tmp.resolve(Workspace.DB_FILE));
            List<String> files = ws.vault().list();
            long bytes = 0;
            int i = 0;
            for (String sha : files) {
                progress.checkCancelled();
                progress.update(i++, files.size(), sha.substring(0, 12));
                Path dst = tmp.resolve("vault").resolve(sha.substring(0, 2)).resolve(sha);
                Files.createDirectories(dst.getParent());
                Files.copy(ws.vault().pathOf(sha), dst, StandardCopyOption.COPY_ATTRIBUTES);
                if (!Vault.hash(dst).equals(sha)) {
                    throw new BadInputException("backup.vault.mismatch", sha);
                }
                bytes += Files.size(dst);
            }
            Path head = ws.dir().resolve(Audit.HEAD_FILE);
            if (Files.exists(head)) {
                Files.copy(head, tmp.resolve(Audit.HEAD_FILE));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", "jrw-backup");
            m.put("version", 1);
            m.put("createdAt", Timestamps.now());
            m.put("source", ws.dir().toString());
            m.put("database", Vault.hash(tmp.resolve(Workspace.DB_FILE)));
            m.put("vaultFiles", files.size());
            m.put("vaultBytes", bytes);
            Files.writeString(tmp.resolve(MANIFEST), Json.pretty(m), StandardCharsets.UTF_8);
            Files.move(tmp, out);
            return new Result(out, files.size(), bytes);
        } catch (IOException e) {
            throw new BadInputException(e, "backup.io", out.toString(), org.jrw.i18n.IoReasons.of(e));
        } finally {
            try {
                Workspace.deleteTree(tmp);
            } catch (IOException failure) {
                org.slf4j.LoggerFactory.getLogger(Backup.class)
                        .debug("temporary backup folder {} not deleted", tmp, failure);
                // best effort
            }
        }
    }

    /**
     * Restores a backup folder into {@code target}, which must be absent or empty; checks the
     * database digest and every vault file before the workspace is opened.
     */
    public static Path restore(Path backupDir, Path target) {
        Path src = backupDir.toAbsolutePath().normalize();
        Path out = target.toAbsolutePath().normalize();
        Map<String, Object> m;
        try {
            m = Json.readMap(Files.readString(src.resolve(MANIFEST), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(e, "restore.notBackup", src.toString());
        }
        if (!"jrw-backup".equals(m.get("format"))) {
            throw new BadInputException("restore.notBackup", src.toString());
        }
        try {
            if (Files.exists(out)) {
                try (Stream<Path> s = Files.list(out)) {
                    if (s.findAny().isPresent()) {
                        throw new BadInputException("restore.target.notEmpty", out.toString());
                    }
                }
            }
            if (!Vault.hash(src.resolve(Workspace.DB_FILE)).equals(m.get("database"))) {
                throw new BadInputException("restore.database.mismatch", src.toString());
            }
            boolean created = !Files.exists(out);
            try {
                Files.createDirectories(out.resolve("vault"));
                Files.copy(src.resolve(Workspace.DB_FILE), out.resolve(Workspace.DB_FILE));
                Path vault = src.resolve("vault");
                if (Files.isDirectory(vault)) {
                    try (Stream<Path> s = Files.walk(vault)) {
                        for (Path f : (Iterable<Path>) s::iterator) {
                            if (Files.isRegularFile(f)) {
                                String sha = f.getFileName().toString();
                                if (!Vault.isSha256(sha) || !Vault.hash(f).equals(sha)) {
                                    throw new BadInputException("restore.vault.mismatch", f.toString());
                                }
                                Path dst = out.resolve("vault").resolve(sha.substring(0, 2)).resolve(sha);
                                Files.createDirectories(dst.getParent());
                                Files.copy(f, dst);
                            }
                        }
                    }
                }
                if (Files.exists(src.resolve(Audit.HEAD_FILE))) {
                    Files.copy(src.resolve(Audit.HEAD_FILE), out.resolve(Audit.HEAD_FILE));
                }
            } catch (IOException | RuntimeException e) {
                if (created) {
                    Workspace.deleteTree(out);
                } else {
                    Workspace.clearDirectory(out);
                }
                throw e;
            }
            return out;
        } catch (IOException e) {
            throw new BadInputException(e, "restore.io", out.toString(), org.jrw.i18n.IoReasons.of(e));
        }
    }
}
