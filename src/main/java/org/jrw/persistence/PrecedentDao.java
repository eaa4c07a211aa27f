package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The {@code precedents} table: one row per precedent record, the record itself as JSON text.
 * Callers run these inside {@link Database#withConnection} or {@link Database#inTransaction}.
 */
public final class PrecedentDao {
    private PrecedentDao() {
    }

    /** One stored precedent. {@code record} is JSON text. */
    public record Row(String id, String origin, String sourceName, String caseId, String record, long revision,
                      String importedAt, String updatedAt) {
    }

    /** What an upsert did. */
    public enum Outcome { INSERTED, UPDATED, UNCHANGED }

    /** The stamp the index compares with: row count and highest revision. */
    public record Stamp(int count, long maxRevision) {
        @Override
        public String toString() {
            return count + ":" + maxRevision;
        }
    }

    public static Stamp stamp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(MAX(revision), 0) FROM precedents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Stamp(rs.getInt(1), rs.getLong(2));
        }
    }

    public static int count(Connection c) throws SQLException {
        return stamp(c).count();
    }

    /**
     * Inserts or replaces the record with this id; an identical record is left alone (so importing
     * the same file twice changes nothing, not even the revision).
     */
    public static Outcome upsert(Connection c, String id, String origin, String sourceName, String caseId,
                                 String recordJson, String now) throws SQLException {
        return upsert(c, id, origin, sourceName, caseId, recordJson, now, stamp(c).maxRevision() + 1);
    }

    /** As above with the revision to give a changed row (callers storing many rows count it up themselves). */
    public static Outcome upsert(Connection c, String id, String origin, String sourceName, String caseId,
                                 String recordJson, String now, long rev) throws SQLException {
        Optional<Row> old = find(c, id);
        if (old.isPresent() && old.get().record().equals(recordJson) && old.get().origin().equals(origin)) {
            return Outcome.UNCHANGED;
        }
        if (old.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE precedents SET origin=?, source_name=?, case_id=?, "
                    + "record=?, revision=?, updated_at=? WHERE precedent_id=?")) {
                ps.setString(1, origin);
                ps.setString(2, sourceName);
                ps.setString(3, caseId);
                ps.setString(4, recordJson);
                ps.setLong(5, rev);
                ps.setString(6, now);
                ps.setString(7, id);
                ps.executeUpdate();
            }
            return Outcome.UPDATED;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO precedents(precedent_id, origin, source_name, "
                + "case_id, record, revision, imported_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id);
            ps.setString(2, origin);
            ps.setString(3, sourceName);
            ps.setString(4, caseId);
            ps.setString(5, recordJson);
            ps.setLong(6, rev);
            ps.setString(7, now);
            ps.setString(8, now);
            ps.executeUpdate();
        }
        return Outcome.INSERTED;
    }

    public static Optional<Row> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE precedent_id=?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public static boolean delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM precedents WHERE precedent_id=?")) {
            ps.setString(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    /** Streams every row in id order (for rebuilding the index) without holding them all. */
    public static void forEach(Connection c, Consumer<Row> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY precedent_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.accept(row(rs));
            }
        }
    }

    public static List<Row> all(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        forEach(c, rows::add);
        return rows;
    }

    /** Links a precedent to a case as a reference (参考案例) with a note; replaces an earlier note. */
    public static void addReference(Connection c, String caseId, String precedentId, String note, String now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_precedent_refs(case_id, precedent_id, note, "
                + "added_at) VALUES (?,?,?,?) ON CONFLICT(case_id, precedent_id) DO UPDATE SET note=excluded.note")) {
            ps.setString(1, caseId);
            ps.setString(2, precedentId);
            ps.setString(3, note);
            ps.setString(4, now);
            ps.executeUpdate();
        }
    }

    /** A case's references: precedent id and note, in the order added. */
    public static List<String[]> references(Connection c, String caseId) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT precedent_id, note FROM case_precedent_refs "
                + "WHERE case_id=? ORDER BY added_at, precedent_id")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    private static final String SELECT = "SELECT precedent_id, origin, source_name, case_id, record, revision, "
            + "imported_at, updated_at FROM precedents";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8));
    }
}
