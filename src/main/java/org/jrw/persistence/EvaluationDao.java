package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stored evaluations (案卷评查) and typical-case reports. The result and the template fields are
 * JSON text written by the logic layer. Methods take the caller's connection so that a change
 * commits together with its audit entry.
 */
public final class EvaluationDao {
    private EvaluationDao() {
    }

    /** One stored evaluation. */
    public record Row(long id, String caseId, String evaluatedAt, String evaluator, String modelId, int score,
                      String grade, boolean vetoed, String resultJson) {
    }

    /** A typical-case report row. */
    public record TypicalRow(String caseId, String fieldsJson, String level, String unit, String status,
                             String updatedAt, String reportedOn) {
    }

    public static long insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evaluations(case_id, evaluated_at, evaluator, "
                + "model_id, score, grade, vetoed, result) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.caseId());
            ps.setString(2, r.evaluatedAt());
            ps.setString(3, r.evaluator());
            ps.setString(4, r.modelId());
            ps.setInt(5, r.score());
            ps.setString(6, r.grade());
            ps.setInt(7, r.vetoed() ? 1 : 0);
            ps.setString(8, r.resultJson());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** The latest evaluation of a case. */
    public static Optional<Row> latest(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE case_id = ? ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    /** The latest evaluation of every evaluated case. */
    public static List<Row> latestPerCase(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT
                + " WHERE id IN (SELECT MAX(id) FROM evaluations GROUP BY case_id) ORDER BY case_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static final String SELECT =
            "SELECT id, case_id, evaluated_at, evaluator, model_id, score, grade, vetoed, result FROM evaluations";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getInt(8) != 0, rs.getString(9));
    }

    public static void saveTypical(Connection c, TypicalRow t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO typical_cases(case_id, fields, level, unit, status, "
                + "updated_at, reported_on) VALUES (?,?,?,?,?,?,?) ON CONFLICT(case_id) DO UPDATE SET fields = excluded.fields, "
                + "level = excluded.level, unit = excluded.unit, status = excluded.status, "
                + "updated_at = excluded.updated_at, reported_on = excluded.reported_on")) {
            ps.setString(1, t.caseId());
            ps.setString(2, t.fieldsJson());
            ps.setString(3, t.level());
            ps.setString(4, t.unit());
            ps.setString(5, t.status());
            ps.setString(6, t.updatedAt());
            ps.setString(7, t.reportedOn());
            ps.executeUpdate();
        }
    }

    public static Optional<TypicalRow> typical(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TSELECT + " WHERE case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(trow(rs)) : Optional.empty();
            }
        }
    }

    public static List<TypicalRow> typicals(Connection c) throws SQLException {
        List<TypicalRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(TSELECT + " ORDER BY case_id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(trow(rs));
            }
        }
        return out;
    }

    private static final String TSELECT =
            "SELECT case_id, fields, level, unit, status, updated_at, reported_on FROM typical_cases";

    private static TypicalRow trow(ResultSet rs) throws SQLException {
        return new TypicalRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    /** What the dashboard needs of each case. */
    public record CaseFacts(String caseId, String caseNumber, String agency, String district, String filedOn,
                            String status) {
    }

    public static List<CaseFacts> caseFacts(Connection c) throws SQLException {
        List<CaseFacts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT case_id, case_number, agency, district, filed_on, status FROM cases ORDER BY case_number");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CaseFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }
}
