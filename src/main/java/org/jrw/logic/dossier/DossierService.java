package org.jrw.logic.dossier;

import java.nio.file.Path;
import java.util.List;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.task.Progress;
import org.jrw.model.BadInputException;
import org.jrw.model.CaseSummary;
import org.jrw.model.Dossier;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.Workspace;

/** The dossier use cases the CLI and the GUI share: import, export, list, load. */
public final class DossierService {
    private final Workspace workspace;

    public DossierService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ImportResult importPackage(Path path, boolean replace, Progress progress) {
        return new DossierImporter(workspace).importPackage(path, replace, progress);
    }

    public DossierExporter.ExportResult export(String caseRef, Path out, Progress progress) {
        Dossier d = load(caseRef);
        DossierExporter.ExportResult r = DossierExporter.export(d, workspace.vault(), out, progress);
        if (!workspace.readOnly()) {
            Audit.recordNow(workspace, "case.export", d.caseId(), List.of(d.caseId()), null, r.sha256(),
                    java.util.Map.of("file", r.file().toString()));
        }
        return r;
    }

    public List<CaseSummary> list() {
        return workspace.db().withConnection(CaseDao::list);
    }

    public int count() {
        return workspace.db().withConnection(CaseDao::count);
    }

    /** Resolves a case id or case number. */
    public String resolve(String caseRef) {
        if (caseRef == null || caseRef.isBlank()) {
            throw new BadInputException("case.ref.blank");
        }
        return workspace.db().withConnection(c -> CaseDao.resolve(c, caseRef.strip()))
                .orElseThrow(() -> new BadInputException("case.notFound", caseRef));
    }

    public Dossier load(String caseRef) {
        String id = resolve(caseRef);
        return workspace.db().withConnection(c -> CaseDao.load(c, id))
                .orElseThrow(() -> new BadInputException("case.notFound", caseRef));
    }
}
