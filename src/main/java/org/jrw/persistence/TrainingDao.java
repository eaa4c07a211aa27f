package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Stored exercise results (table {@code exercise_result}, migration V6). JSON columns are text. */
public final class TrainingDao {
    private TrainingDao() {
    }

    public record Row(long id, String caseId, String trainee, String submittedAt, String answer, int score,
                      String details) {
    }

    public static long insert(Connection c, String caseId, String trainee, String at, String answer, int score,
                              String details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exercise_result(case_id, trainee, submitted_at, "
                + "answer, score, details) VALUES (?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, caseId);
            ps.setString(2, trainee);
            ps.setString(3, at);
            ps.setString(4, answer);
            ps.setInt(5, score);
            ps.setString(6, details);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /** The latest result of every trainee on a case, by trainee name. */
    public static List<Row> latest(Connection c, String caseId) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, case_id, trainee, submitted_at, answer, score, details "
                + "FROM exercise_result r WHERE case_id = ? AND id = (SELECT MAX(id) FROM exercise_result "
                + "WHERE case_id = r.case_id AND trainee = r.trainee) ORDER BY trainee")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getInt(6), rs.getString(7)));
                }
            }
        }
        return out;
    }
}
