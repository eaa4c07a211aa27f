package org.jrw.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Rows of the append-only audit trail and the hash that chains them. */
public final class AuditDao {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditDao() {
    }

    /** One stored entry. {@code targets} and {@code details} are JSON text. */
    public record Row(long seq, String at, String actor, String role, String action, String caseId, String targets,
                      String beforeDigest, String afterDigest, String details, String prevHash, String hash) {
    }

    /**
     * The entry's hash: SHA-256 over every field (with the previous hash) in a fixed order,
     * each field length-prefixed so that no two different entries serialise alike.
     */
    public static String hash(long seq, String at, String actor, String role, String action, String caseId,
                              String targets, String before, String after, String details, String prevHash) {
        StringBuilder sb = new StringBuilder();
        for (String f : new String[] {Long.toString(seq), at, actor, role, action, caseId, targets, before, after,
                details, prevHash}) {
            String v = f == null ? "\u0000" : f;
            sb.append(v.length()).append(':').append(v).append(';');
        }
        return Vault.hash(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An entry to append: everything but its position in the chain. */
    public record Entry(String at, String actor, String role, String action, String caseId, String targets,
                        String before, String after, String details) {
    }

    /** Appends an entry after the current last one, in the caller's transaction. */
    public static Row append(Connection c, Entry e) throws SQLException {
        return append(c, e.at(), e.actor(), e.role(), e.action(), e.caseId(), e.targets(), e.before(), e.after(),
                e.details());
    }

    static Row append(Connection c, String at, String actor, String role, String action, String caseId,
                      String targets, String before, String after, String details) throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        String h = hash(seq, at, actor, role, action, caseId, targets, before, after, details, prev);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log(seq, at, actor, role, action, case_id, "
                + "targets, before_digest, after_digest, details, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            ps.setLong(++i, seq);
            ps.setString(++i, at);
            ps.setString(++i, actor);
            ps.setString(++i, role);
            ps.setString(++i, action);
            ps.setString(++i, caseId);
            ps.setString(++i, targets);
            ps.setString(++i, before);
            ps.setString(++i, after);
            ps.setString(++i, details);
            ps.setString(++i, prev);
            ps.setString(++i, h);
            ps.executeUpdate();
        }
        return new Row(seq, at, actor, role, action, caseId, targets, before, after, details, prev, h);
    }

    /** Entries in storage order (rowid), optionally filtered; the order matters to verification. */
    public static List<Row> list(Connection c, String caseId, String actor) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, at, actor, role, action, case_id, targets, before_digest, "
                + "after_digest, details, prev_hash, hash FROM audit_log WHERE 1=1");
        List<String> args = new ArrayList<>();
        if (caseId != null) {
            sql.append(" AND case_id = ?");
            args.add(caseId);
        }
        if (actor != null) {
            sql.append(" AND actor = ?");
            args.add(actor);
        }
        sql.append(" ORDER BY rowid");
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12)));
                }
            }
        }
        return out;
    }
}
