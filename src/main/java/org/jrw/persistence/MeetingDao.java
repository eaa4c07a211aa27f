package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stored joint review meetings. The whole meeting is JSON text written by the logic layer;
 * the columns beside it are for listing. Methods take the caller's connection so that a change
 * commits together with its audit entry.
 */
public final class MeetingDao {
    private MeetingDao() {
    }

    /** One stored meeting. */
    public record Row(String id, String caseId, String startedAt, String endedAt, String chair, String stateJson) {
    }

    /** Inserts or replaces a meeting. */
    public static void save(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meetings(id, case_id, started_at, ended_at, chair, "
                + "state) VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET ended_at = excluded.ended_at, "
                + "chair = excluded.chair, state = excluded.state")) {
            ps.setString(1, r.id());
            ps.setString(2, r.caseId());
            ps.setString(3, r.startedAt());
            ps.setString(4, r.endedAt());
            ps.setString(5, r.chair());
            ps.setString(6, r.stateJson());
            ps.executeUpdate();
        }
    }

    public static Optional<Row> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** A case's meetings, oldest first. */
    public static List<Row> ofCase(Connection c, String caseId) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY started_at, id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        }
        return out;
    }

    private static final String SELECT = "SELECT id, case_id, started_at, ended_at, chair, state FROM meetings";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
