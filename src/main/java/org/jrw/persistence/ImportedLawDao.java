package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Law texts a bureau imported (V9.1). Methods take the caller's connection (change and audit in one transaction). */
public final class ImportedLawDao {
    private ImportedLawDao() {
    }

    /** One imported version of a law, with its text. */
    public record Row(String lawId, String versionId, String title, String shortTitle, String jurisdiction,
                      String effectiveFrom, String effectiveTo, String origin, String importedAt, String text) {
    }

    public static void insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO imported_laws(law_id, version_id, title, short_title, "
                + "jurisdiction, effective_from, effective_to, origin, imported_at, text) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, r.lawId());
            ps.setString(2, r.versionId());
            ps.setString(3, r.title());
            ps.setString(4, r.shortTitle());
            ps.setString(5, r.jurisdiction());
            ps.setString(6, r.effectiveFrom());
            ps.setString(7, r.effectiveTo());
            ps.setString(8, r.origin());
            ps.setString(9, r.importedAt());
            ps.setString(10, r.text());
            ps.executeUpdate();
        }
    }

    public static List<Row> all(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT law_id, version_id, title, short_title, jurisdiction, "
                + "effective_from, effective_to, origin, imported_at, text FROM imported_laws ORDER BY imported_at, law_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return out;
    }
}
