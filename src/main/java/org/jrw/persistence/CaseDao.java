package org.jrw.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jrw.codec.DossierCodec;
import org.jrw.codec.Json;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.CaseSummary;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Extra;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Timestamps;
import org.jrw.model.Violation;

/**
 * Rows of one case dossier. Every method takes the connection of the caller's transaction, so
 * an import (rows + vault files) commits or rolls back as one unit.
 */
public final class CaseDao {
    private CaseDao() {
    }

    // ------------------------------------------------------------------ writes

    public static void insert(Connection c, Dossier d) throws SQLException {
        String now = Timestamps.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cases(case_id, case_number, title, agency, "
                + "district, industry, source, violation_date, discovered_on, filed_on, status, format_version, "
                + "case_extra, manifest_extra, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = caseColumns(ps, d);
            ps.setString(++i, now);
            ps.setString(++i, now);
            ps.executeUpdate();
        }
        insertContent(c, d);
    }

    /**
     * Replaces the dossier of an existing case — its row's fields, parties, officers, violations,
     * documents, evidence and links — and nothing else: what the workbench keeps of the case (the
     * review, its signatures, meetings, exchange records, precedents, evaluations) stays, keyed by
     * the same case id. Annotations are the caller's (they are kept or dropped by target).
     */
    public static void replaceContent(Connection c, Dossier d) throws SQLException {
        for (String table : List.of("evidence_proves", "evidence", "documents", "violations", "officers", "parties")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE case_id = ?")) {
                ps.setString(1, d.caseId());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET case_id = ?, case_number = ?, title = ?, "
                + "agency = ?, district = ?, industry = ?, source = ?, violation_date = ?, discovered_on = ?, "
                + "filed_on = ?, status = ?, format_version = ?, case_extra = ?, manifest_extra = ?, updated_at = ? "
                + "WHERE case_id = ?")) {
            int i = caseColumns(ps, d);
            ps.setString(++i, Timestamps.now());
            ps.setString(++i, d.caseId());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no case " + d.caseId() + " to replace");
            }
        }
        insertContent(c, d);
    }

    /** The case row's own columns, case_id to manifest_extra, from parameter 1; returns the last index. */
    private static int caseColumns(PreparedStatement ps, Dossier d) throws SQLException {
        CaseInfo ci = d.caseInfo();
        int i = 0;
        ps.setString(++i, d.caseId());
        ps.setString(++i, ci.caseNumber());
        ps.setString(++i, ci.title());
        ps.setString(++i, ci.agency());
        ps.setString(++i, ci.district());
        ps.setString(++i, ci.industry());
        ps.setString(++i, ci.source());
        ps.setString(++i, str(ci.violationDate()));
        ps.setString(++i, str(ci.discoveredOn()));
        ps.setString(++i, str(ci.filedOn()));
        ps.setString(++i, ci.status());
        ps.setInt(++i, d.formatVersion());
        ps.setString(++i, extra(ci.extra()));
        ps.setString(++i, extra(d.extra()));
        return i;
    }

    private static void insertContent(Connection c, Dossier d) throws SQLException {
        insertParties(c, d);
        insertOfficers(c, d);
        insertViolations(c, d);
        insertDocuments(c, d);
        insertEvidence(c, d);
    }

    private static void insertParties(Connection c, Dossier d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO parties(case_id, party_id, ord, kind, name, "
                + "credit_code, legal_rep, address, employees, id_number, position, annual_income_yuan, extra) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Party p : d.parties()) {
                int i = 0;
                ps.setString(++i, d.caseId());
                ps.setString(++i, p.id());
                ps.setInt(++i, ord++);
                ps.setString(++i, p.kind() == null ? null : p.kind().code());
                ps.setString(++i, p.name());
                ps.setString(++i, p.creditCode());
                ps.setString(++i, p.legalRepresentative());
                ps.setString(++i, p.address());
                setInt(ps, ++i, p.employees());
                ps.setString(++i, p.idNumber());
                ps.setString(++i, p.position());
                setLong(ps, ++i, p.annualIncomeYuan());
                ps.setString(++i, extra(p.extra()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertOfficers(Connection c, Dossier d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO officers(case_id, ord, name, certificate_no, extra) VALUES (?,?,?,?,?)")) {
            int ord = 0;
            for (Officer o : d.officers()) {
                ps.setString(1, d.caseId());
                ps.setInt(2, ord++);
                ps.setString(3, o.name());
                ps.setString(4, o.certificateNo());
                ps.setString(5, extra(o.extra()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertViolations(Connection c, Dossier d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO violations(case_id, violation_id, ord, party_id, "
                + "facts, violated_provision, penalty_provision, circumstances, proposed, extra) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (Violation v : d.violations()) {
                int i = 0;
                ps.setString(++i, d.caseId());
                ps.setString(++i, v.id());
                ps.setInt(++i, ord++);
                ps.setString(++i, v.partyId());
                ps.setString(++i, v.facts());
                ps.setString(++i, v.violatedProvision());
                ps.setString(++i, v.penaltyProvision());
                ps.setString(++i, v.circumstances() == null || v.circumstances() == Circumstances.NONE ? null
                        : Json.write(DossierCodec.writeCircumstances(v.circumstances())));
                ps.setString(++i, v.proposed() == null || v.proposed() == ProposedPenalty.NONE ? null
                        : Json.write(DossierCodec.writeProposed(v.proposed())));
                ps.setString(++i, extra(v.extra()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertDocuments(Connection c, Dossier d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents(case_id, document_id, ord, type, title, "
                + "number, date, delivered_on, file, sha256, states, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int ord = 0;
            for (CaseDocument x : d.documents()) {
                int i = 0;
                ps.setString(++i, d.caseId());
                ps.setString(++i, x.id());
                ps.setInt(++i, ord++);
                ps.setString(++i, x.typeCode());
                ps.setString(++i, x.title());
                ps.setString(++i, x.number());
                ps.setString(++i, str(x.date()));
                ps.setString(++i, str(x.deliveredOn()));
                ps.setString(++i, x.file());
                ps.setString(++i, x.sha256());
                ps.setString(++i, x.states() == null ? null : Json.write(x.states()));
                ps.setString(++i, extra(x.extra()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertEvidence(Connection c, Dossier d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence(case_id, evidence_id, ord, type, title, "
                + "collected_on, collected_by, source, file, sha256, extra) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pv = c.prepareStatement(
                     "INSERT INTO evidence_proves(case_id, evidence_id, violation_id, ord) VALUES (?,?,?,?)")) {
            int ord = 0;
            for (Evidence e : d.evidence()) {
                int i = 0;
                ps.setString(++i, d.caseId());
                ps.setString(++i, e.id());
                ps.setInt(++i, ord++);
                ps.setString(++i, e.typeText());
                ps.setString(++i, e.title());
                ps.setString(++i, str(e.collectedOn()));
                ps.setString(++i, e.collectedBy());
                ps.setString(++i, e.source());
                ps.setString(++i, e.file());
                ps.setString(++i, e.sha256());
                ps.setString(++i, extra(e.extra()));
                ps.addBatch();
            }
            ps.executeBatch();
            for (Evidence e : d.evidence()) {
                int po = 0;
                for (String v : e.proves()) {
                    pv.setString(1, d.caseId());
                    pv.setString(2, e.id());
                    pv.setString(3, v);
                    pv.setInt(4, po++);
                    pv.addBatch();
                }
            }
            pv.executeBatch();
        }
    }

    /** Records a vault file (once per content). */
    public static void addVaultFile(Connection c, String sha256, long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO vault_files(sha256, size, added_at) VALUES (?,?,?)")) {
            ps.setString(1, sha256);
            ps.setLong(2, size);
            ps.setString(3, Timestamps.now());
            ps.executeUpdate();
        }
    }

    public static boolean vaultFileKnown(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM vault_files WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Deletes a case and its rows (documents, evidence … cascade). Vault files stay. */
    public static void delete(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM cases WHERE case_id = ?")) {
            ps.setString(1, caseId);
            ps.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ reads

    public static Optional<String> idByNumber(Connection c, String caseNumber) throws SQLException {
        return single(c, "SELECT case_id FROM cases WHERE case_number = ?", caseNumber);
    }

    /** A case id for a user's reference: the id itself, or a case number. */
    public static Optional<String> resolve(Connection c, String ref) throws SQLException {
        Optional<String> byId = single(c, "SELECT case_id FROM cases WHERE case_id = ?", ref);
        return byId.isPresent() ? byId : idByNumber(c, ref);
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM cases");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public static List<CaseSummary> list(Connection c) throws SQLException {
        List<CaseSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, case_number, title, status, district, "
                + "industry, agency FROM cases ORDER BY filed_on DESC, case_number");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new CaseSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    public static Optional<Dossier> load(Connection c, String caseId) throws SQLException {
        List<Head> head = rows(c, "SELECT case_number, title, agency, district, industry, source, violation_date, "
                + "discovered_on, filed_on, status, format_version, case_extra, manifest_extra FROM cases "
                + "WHERE case_id = ?", caseId, rs -> new Head(rs.getInt(11), new CaseInfo(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                date(rs.getString(7)), date(rs.getString(8)), date(rs.getString(9)), rs.getString(10),
                extra(rs.getString(12))), extra(rs.getString(13))));
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get(0);
        List<Party> parties = rows(c, "SELECT party_id, kind, name, credit_code, legal_rep, address, employees, "
                + "id_number, position, annual_income_yuan, extra FROM parties WHERE case_id = ? ORDER BY ord", caseId,
                rs -> new Party(rs.getString(1), PartyKind.fromCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), getInt(rs, 7), rs.getString(8),
                        rs.getString(9), getLong(rs, 10), extra(rs.getString(11))));
        List<Officer> officers = rows(c, "SELECT name, certificate_no, extra FROM officers WHERE case_id = ? "
                + "ORDER BY ord", caseId, rs -> new Officer(rs.getString(1), rs.getString(2), extra(rs.getString(3))));
        List<Violation> violations = rows(c, "SELECT violation_id, party_id, facts, violated_provision, "
                + "penalty_provision, circumstances, proposed, extra FROM violations WHERE case_id = ? ORDER BY ord",
                caseId, CaseDao::violation);
        List<CaseDocument> documents = rows(c, "SELECT document_id, type, title, number, date, delivered_on, file, "
                + "sha256, states, extra FROM documents WHERE case_id = ? ORDER BY ord", caseId, CaseDao::document);
        Map<String, List<String>> proves = new HashMap<>();
        for (String[] p : rows(c, "SELECT evidence_id, violation_id FROM evidence_proves WHERE case_id = ? "
                + "ORDER BY evidence_id, ord", caseId, rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            proves.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
        }
        List<Evidence> evidence = rows(c, "SELECT evidence_id, type, title, collected_on, collected_by, source, "
                + "file, sha256, extra FROM evidence WHERE case_id = ? ORDER BY ord", caseId,
                rs -> new Evidence(rs.getString(1), rs.getString(2), rs.getString(3), date(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        List.copyOf(proves.getOrDefault(rs.getString(1), List.of())), extra(rs.getString(9))));
        return Optional.of(new Dossier(caseId, h.version(), h.info(), List.copyOf(parties), List.copyOf(officers),
                List.copyOf(violations), List.copyOf(documents), List.copyOf(evidence), h.manifestExtra()));
    }

    /** The case row's own fields. */
    private record Head(int version, CaseInfo info, Extra manifestExtra) {
    }

    private static Violation violation(ResultSet rs) throws SQLException {
        String circ = rs.getString(6);
        String prop = rs.getString(7);
        return new Violation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                circ == null ? Circumstances.NONE : DossierCodec.readCircumstances(tree(circ)),
                prop == null ? ProposedPenalty.NONE : DossierCodec.readProposed(tree(prop)),
                extra(rs.getString(8)));
    }

    private static CaseDocument document(ResultSet rs) throws SQLException {
        String states = rs.getString(9);
        return new CaseDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                date(rs.getString(5)), date(rs.getString(6)), rs.getString(7), rs.getString(8),
                states == null ? null : Json.readMap(states), extra(rs.getString(10)));
    }

    private static <T> List<T> rows(Connection c, String sql, String caseId, Sql.RowReader<T> reader)
            throws SQLException {
        return Sql.list(c, sql, reader, caseId);
    }

    /** Every SHA-256 recorded as stored in the vault. */
    public static List<String> vaultHashes(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM vault_files");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Every SHA-256 a case refers to (documents and evidence, and earlier versions of replaced files). */
    public static List<String> referencedHashes(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256 FROM documents WHERE sha256 IS NOT NULL UNION SELECT sha256 FROM evidence "
                        + "WHERE sha256 IS NOT NULL UNION SELECT sha256 FROM file_history");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    private static Optional<String> single(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static String extra(Extra e) {
        return e == null || e.isEmpty() ? "{}" : Json.write(e.fields());
    }

    private static Extra extra(String s) {
        if (s == null || s.equals("{}")) {
            return Extra.NONE;
        }
        Map<String, Object> m = new LinkedHashMap<>(Json.readMap(s));
        return m.isEmpty() ? Extra.NONE : new Extra(m);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String s) {
        try {
            return Json.parse(s);
        } catch (java.io.IOException e) {
            throw new PersistenceException("stored JSON unreadable: " + e.getMessage(), e);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Integer getInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Long getLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
