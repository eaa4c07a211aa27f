package org.jrw.logic.integrity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.task.Progress;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseSummary;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Vault;
import org.jrw.persistence.Workspace;

/**
 * A full integrity check of a workspace: the SQLite integrity check, every case whole (each file
 * it refers to recorded in the vault and present), every vault file re-hashed against its name,
 * no vault file that nothing recorded, and the audit chain.
 */
public final class WorkspaceCheck {
    private WorkspaceCheck() {
    }

    /** One fault: an i18n key and its arguments. */
    public record Fault(String key, List<String> args) {
    }

    public record Report(String database, int cases, int vaultFiles, List<Fault> faults, Audit.Verification audit) {
        public boolean intact() {
            return "ok".equals(database) && faults.isEmpty() && audit.intact();
        }
    }

    public static Report run(Workspace ws, Progress progress) {
        String db = ws.db().integrityCheck();
        List<Fault> faults = new ArrayList<>();
        Set<String> recorded = new HashSet<>(ws.db().withConnection(CaseDao::vaultHashes));
        List<CaseSummary> cases = ws.db().withConnection(CaseDao::list);
        for (CaseSummary s : cases) {
            Dossier d = ws.db().withConnection(c -> CaseDao.load(c, s.caseId())).orElseThrow();
            for (CaseDocument doc : d.documents()) {
                need(ws, recorded, faults, d, doc.id(), doc.sha256());
            }
            for (Evidence e : d.evidence()) {
                need(ws, recorded, faults, d, e.id(), e.sha256());
            }
        }
        List<String> onDisk;
        try {
            onDisk = ws.vault().list();
        } catch (IOException e) {
            onDisk = List.of();
            faults.add(new Fault("integrity.vault.unreadable", List.of(e.getMessage())));
        }
        int i = 0;
        for (String sha : onDisk) {
            progress.checkCancelled();
            progress.update(i++, onDisk.size(), sha.substring(0, 12));
            if (!recorded.contains(sha)) {
                faults.add(new Fault("integrity.vault.orphan", List.of(sha)));
            } else if (!ws.vault().verify(sha).orElse(false)) {
                faults.add(new Fault("integrity.vault.mismatch", List.of(sha)));
            }
        }
        Set<String> present = new HashSet<>(onDisk);
        for (String sha : recorded) {
            if (!present.contains(sha)) {
                faults.add(new Fault("integrity.vault.missing", List.of(sha)));
            }
        }
        return new Report(db, cases.size(), onDisk.size(), List.copyOf(faults), Audit.verify(ws));
    }

    private static void need(Workspace ws, Set<String> recorded, List<Fault> faults, Dossier d, String id, String sha) {
        if (sha == null) {
            return;
        }
        if (!recorded.contains(sha) || !ws.vault().contains(sha)) {
            faults.add(new Fault("integrity.case.fileMissing", List.of(d.caseInfo().caseNumber(), id, sha)));
        }
    }
}
