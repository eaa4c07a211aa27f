package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jrw.codec.Json;
import org.jrw.model.Annotation;
import org.jrw.model.AnnotationKind;
import org.jrw.model.Role;

/** Rows of the annotations table; every method works in the caller's transaction. */
public final class AnnotationDao {
    private static final String COLUMNS = "annotation_id, case_id, parent_id, target_id, target_type, target_sha256, "
            + "page, rects, text_start, text_end, time_from, time_to, kind, body, author, role, organisation, status, "
            + "created_at, modified_at";

    private AnnotationDao() {
    }

    public static void insert(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotations(" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 0;
            ps.setString(++i, a.id());
            ps.setString(++i, a.caseId());
            ps.setString(++i, a.parentId());
            ps.setString(++i, a.targetId());
            ps.setString(++i, a.targetType().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(++i, a.targetSha256());
            setObj(ps, ++i, a.page(), Types.INTEGER);
            ps.setString(++i, a.rects().isEmpty() ? null : Json.write(a.rects().stream().map(Annotation.Rect::asList).toList()));
            setObj(ps, ++i, a.textStart(), Types.INTEGER);
            setObj(ps, ++i, a.textEnd(), Types.INTEGER);
            setObj(ps, ++i, a.timeFrom(), Types.REAL);
            setObj(ps, ++i, a.timeTo(), Types.REAL);
            ps.setString(++i, a.kind().name());
            ps.setString(++i, a.note());
            ps.setString(++i, a.author());
            ps.setString(++i, a.role().name());
            ps.setString(++i, a.organisation());
            ps.setString(++i, a.status().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(++i, a.createdAt());
            ps.setString(++i, a.modifiedAt());
            ps.executeUpdate();
        }
    }

    /** Writes the mutable fields (note, kind, status, rectangles, modified time). */
    public static boolean update(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE annotations SET body = ?, kind = ?, status = ?, "
                + "rects = ?, modified_at = ? WHERE annotation_id = ?")) {
            ps.setString(1, a.note());
            ps.setString(2, a.kind().name());
            ps.setString(3, a.status().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(4, a.rects().isEmpty() ? null : Json.write(a.rects().stream().map(Annotation.Rect::asList).toList()));
            ps.setString(5, a.modifiedAt());
            ps.setString(6, a.id());
            return ps.executeUpdate() == 1;
        }
    }

    /** Deletes an annotation and (by cascade) its replies. */
    /** Every annotation of a case (replies with their parents). */
    public static void deleteAll(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE case_id = ?")) {
            ps.setString(1, caseId);
            ps.executeUpdate();
        }
    }

    public static boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE annotation_id = ?")) {
            ps.setString(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public static Optional<Annotation> get(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM annotations WHERE annotation_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Every annotation of a case (replies included), oldest first. */
    public static List<Annotation> list(Connection c, String caseId) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM annotations WHERE case_id = ? ORDER BY created_at, rowid")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    private static Annotation read(ResultSet rs) throws SQLException {
        String rectsJson = rs.getString(8);
        List<Annotation.Rect> rects = new ArrayList<>();
        if (rectsJson != null) {
            try {
                for (var n : Json.parse(rectsJson)) {
                    rects.add(new Annotation.Rect(n.get(0).asDouble(), n.get(1).asDouble(), n.get(2).asDouble(),
                            n.get(3).asDouble()));
                }
            } catch (java.io.IOException e) {
                throw new PersistenceException("stored rectangles unreadable: " + e.getMessage(), e);
            }
        }
        return new Annotation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Annotation.TargetType.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT)), rs.getString(6),
                (Integer) obj(rs, 7, Integer.class), rects, (Integer) obj(rs, 9, Integer.class),
                (Integer) obj(rs, 10, Integer.class), (Double) obj(rs, 11, Double.class),
                (Double) obj(rs, 12, Double.class), AnnotationKind.valueOf(rs.getString(13)), rs.getString(14),
                rs.getString(15), Role.valueOf(rs.getString(16)), rs.getString(17),
                Annotation.Status.valueOf(rs.getString(18).toUpperCase(java.util.Locale.ROOT)), rs.getString(19),
                rs.getString(20));
    }

    private static Object obj(ResultSet rs, int i, Class<?> type) throws SQLException {
        if (type == Integer.class) {
            int v = rs.getInt(i);
            return rs.wasNull() ? null : v;
        }
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static void setObj(PreparedStatement ps, int i, Number v, int type) throws SQLException {
        if (v == null) {
            ps.setNull(i, type);
        } else if (type == Types.INTEGER) {
            ps.setInt(i, v.intValue());
        } else {
            ps.setDouble(i, v.doubleValue());
        }
    }
}
