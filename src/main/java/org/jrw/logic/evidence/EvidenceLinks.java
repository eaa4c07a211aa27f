package org.jrw.logic.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.logic.audit.Audit;
import org.jrw.logic.dossier.DossierService;
import org.jrw.model.BadInputException;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Violation;
import org.jrw.persistence.AuditDao;
import org.jrw.persistence.EvidenceLinkDao;
import org.jrw.persistence.Workspace;

/**
 * The evidence ↔ violation matrix: which evidence proves which violation, which violations have
 * no evidence and which evidence proves nothing; links are edited in one transaction each.
 */
public final class EvidenceLinks {
    private final Workspace workspace;
    private final DossierService dossiers;

    public EvidenceLinks(Workspace workspace) {
        this.workspace = workspace;
        this.dossiers = new DossierService(workspace);
    }

    /** Violations with no evidence proving them. */
    public static List<String> unprovenViolations(Dossier d) {
        return d.violations().stream().map(Violation::id).filter(v -> d.evidenceFor(v).isEmpty()).toList();
    }

    /** Evidence items linked to no violation of the case. */
    public static List<String> unlinkedEvidence(Dossier d) {
        List<String> known = d.violations().stream().map(Violation::id).toList();
        return d.evidence().stream().filter(e -> e.proves().stream().noneMatch(known::contains))
                .map(Evidence::id).toList();
    }

    /**
     * Links or unlinks an evidence item and a violation; returns the evidence item's new list of
     * proven violations.
     */
    public List<String> setLink(String caseRef, String evidenceId, String violationId, boolean proves) {
        Dossier d = dossiers.load(caseRef);
        Evidence e = d.evidenceItem(evidenceId)
                .orElseThrow(() -> new BadInputException("annotation.target.unknown", evidenceId,
                        d.caseInfo().caseNumber()));
        if (d.violation(violationId).isEmpty()) {
            throw new BadInputException("evidence.violation.unknown", violationId);
        }
        List<String> after = new ArrayList<>(e.proves());
        if (proves && !after.contains(violationId)) {
            after.add(violationId);
        } else if (!proves) {
            after.remove(violationId);
        }
        if (after.equals(e.proves())) {
            return after;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("violation", violationId);
        details.put("proves", proves);
        workspace.db().inTransaction(c -> {
            EvidenceLinkDao.setProves(c, d.caseId(), evidenceId, after);
            AuditDao.append(c, Audit.entry("evidence.link", d.caseId(), List.of(evidenceId, violationId),
                    String.join(",", e.proves()), String.join(",", after), details));
            return null;
        });
        Audit.writeHead(workspace);
        return List.copyOf(after);
    }
}
