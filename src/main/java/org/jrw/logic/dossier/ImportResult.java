package org.jrw.logic.dossier;

import java.util.List;

/** What an import did: the new (or replaced) case, counts, and warnings worth reading. */
public record ImportResult(String caseId, String caseNumber, int documents, int evidence, boolean replaced,
                           List<Problem> warnings) {
}
