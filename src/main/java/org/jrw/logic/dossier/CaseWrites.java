package org.jrw.logic.dossier;

import java.util.Collection;
import java.util.List;
import org.jrw.model.Dossier;
import org.jrw.persistence.CaseDao;
import org.jrw.persistence.SqlFunction;
import org.jrw.persistence.Vault;

/**
 * Owner of the case aggregate's rows (ADR 0141, {@code ArchitectureTest.tableOwners}): the case row and
 * its parties, officers, violations, documents and evidence, and the vault's file rows. Every writer —
 * the import, the intake, the case editor, a signature recorded here, a merged opinion — takes one of
 * these write steps and runs it inside its own transaction with its audit entry, so the change stays
 * all-or-nothing. The caller has validated the dossier and staged the files.
 */
public final class CaseWrites {
    private CaseWrites() {
    }

    /** A new case: the vault rows of its files, then its rows. */
    public static SqlFunction<Void> created(Dossier d, Collection<Vault.Staged> files) {
        return c -> {
            storing(files).apply(c);
            CaseDao.insert(c, d);
            return null;
        };
    }

    /**
     * The dossier of an existing case replaced (same case id): the vault rows of its files, then its rows;
     * what the workbench keeps of the case (review, meetings, exchange records …) stays.
     */
    public static SqlFunction<Void> replaced(Dossier d, Collection<Vault.Staged> files) {
        return c -> {
            storing(files).apply(c);
            CaseDao.replaceContent(c, d);
            return null;
        };
    }

    /** The vault rows of files stored (once per content; a known file is left as it is). */
    public static SqlFunction<Void> storing(Collection<Vault.Staged> files) {
        return c -> {
            for (Vault.Staged s : files) {
                CaseDao.addVaultFile(c, s.sha256(), s.size());
            }
            return null;
        };
    }

    /** As {@link #storing(Collection)} for one file. */
    public static SqlFunction<Void> storing(Vault.Staged file) {
        return storing(List.of(file));
    }
}
