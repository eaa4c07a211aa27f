package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of case editing (migration V1_1): the edits of a case with the manifest before and after
 * (the undo and redo stacks), and the earlier versions of replaced files. Every method works in
 * the caller's transaction.
 */
public final class CaseEditDao {
    private CaseEditDao() {
    }

    /** One edit: the manifest text before and after, whether it is undone (on the redo stack). */
    public record EditRow(String caseId, long seq, String at, String actor, String action, String changes,
                          String beforeManifest, String afterManifest, boolean undone) {
    }

    /** An earlier version of a document's or evidence item's file. */
    public record FileVersion(long id, String caseId, String itemType, String itemId, String file, String sha256,
                              String replacedBySha256, String replacedAt, String replacedBy) {
    }

    /** Drops the redo stack (edits undone) of a case: a new edit starts a new branch. */
    public static void clearRedo(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_edits WHERE case_id = ? AND undone = 1")) {
            ps.setString(1, caseId);
            ps.executeUpdate();
        }
    }

    /** Appends an edit after the case's last one; returns its sequence number. */
    public static long insert(Connection c, String caseId, String at, String actor, String action, String changes,
                              String before, String after) throws SQLException {
        long seq = 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT max(seq) FROM case_edits WHERE case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    seq = rs.getLong(1) + 1;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_edits(case_id, seq, at, actor, action, "
                + "changes, before_manifest, after_manifest, undone) VALUES (?,?,?,?,?,?,?,?,0)")) {
            int i = 0;
            ps.setString(++i, caseId);
            ps.setLong(++i, seq);
            ps.setString(++i, at);
            ps.setString(++i, actor);
            ps.setString(++i, action);
            ps.setString(++i, changes);
            ps.setString(++i, before);
            ps.setString(++i, after);
            ps.executeUpdate();
        }
        return seq;
    }

    /** The latest edit not undone (what undo takes back). */
    public static Optional<EditRow> lastDone(Connection c, String caseId) throws SQLException {
        return one(c, "SELECT * FROM case_edits WHERE case_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1", caseId);
    }

    /** The earliest undone edit (what redo does again). */
    public static Optional<EditRow> firstUndone(Connection c, String caseId) throws SQLException {
        return one(c, "SELECT * FROM case_edits WHERE case_id = ? AND undone = 1 ORDER BY seq LIMIT 1", caseId);
    }

    public static void setUndone(Connection c, String caseId, long seq, boolean undone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE case_edits SET undone = ? WHERE case_id = ? AND seq = ?")) {
            ps.setInt(1, undone ? 1 : 0);
            ps.setString(2, caseId);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }

    /** Every edit of a case, oldest first. */
    public static List<EditRow> list(Connection c, String caseId) throws SQLException {
        List<EditRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM case_edits WHERE case_id = ? ORDER BY seq")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    public static void addFileVersion(Connection c, String caseId, String itemType, String itemId, String file,
                                      String sha256, String replacedBySha256, String at, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO file_history(case_id, item_type, item_id, file, "
                + "sha256, replaced_by_sha256, replaced_at, replaced_by) VALUES (?,?,?,?,?,?,?,?)")) {
            int i = 0;
            ps.setString(++i, caseId);
            ps.setString(++i, itemType);
            ps.setString(++i, itemId);
            ps.setString(++i, file);
            ps.setString(++i, sha256);
            ps.setString(++i, replacedBySha256);
            ps.setString(++i, at);
            ps.setString(++i, by);
            ps.executeUpdate();
        }
    }

    /** Earlier file versions of a case (every item), oldest first. */
    public static List<FileVersion> fileVersions(Connection c, String caseId) throws SQLException {
        List<FileVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, item_type, item_id, file, sha256, "
                + "replaced_by_sha256, replaced_at, replaced_by FROM file_history WHERE case_id = ? ORDER BY id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FileVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        }
        return out;
    }

    private static Optional<EditRow> one(Connection c, String sql, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static EditRow row(ResultSet rs) throws SQLException {
        return new EditRow(rs.getString("case_id"), rs.getLong("seq"), rs.getString("at"), rs.getString("actor"),
                rs.getString("action"), rs.getString("changes"), rs.getString("before_manifest"),
                rs.getString("after_manifest"), rs.getInt("undone") == 1);
    }
}
