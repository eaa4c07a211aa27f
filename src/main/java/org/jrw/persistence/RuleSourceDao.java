package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The workspace's jurisdiction and the rule sources a bureau imported (V9). Content is JSON text
 * written by the logic layer. Methods take the caller's connection so that a change commits with
 * its audit entry.
 */
public final class RuleSourceDao {
    /** The settings key of the workspace's jurisdiction. */
    public static final String JURISDICTION = "jurisdiction";

    private RuleSourceDao() {
    }

    /** One stored rule source. */
    public record Row(String id, String kind, String name, String jurisdiction, String effectiveFrom,
                      String effectiveTo, String origin, String importedAt, String content) {
    }

    public static Optional<String> setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM workspace_settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public static void putSetting(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspace_settings(key, value) VALUES (?,?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public static void insert(Connection c, Row r) throws SQLException {
        Sql.update(c, "INSERT INTO rule_sources(id, kind, name, jurisdiction, effective_from, effective_to, origin, "
                + "imported_at, content) VALUES (?,?,?,?,?,?,?,?,?)", r.id(), r.kind(), r.name(), r.jurisdiction(),
                r.effectiveFrom(), r.effectiveTo(), r.origin(), r.importedAt(), r.content());
    }

    /** Every imported rule source, oldest import first. */
    public static List<Row> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, kind, name, jurisdiction, effective_from, effective_to, origin, imported_at, "
                + "content FROM rule_sources ORDER BY imported_at, id",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
    }
}
