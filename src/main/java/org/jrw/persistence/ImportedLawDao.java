package org.jrw.persistence;

import java.sql.Connection;
import java.sql.SQLException;
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
        Sql.update(c, "INSERT INTO imported_laws(law_id, version_id, title, short_title, jurisdiction, effective_from, "
                + "effective_to, origin, imported_at, text) VALUES (?,?,?,?,?,?,?,?,?,?)", r.lawId(), r.versionId(),
                r.title(), r.shortTitle(), r.jurisdiction(), r.effectiveFrom(), r.effectiveTo(), r.origin(),
                r.importedAt(), r.text());
    }

    public static List<Row> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT law_id, version_id, title, short_title, jurisdiction, effective_from, effective_to, "
                + "origin, imported_at, text FROM imported_laws ORDER BY imported_at, law_id",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
    }
}
