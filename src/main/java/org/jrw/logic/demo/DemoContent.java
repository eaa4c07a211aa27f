package org.jrw.logic.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jrw.logic.dossier.DossierImporter;
import org.jrw.logic.dossier.DossierService;
import org.jrw.logic.search.PrecedentService;
import org.jrw.logic.task.Progress;
import org.jrw.persistence.Workspace;

/**
 * The content shipped in the jar under {@code content/} (top-level {@code resources/} of the
 * source tree): the demo dossier and the precedent corpus. Loading is idempotent: a case already
 * in the workspace is left as it is.
 */
public final class DemoContent {
    public static final String DEMO_DOSSIER = "content/demo/demo.jrcase";
    public static final String PRECEDENTS = "content/precedents/cases.jsonl";

    private DemoContent() {
    }

    /** Imports the bundled demo dossier unless a case with its number exists. Returns true if imported. */
    public static boolean loadDemoDossier(Workspace ws, Progress progress) {
        Path tmp = null;
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(DEMO_DOSSIER)) {
            if (in == null) {
                throw new IllegalStateException("demo dossier missing from the program: " + DEMO_DOSSIER);
            }
            Files.createDirectories(ws.tmpDir());
            tmp = Files.createTempFile(ws.tmpDir(), "demo-", ".jrcase");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            DossierService service = new DossierService(ws);
            try (var src = org.jrw.logic.dossier.PackageSource.open(tmp,
                    org.jrw.logic.dossier.PackageSource.Limits.defaults())) {
                String number = DossierImporter.readManifest(src, new java.util.ArrayList<>()).caseInfo().caseNumber();
                if (service.list().stream().anyMatch(c -> c.caseNumber().equals(number))) {
                    return false;
                }
            }
            service.importPackage(tmp, false, progress);
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the demo dossier: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                org.jrw.persistence.AtomicFiles.deleteLeftover(tmp);
            }
        }
    }

    /**
     * Imports the bundled precedent corpus into the workspace's precedent library and index.
     * Idempotent (records are keyed by id). Returns the number of records imported.
     */
    public static int loadPrecedents(Workspace ws, Progress progress) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(PRECEDENTS)) {
            if (in == null) {
                throw new IllegalStateException("precedent corpus missing from the program: " + PRECEDENTS);
            }
            try (PrecedentService service = new PrecedentService(ws)) {
                return service.importJsonl(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                        "cases.jsonl").imported();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the precedent corpus: " + e.getMessage(), e);
        }
    }

    public static int precedentCount(Workspace ws) {
        try (PrecedentService service = new PrecedentService(ws)) {
            return service.count();
        }
    }
}
