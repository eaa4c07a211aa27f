package org.jrw.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Extra;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Violation;

/**
 * Converts between the {@code manifest.json} tree of format v1 and the {@link Dossier} model.
 * Reading assumes a manifest that {@code ManifestValidator} accepted. Writing puts the known
 * fields in the order of the specification, then the unknown fields in their original order, so
 * export → import → export is stable.
 */
public final class DossierCodec {
    public static final String FORMAT = "jrw-dossier";

    static final List<String> TOP = List.of("format", "version", "case", "parties", "officers", "violations",
            "documents", "evidence");
    static final List<String> CASE = List.of("caseNumber", "title", "agency", "district", "industry", "source",
            "violationDate", "discoveredOn", "filedOn", "status");
    static final List<String> PARTY = List.of("id", "kind", "name", "creditCode", "legalRepresentative", "address",
            "employees", "idNumber", "position", "annualIncomeYuan");
    static final List<String> OFFICER = List.of("name", "certificateNo");
    static final List<String> VIOLATION = List.of("id", "partyId", "facts", "violatedProvision", "penaltyProvision",
            "circumstances", "proposed");
    static final List<String> CIRCUMSTANCES = List.of("firstOffence", "correctedInTime", "uncorrectedAfterDeadline",
            "harmfulConsequence", "count", "mitigating", "aggravating");
    static final List<String> PROPOSED = List.of("fineYuan", "confiscationYuan", "other");
    static final List<String> DOCUMENT = List.of("id", "type", "title", "number", "date", "deliveredOn", "file",
            "sha256", "states");
    static final List<String> EVIDENCE = List.of("id", "type", "title", "collectedOn", "collectedBy", "source",
            "file", "sha256", "proves");

    private DossierCodec() {
    }

    public static List<String> knownTop() {
        return TOP;
    }

    // ---------------------------------------------------------------- reading

