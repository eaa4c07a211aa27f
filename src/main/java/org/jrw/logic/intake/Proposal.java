package org.jrw.logic.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.model.CaseDocument;
import org.jrw.model.CaseInfo;
import org.jrw.model.Circumstances;
import org.jrw.model.DocumentType;
import org.jrw.model.Dossier;
import org.jrw.model.Evidence;
import org.jrw.model.Extra;
import org.jrw.model.Officer;
import org.jrw.model.Party;
import org.jrw.model.PartyKind;
import org.jrw.model.ProposedPenalty;
import org.jrw.model.Violation;

/**
 * The draft case an intake proposes: the dossier (documents in filing order, evidence), every
 * field with its readings and sources, the conflicts and the fields still unresolved. Built from
 * a scan and the user's {@link Choices}; a field the user decided takes the user's value, a
 * conflict without a decision stays empty.
 */
public record Proposal(
        Dossier dossier,
        Map<String, FieldValue> fields,
        Map<String, Object> decided,
        List<String> unresolved,
        Map<Integer, Integer> documentOfFile,
        Map<Integer, Integer> evidenceOfFile,
        boolean provisionalNumber) {

    /** The marker of a provisional case number: clearly not an official one. */
    public static final String PROVISIONAL_PREFIX = "草稿-";
    public static final String PROVISIONAL_PARTY = "（待补充当事人）";

    /** Conflicts not decided by the user. */
    public List<FieldValue> conflicts() {
        return fields.values().stream().filter(FieldValue::conflict).filter(f -> !decided.containsKey(f.field())).toList();
    }

    /** The value a field ends with: the user's, else the agreed reading, else null. */
    public Object value(String field) {
        if (decided.containsKey(field)) {
            return decided.get(field);
        }
        FieldValue f = fields.get(field);
        return f == null ? null : f.value();
    }

    /** Order of trust between documents for the same field: the decision first. */
    private static final List<DocumentType> PRIORITY = List.of(DocumentType.PENALTY_DECISION, DocumentType.PENALTY_NOTICE,
            DocumentType.HEARING_RIGHTS_NOTICE, DocumentType.LEGAL_REVIEW, DocumentType.COLLECTIVE_DISCUSSION,
            DocumentType.INVESTIGATION_REPORT, DocumentType.FILING_APPROVAL);

    private static final List<String> PROSE = List.of(".facts", ".circumstances.mitigating", "case.title");

    static int rank(DocumentType t) {
        int i = PRIORITY.indexOf(t);
        return i < 0 ? PRIORITY.size() : i;
    }

    /** Builds the proposal. {@code caseIdHint} makes the provisional number unique and recognisable. */
    public static Proposal build(IntakeScan scan, Choices choices, String caseIdHint) {
        List<IntakeFile> files = scan.files();
        record Entry(int file, Classification c) {
        }
        List<Entry> docs = new ArrayList<>();
        List<Entry> evs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            IntakeFile f = files.get(i);
            if (!f.included()) {
                continue;
            }
            Classification c = choices.typeOf(i, f.proposed());
            if (c.isEvidence()) {
                evs.add(new Entry(i, c));
            } else {
                docs.add(new Entry(i, c.isDocument() ? c : Classification.document(DocumentType.OTHER, Classification.Basis.NONE)));
            }
        }
        docs.sort(Comparator.comparingInt((Entry e) -> e.c().documentType().filingOrder())
                .thenComparing(e -> files.get(e.file()).name()));
        Map<Integer, Integer> docOf = new LinkedHashMap<>();
        Map<Integer, Integer> evOf = new LinkedHashMap<>();
        List<Extractor.Doc> xdocs = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            Entry e = docs.get(k);
            docOf.put(e.file(), k);
            IntakeFile f = files.get(e.file());
            xdocs.add(new Extractor.Doc(k, f.name(), e.c().documentType(), f.text()));
        }
        for (int k = 0; k < evs.size(); k++) {
            evOf.put(evs.get(k).file(), k);
        }
        List<Reading> readings = new ArrayList<>(Extractor.extract(xdocs));
        readings.addAll(StageReader.read(xdocs));
        readings.addAll(StatesReader.read(xdocs));
        readings.sort(Comparator.comparingInt((Reading r) -> rank(r.from())));
        Map<String, List<Reading>> byField = new LinkedHashMap<>();
        for (Reading r : readings) {
            List<Reading> rs = byField.computeIfAbsent(r.field(), k -> new ArrayList<>());
            // prose (facts, the list of mitigating grounds) is worded differently in each document:
            // it is taken from the most authoritative document only, never compared
            if (PROSE.stream().anyMatch(r.field()::endsWith) && !rs.isEmpty() && rank(rs.get(0).from()) < rank(r.from())) {
                continue;
            }
            rs.add(r);
        }
        for (Reading r : FactsWording.continuing(byField, xdocs)) {
            byField.computeIfAbsent(r.field(), k -> new ArrayList<>()).add(r);
        }
        FactsWording.inThirdPerson(byField); // the value shown is the value stored; the source stays as printed
        Map<String, FieldValue> fields = new java.util.TreeMap<>(FIELD_ORDER);
        byField.forEach((k, v) -> fields.put(k, new FieldValue(k, List.copyOf(v))));

        Map<String, Object> decided = new HashMap<>();
        for (String k : fields.keySet()) {
            if (choices.decided(k)) {
                decided.put(k, choices.rejected(k) ? null : choices.value(k));
            }
        }
        // fields decided by the user without any reading (typed in)
        for (String k : List.of("case.caseNumber", "case.title", "case.agency", "case.status", "parties[0].name")) {
            if (!fields.containsKey(k) && choices.decided(k)) {
                decided.put(k, choices.rejected(k) ? null : choices.value(k));
            }
        }
        Proposal draft = new Proposal(null, fields, decided, List.of(), docOf, evOf, false);
        return draft.assemble(files, docs.stream().map(e -> new Object[] {e.file(), e.c()}).toList(),
                evs.stream().map(e -> new Object[] {e.file(), e.c()}).toList(), caseIdHint);
    }

    private Proposal assemble(List<IntakeFile> files, List<Object[]> docs, List<Object[]> evs, String hint) {
        List<String> unresolved = new ArrayList<>();
        boolean provisional = str("case.caseNumber") == null;
        CaseInfo info = caseInfo(hint, unresolved);
        Party party = firstParty(unresolved);
        List<Party> parties = new ArrayList<>(List.of(party));
        parties.addAll(otherParties(unresolved));

        List<Officer> officers = new ArrayList<>();
        for (int i = 0; str("officers[" + i + "].name") != null; i++) {
            officers.add(new Officer(str("officers[" + i + "].name"), str("officers[" + i + "].certificateNo"), Extra.NONE));
        }
        if (officers.isEmpty()) {
            unresolved.add("officers"); // no officer item to point into
        }
        List<Violation> violations = new ArrayList<>();
        firstViolation(party, unresolved).ifPresent(violations::add);
        violations.addAll(otherViolations(parties.size(), unresolved));

        Map<String, Integer> usedNames = new HashMap<>();
        List<CaseDocument> documents = documents(files, docs, usedNames, unresolved);
        List<String> proves = violations.isEmpty() ? List.of() : List.of("v1");
        List<Evidence> evidence = evidence(files, evs, usedNames, proves);
        recordsAsEvidence(files, docs, documents, party, proves, evidence);
        Dossier dossier = new Dossier(null, 1, info, List.copyOf(parties), officers, violations, documents, evidence, Extra.NONE);
        for (FieldValue f : fields.values()) {
            if (f.conflict() && !decided.containsKey(f.field()) && !unresolved.contains(f.field())) {
                unresolved.add(f.field());
            }
        }
        return new Proposal(dossier, fields, decided, List.copyOf(unresolved), documentOfFile, evidenceOfFile, provisional);
    }

    /** The case's fields; the number of a case without one is provisional ({@code hint}). */
    private CaseInfo caseInfo(String hint, List<String> unresolved) {
        String number = str("case.caseNumber");
        boolean provisional = number == null;
        if (provisional) {
            number = PROVISIONAL_PREFIX + hint;
            unresolved.add("case.caseNumber");
        }
        String partyName = str("parties[0].name");
        String title = str("case.title");
        if (title == null) {
            unresolved.add("case.title");
            title = (partyName != null ? partyName : "") + "案（草稿）";
        }
        String agency = str("case.agency");
        if (agency == null) {
            unresolved.add("case.agency");
        }
        Map<String, Object> caseExtra = new LinkedHashMap<>();
        if (provisional) {
            caseExtra.put("caseNumberProvisional", Boolean.TRUE);
        }
        // the dates a draft needs before it can be confirmed: listed when no document gave them (the
        // violation date is never inferred — for a continuing act it is the officer's reading of the facts)
        for (String dateField : List.of("case.violationDate", "case.discoveredOn", "case.filedOn")) {
            if (date(dateField) == null) {
                unresolved.add(dateField);
            }
        }
        // the procedural status is the latest stage the documents evidence; the draft mark is separate
        String status = str("case.status");
        if (status == null) {
            unresolved.add("case.status");
        }
        CaseInfo info = new CaseInfo(number, title, agency, null, null, str("case.source"), date("case.violationDate"),
                date("case.discoveredOn"), date("case.filedOn"), status, new Extra(caseExtra)).withDraft(true);
        return info;
    }

    /** The first party, of the kind the documents give (else a person when an ID number was read). */
    private Party firstParty(List<String> unresolved) {
        String partyName = str("parties[0].name");
        if (partyName == null) {
            unresolved.add("parties[0].name");
            partyName = PROVISIONAL_PARTY;
        }
        String kindCode = str("parties[0].kind");
        PartyKind kind = kindCode == null ? null : PartyKind.fromCode(kindCode);
        if (kind == null && kindCode != null) {
            kind = kindCode.contains("个人") || kindCode.contains("自然人") ? PartyKind.PERSON
                    : kindCode.contains("单位") ? PartyKind.UNIT : null;
        }
        if (kind == null) {
            kind = str("parties[0].idNumber") != null ? PartyKind.PERSON : PartyKind.UNIT;
        }
        if (kind == PartyKind.UNIT) {
            need("parties[0].creditCode", unresolved);
            need("parties[0].legalRepresentative", unresolved);
        } else {
            need("parties[0].idNumber", unresolved);
        }
        need("parties[0].address", unresolved);
        Party party = new Party("p1", kind, partyName, kind == PartyKind.UNIT ? str("parties[0].creditCode") : null,
                kind == PartyKind.UNIT ? str("parties[0].legalRepresentative") : null, str("parties[0].address"), null,
                kind == PartyKind.PERSON ? str("parties[0].idNumber") : null,
                kind == PartyKind.PERSON ? str("parties[0].position") : null, null, Extra.NONE);
        return party;
    }

    /** The first party's violation, when any document speaks of one. */
    private java.util.Optional<Violation> firstViolation(Party party, List<String> unresolved) {
        String v = "violations[0].";
        boolean anyViolation = fields.keySet().stream().anyMatch(k -> k.startsWith(v)) || decided.keySet().stream().anyMatch(k -> k.startsWith(v));
        if (anyViolation) {
            need(v + "facts", unresolved);
            need(v + "violatedProvision", unresolved);
            need(v + "penaltyProvision", unresolved);
            need(v + "proposed.fineYuan", unresolved);
        } else {
            unresolved.add("violations"); // no item to point into: the violation itself is missing
        }
        @SuppressWarnings("unchecked")
        List<String> mitigating = value(v + "circumstances.mitigating") instanceof List<?> l ? (List<String>) l : List.of();
        Circumstances circ = new Circumstances(bool(v + "circumstances.firstOffence"),
                bool(v + "circumstances.correctedInTime"), bool(v + "circumstances.uncorrectedAfterDeadline"),
                bool(v + "circumstances.harmfulConsequence"), null, mitigating, List.of(), Extra.NONE);
        @SuppressWarnings("unchecked")
        List<String> other = new ArrayList<>(value(v + "proposed.other") instanceof List<?> o ? (List<String>) o : List.of());
        // a rectification order in the file is the measure 责令限期改正 (read from its own command)
        if (str(v + "proposed.correction") != null && other.stream().noneMatch(m -> m.startsWith("责令") && m.contains("改正"))) {
            other.add(0, str(v + "proposed.correction"));
        }
        ProposedPenalty pen = new ProposedPenalty(lng(v + "proposed.fineYuan"), lng(v + "proposed.confiscationYuan"),
                other, Extra.NONE);
        if (!anyViolation) {
            return java.util.Optional.empty();
        }
        Violation first = new Violation("v1", "p1", FactsWording.thirdPerson(str(v + "facts"), party.kind(), party.name()),
                str(v + "violatedProvision"), str(v + "penaltyProvision"), circ, pen, Extra.NONE);
        return java.util.Optional.of(Boolean.TRUE.equals(bool(v + "continuing")) ? first.withContinuing(true, date(v + "endedOn")) : first);
    }

    /** The documents in their order, each with the values it states and its dates. */
    private List<CaseDocument> documents(List<IntakeFile> files, List<Object[]> docs, Map<String, Integer> usedNames,
                                         List<String> unresolved) {
        List<CaseDocument> documents = new ArrayList<>();
        for (int k = 0; k < docs.size(); k++) {
            int fi = (Integer) docs.get(k)[0];
            Classification c = (Classification) docs.get(k)[1];
            IntakeFile f = files.get(fi);
            String d = "documents[" + k + "].";
            Map<String, Object> states = new LinkedHashMap<>();
            if (lng(d + "states.fineYuan") != null) {
                states.put("fineYuan", lng(d + "states.fineYuan"));
            }
            if (date(d + "states.rectifyBy") != null) {
                states.put("rectifyBy", date(d + "states.rectifyBy").toString());
            }
            if (bool(d + "states.rectified") != null) {
                states.put("rectified", bool(d + "states.rectified"));
            }
            if (lng(d + "states.paidYuan") != null) {
                states.put("paidYuan", lng(d + "states.paidYuan"));
            }
            if (value(d + "states.servedDocument") instanceof Number served) {
                states.put("servedDocument", String.format("d%02d", served.intValue() + 1));
            }
            if (date(d + "date") == null) {
                unresolved.add(d + "date");
            }
            LocalDate delivered = date(d + "deliveredOn");
            if (c.documentType().served() && delivered == null) {
                unresolved.add(d + "deliveredOn");
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("originalName", f.name());
            documents.add(new CaseDocument(String.format("d%02d", k + 1), c.documentType().name(),
                    title(c, f), str(d + "number"), date(d + "date"), delivered,
                    packagePath(f.name(), usedNames), f.sha256(), states, new Extra(extra)));
        }
        return documents;
    }

    /** The evidence files, each proving the first violation when there is one. */
    private List<Evidence> evidence(List<IntakeFile> files, List<Object[]> evs, Map<String, Integer> usedNames,
                                    List<String> proves) {
        List<Evidence> evidence = new ArrayList<>();
        for (int k = 0; k < evs.size(); k++) {
            int fi = (Integer) evs.get(k)[0];
            Classification c = (Classification) evs.get(k)[1];
            IntakeFile f = files.get(fi);
            String typeText = c.evidenceKind() == org.jrw.model.EvidenceKind.INSPECTION_RECORD ? "现场笔录"
                    : c.evidenceKind().labelZh();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("originalName", f.name());
            evidence.add(new Evidence(String.format("e%02d", k + 1), typeText, evidenceTitle(f.name()),
                    null, null, null, packagePath(f.name(), usedNames), f.sha256(),
                    proves, new Extra(extra)));
        }
        return evidence;
    }

    /**
     * Records that are evidence as well (行政处罚法 第四十六条): the inspection record as 现场笔录, a
     * survey as 勘验笔录, an appraisal as 鉴定意见, an inquiry record as the party's statement when the
     * person questioned is the party or its legal representative, else as a witness's testimony.
     */
    private void recordsAsEvidence(List<IntakeFile> files, List<Object[]> docs, List<CaseDocument> documents, Party party,
                                   List<String> proves, List<Evidence> evidence) {
        for (int k = 0; k < docs.size(); k++) {
            int fi = (Integer) docs.get(k)[0];
            Classification c = (Classification) docs.get(k)[1];
            CaseDocument doc = documents.get(k);
            String kindText = switch (c.documentType()) {
                case INSPECTION_RECORD -> "现场笔录";
                case SURVEY_RECORD -> "勘验笔录";
                case APPRAISAL -> "鉴定意见";
                case RECHECK_OPINION -> "书证"; // proves the rectification the case's circumstances rest on
                case INQUIRY_RECORD -> isPartyQuestioned(files.get(fi).text(), party) ? "当事人的陈述" : "证人证言";
                default -> null;
            };
            if (kindText == null) {
                continue;
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("documentId", doc.id());
            evidence.add(new Evidence(String.format("e%02d", evidence.size() + 1), kindText, doc.title(), doc.date(), null,
                    null, doc.file(), doc.sha256(), proves, new Extra(extra)));
        }
    }

    /**
     * The parties after the first that the documents name (a unit's responsible person punished
     * with it): each with what its own part of the heading gives; nothing is copied from the first.
     */
    private List<Party> otherParties(List<String> unresolved) {
        List<Party> out = new ArrayList<>();
        for (int i = 1; i < PartyBlock.MAX_PARTIES && str("parties[" + i + "].name") != null; i++) {
            String f = "parties[" + i + "].";
            String kindCode = str(f + "kind");
            PartyKind kind = kindCode == null ? null : PartyKind.fromCode(kindCode);
            if (kind == null) {
                kind = str(f + "creditCode") != null ? PartyKind.UNIT : PartyKind.PERSON;
            }
            if (kind == PartyKind.PERSON) {
                need(f + "idNumber", unresolved);
            } else {
                need(f + "creditCode", unresolved);
            }
            out.add(new Party("p" + (i + 1), kind, str(f + "name"), kind == PartyKind.UNIT ? str(f + "creditCode") : null,
                    kind == PartyKind.UNIT ? str(f + "legalRepresentative") : null, str(f + "address"), null,
                    kind == PartyKind.PERSON ? str(f + "idNumber") : null, kind == PartyKind.PERSON ? str(f + "position") : null,
                    null, Extra.NONE));
        }
        return out;
    }

    /**
     * The violations of the other parties, one per party a fine was read for: the fine as read; the
     * facts and provisions are left for the officer (a person's provision often differs from the unit's).
     */
    private List<Violation> otherViolations(int parties, List<String> unresolved) {
        List<Violation> out = new ArrayList<>();
        for (int i = 1; i < parties; i++) {
            String v = "violations[" + i + "].";
            Long fine = lng(v + "proposed.fineYuan");
            if (fine == null) {
                continue;
            }
            need(v + "violatedProvision", unresolved);
            need(v + "penaltyProvision", unresolved);
            out.add(new Violation("v" + (i + 1), "p" + (i + 1), str(v + "facts"), str(v + "violatedProvision"),
                    str(v + "penaltyProvision"), new Circumstances(null, null, null, null, null, List.of(), List.of(), Extra.NONE),
                    new ProposedPenalty(fine, null, List.of(), Extra.NONE), Extra.NONE));
        }
        return out;
    }

    private static final Pattern QUESTIONED = Pattern.compile("被询问人(?:姓名)?[：:\\s]*([\\u4e00-\\u9fa5·某*]{2,6})");

    /** Whether the person an inquiry record questions is the party or its legal representative. */
    static boolean isPartyQuestioned(DocText text, Party party) {
        if (text == null || party == null) {
            return false;
        }
        Matcher m = QUESTIONED.matcher(text.all());
        if (!m.find()) {
            return false;
        }
        String who = m.group(1);
        return who.equals(party.name()) || who.equals(party.legalRepresentative())
                || party.legalRepresentative() != null && who.startsWith(party.legalRepresentative());
    }

    /** A leading ordinal or evidence id of a file name (e01-, 01-, 1、, E3_) is filing order, not title. */
    private static final Pattern ORDINAL_PREFIX = Pattern.compile("^(?:[A-Za-z]{1,3}\\d{1,4}|\\d{1,4})\\s*[-_.、．)）]\\s*");

    static String evidenceTitle(String fileName) {
        String base = Classifier.stripExtension(fileName);
        String stripped = ORDINAL_PREFIX.matcher(base).replaceFirst("");
        return stripped.isBlank() ? base : stripped;
    }

    private static String title(Classification c, IntakeFile f) {
        String base = Classifier.stripExtension(f.name()).replaceFirst("^\\d{1,3}[-_.、 ]*", "");
        String label = c.documentType().labelZh();
        if (c.documentType() == DocumentType.OTHER || base.isBlank()) {
            return base.isBlank() ? label : base;
        }
        // 询问笔录-张某华 → 询问笔录（张某华）
        Matcher m = Pattern.compile("^(.+?)[-_（(](.+?)[）)]?$").matcher(base);
        if (m.matches() && Classifier.documentType(m.group(1)) == c.documentType()) {
            return label + "（" + m.group(2) + "）";
        }
        return label;
    }

    /** files/NAME, the name kept (folders flattened with '-'), made unique; only safe characters. */
    static String packagePath(String name, Map<String, Integer> used) {
        String n = name.replace('\\', '/');
        n = n.replaceAll("^/+", "").replace("/", "-").replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
        if (n.equals(".") || n.equals("..") || n.isBlank()) {
            n = "file";
        }
        n = n.replace("..", "_");
        String p = "files/" + n;
        int count = used.merge(p, 1, Integer::sum);
        if (count > 1) {
            int dot = n.lastIndexOf('.');
            p = "files/" + (dot > 0 ? n.substring(0, dot) + "-" + count + n.substring(dot) : n + "-" + count);
        }
        return p;
    }

    private void need(String field, List<String> unresolved) {
        if (value(field) == null && !unresolved.contains(field)) {
            unresolved.add(field);
        }
    }

    private String str(String field) {
        Object v = value(field);
        return v == null || v.toString().isBlank() ? null : v.toString();
    }

    private Long lng(String field) {
        Object v = value(field);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && !s.isBlank()) {
            long m = Money.parse(s.matches("\\d+") ? s + "元" : s);
            return m < 0 ? null : m;
        }
        return null;
    }

    private Boolean bool(String field) {
        Object v = value(field);
        return v instanceof Boolean b ? b
                : v instanceof String s && !s.isBlank() ? (s.strip().equals("是") || Boolean.parseBoolean(s.strip())) : null;
    }

    private LocalDate date(String field) {
        Object v = value(field);
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return LocalDate.parse(s.strip());
            } catch (java.time.format.DateTimeParseException e) {
                // not ISO: read as Chinese wording
                return Dates.first(s);
            }
        }
        return null;
    }

    /** Fields in manifest order: case, parties, officers, violations, documents (by index), others. */
    static final Comparator<String> FIELD_ORDER = Comparator.comparingInt(Proposal::section)
            .thenComparingInt(Proposal::indexOf).thenComparing(Comparator.naturalOrder());

    private static int section(String f) {
        String[] order = {"case.", "parties", "officers", "violations", "documents", "evidence"};
        for (int i = 0; i < order.length; i++) {
            if (f.startsWith(order[i])) {
                return i;
            }
        }
        return order.length;
    }

    private static int indexOf(String f) {
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(f);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
