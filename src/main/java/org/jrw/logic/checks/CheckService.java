package org.jrw.logic.checks;

import java.util.List;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.Dossier;
import org.jrw.model.Finding;
import org.jrw.persistence.Workspace;

/** The legality review of a case in a workspace: loads the dossier and runs every check, verifying files in the vault. */
public final class CheckService {
    private final Workspace workspace;
    private final LegalityChecker checker;

    public CheckService(Workspace workspace) {
        this(workspace, new LegalityChecker());
    }

    public CheckService(Workspace workspace, LegalityChecker checker) {
        this.workspace = workspace;
        this.checker = checker;
    }

    /** The result of checking a case. */
    public record Result(Dossier dossier, List<Finding> findings) {
    }

    public Result check(String caseRef) {
        Dossier d = new DossierService(workspace).load(caseRef);
        return new Result(d, checker.check(d, (sha, file) -> workspace.vault().verify(sha)));
    }
}