    public static Dossier read(JsonNode root) {
        JsonNode c = root.path("case");
        CaseInfo info = new CaseInfo(text(c, "caseNumber"), text(c, "title"), text(c, "agency"),
                text(c, "district"), text(c, "industry"), text(c, "source"), date(c, "violationDate"),
                date(c, "discoveredOn"), date(c, "filedOn"), text(c, "status"), extra(c, CASE));
        List<Party> parties = new ArrayList<>();
        for (JsonNode p : root.path("parties")) {
            parties.add(readParty(p));
        }
        List<Officer> officers = new ArrayList<>();
        for (JsonNode o : root.path("officers")) {
            officers.add(new Officer(text(o, "name"), text(o, "certificateNo"), extra(o, OFFICER)));
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : root.path("violations")) {
            violations.add(readViolation(v));
        }
        List<CaseDocument> documents = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            documents.add(readDocument(d));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode e : root.path("evidence")) {
            evidence.add(readEvidence(e));
        }
        return new Dossier(null, root.path("version").asInt(1), info, parties, officers, violations, documents,
                evidence, extra(root, TOP));
    }

    public static Party readParty(JsonNode p) {
        return new Party(text(p, "id"), PartyKind.fromCode(text(p, "kind")), text(p, "name"), text(p, "creditCode"),
                text(p, "legalRepresentative"), text(p, "address"), integer(p, "employees"), text(p, "idNumber"),
                text(p, "position"), longValue(p, "annualIncomeYuan"), extra(p, PARTY));
    }

    public static Violation readViolation(JsonNode v) {
        return new Violation(text(v, "id"), text(v, "partyId"), text(v, "facts"), text(v, "violatedProvision"),
                text(v, "penaltyProvision"), readCircumstances(v.path("circumstances")),
                readProposed(v.path("proposed")), extra(v, VIOLATION));
    }

    public static Circumstances readCircumstances(JsonNode c) {
        if (c == null || !c.isObject()) {
            return Circumstances.NONE;
        }
        return new Circumstances(bool(c, "firstOffence"), bool(c, "correctedInTime"),
                bool(c, "uncorrectedAfterDeadline"), bool(c, "harmfulConsequence"), integer(c, "count"),
                strings(c, "mitigating"), strings(c, "aggravating"), extra(c, CIRCUMSTANCES));
    }

    public static ProposedPenalty readProposed(JsonNode p) {
        if (p == null || !p.isObject()) {
            return ProposedPenalty.NONE;
        }
        return new ProposedPenalty(longValue(p, "fineYuan"), longValue(p, "confiscationYuan"), strings(p, "other"),
                extra(p, PROPOSED));
    }

    public static CaseDocument readDocument(JsonNode d) {
        Map<String, Object> states = d.has("states") && d.get("states").isObject() ? Json.toMap(d.get("states")) : null;
        return new CaseDocument(text(d, "id"), text(d, "type"), text(d, "title"), text(d, "number"), date(d, "date"),
                date(d, "deliveredOn"), text(d, "file"), lower(text(d, "sha256")), states, extra(d, DOCUMENT));
    }

    public static Evidence readEvidence(JsonNode e) {
        return new Evidence(text(e, "id"), text(e, "type"), text(e, "title"), date(e, "collectedOn"),
                text(e, "collectedBy"), text(e, "source"), text(e, "file"), lower(text(e, "sha256")),
                strings(e, "proves"), extra(e, EVIDENCE));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
    }

    static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    static LocalDate date(JsonNode n, String f) {
        String s = text(n, f);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    static Integer integer(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asInt();
    }

    static Long longValue(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asLong();
    }

    static Boolean bool(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    static List<String> strings(JsonNode n, String f) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(f);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return List.copyOf(out);
    }

    /** The fields of an object that are not in {@code known}, original order kept. */
    public static Extra extra(JsonNode n, List<String> known) {
        if (n == null || !n.isObject()) {
            return Extra.NONE;
        }
        Set<String> k = Set.copyOf(known);
        Map<String, Object> m = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!k.contains(e.getKey())) {
                m.put(e.getKey(), Json.toJava(e.getValue()));
            }
        }
        return m.isEmpty() ? Extra.NONE : new Extra(m);
    }

    // ---------------------------------------------------------------- writing

    public static ObjectNode write(Dossier d) {
        ObjectNode root = Json.object();
        root.put("format", FORMAT);
        root.put("version", d.formatVersion() <= 0 ? 1 : d.formatVersion());
        CaseInfo c = d.caseInfo();
        ObjectNode cn = root.putObject("case");
        put(cn, "caseNumber", c.caseNumber());
        put(cn, "title", c.title());
        put(cn, "agency", c.agency());
        put(cn, "district", c.district());
        put(cn, "industry", c.industry());
        put(cn, "source", c.source());
        put(cn, "violationDate", c.violationDate());
        put(cn, "discoveredOn", c.discoveredOn());
        put(cn, "filedOn", c.filedOn());
        put(cn, "status", c.status());
        putExtra(cn, c.extra());
        ArrayNode parties = root.putArray("parties");
        d.parties().forEach(p -> parties.add(writeParty(p)));
        ArrayNode officers = root.putArray("officers");
        for (Officer o : d.officers()) {
            ObjectNode on = officers.addObject();
            put(on, "name", o.name());
            put(on, "certificateNo", o.certificateNo());
            putExtra(on, o.extra());
        }
        ArrayNode violations = root.putArray("violations");
        d.violations().forEach(v -> violations.add(writeViolation(v)));
        ArrayNode documents = root.putArray("documents");
        d.documents().forEach(x -> documents.add(writeDocument(x)));
        ArrayNode evidence = root.putArray("evidence");
        d.evidence().forEach(x -> evidence.add(writeEvidence(x)));
        putExtra(root, d.extra());
        return root;
    }

    public static ObjectNode writeParty(Party p) {
        ObjectNode n = Json.object();
        put(n, "id", p.id());
        put(n, "kind", p.kind() == null ? null : p.kind().code());
        put(n, "name", p.name());
        put(n, "creditCode", p.creditCode());
        put(n, "legalRepresentative", p.legalRepresentative());
        put(n, "address", p.address());
        if (p.employees() != null) {
            n.put("employees", p.employees());
        }
        put(n, "idNumber", p.idNumber());
        put(n, "position", p.position());
        if (p.annualIncomeYuan() != null) {
            n.put("annualIncomeYuan", p.annualIncomeYuan());
        }
        putExtra(n, p.extra());
        return n;
    }

    public static ObjectNode writeViolation(Violation v) {
        ObjectNode n = Json.object();
        put(n, "id", v.id());
        put(n, "partyId", v.partyId());
        put(n, "facts", v.facts());
        put(n, "violatedProvision", v.violatedProvision());
        put(n, "penaltyProvision", v.penaltyProvision());
        if (v.circumstances() != null && v.circumstances() != Circumstances.NONE) {
            n.set("circumstances", writeCircumstances(v.circumstances()));
        }
        if (v.proposed() != null && v.proposed() != ProposedPenalty.NONE) {
            n.set("proposed", writeProposed(v.proposed()));
        }
        putExtra(n, v.extra());
        return n;
    }

    public static ObjectNode writeCircumstances(Circumstances c) {
        ObjectNode n = Json.object();
        putBool(n, "firstOffence", c.firstOffence());
        putBool(n, "correctedInTime", c.correctedInTime());
        putBool(n, "uncorrectedAfterDeadline", c.uncorrectedAfterDeadline());
        putBool(n, "harmfulConsequence", c.harmfulConsequence());
        if (c.count() != null) {
            n.put("count", c.count());
        }
        putStrings(n, "mitigating", c.mitigating());
        putStrings(n, "aggravating", c.aggravating());
        putExtra(n, c.extra());
        return n;
    }

    public static ObjectNode writeProposed(ProposedPenalty p) {
        ObjectNode n = Json.object();
        if (p.fineYuan() != null) {
            n.put("fineYuan", p.fineYuan());
        }
        if (p.confiscationYuan() != null) {
            n.put("confiscationYuan", p.confiscationYuan());
        }
        putStrings(n, "other", p.other());
        putExtra(n, p.extra());
        return n;
    }

    public static ObjectNode writeDocument(CaseDocument d) {
        ObjectNode n = Json.object();
        put(n, "id", d.id());
        put(n, "type", d.typeCode());
        put(n, "title", d.title());
        put(n, "number", d.number());
        put(n, "date", d.date());
        put(n, "deliveredOn", d.deliveredOn());
        put(n, "file", d.file());
        put(n, "sha256", d.sha256());
        if (d.states() != null) {
            n.set("states", Json.toTree(d.states()));
        }
        putExtra(n, d.extra());
        return n;
    }

    public static ObjectNode writeEvidence(Evidence e) {
        ObjectNode n = Json.object();
        put(n, "id", e.id());
        put(n, "type", e.typeText());
        put(n, "title", e.title());
        put(n, "collectedOn", e.collectedOn());
        put(n, "collectedBy", e.collectedBy());
        put(n, "source", e.source());
        put(n, "file", e.file());
        put(n, "sha256", e.sha256());
        putStrings(n, "proves", e.proves());
        putExtra(n, e.extra());
        return n;
    }

    private static void put(ObjectNode n, String f, Object v) {
        if (v != null) {
            n.put(f, v.toString());
        }
    }

    private static void putBool(ObjectNode n, String f, Boolean v) {
        if (v != null) {
            n.put(f, v);
        }
    }

    private static void putStrings(ObjectNode n, String f, List<String> v) {
        if (v != null) {
            ArrayNode a = n.putArray(f);
            v.forEach(a::add);
        }
    }

    public static void putExtra(ObjectNode n, Extra extra) {
        if (extra != null) {
            extra.fields().forEach((k, v) -> n.set(k, Json.toTree(v)));
        }
    }
}
