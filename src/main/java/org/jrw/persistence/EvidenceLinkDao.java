package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The evidence ↔ violation links ({@code evidence_proves}); works in the caller's transaction. */
public final class EvidenceLinkDao {
    private EvidenceLinkDao() {
    }

    /** Replaces the violations an evidence item proves (order kept). */
    public static void setProves(Connection c, String caseId, String evidenceId, List<String> violationIds)
            throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM evidence_proves WHERE case_id = ? AND evidence_id = ?")) {
            del.setString(1, caseId);
            del.setString(2, evidenceId);
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO evidence_proves(case_id, evidence_id, violation_id, ord) VALUES (?,?,?,?)")) {
            int ord = 0;
            for (String v : violationIds) {
                ins.setString(1, caseId);
                ins.setString(2, evidenceId);
                ins.setString(3, v);
                ins.setInt(4, ord++);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }
}
