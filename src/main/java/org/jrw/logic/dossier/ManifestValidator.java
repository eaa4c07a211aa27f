package org.jrw.logic.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jrw.codec.DossierCodec;
import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;
import org.jrw.model.PartyKind;

/**
 * Checks a parsed {@code manifest.json} against format v1 before anything is read from the
 * package's files: structure, types, required fields, ISO dates, whole-yuan amounts, unique ids,
 * references and file paths. Every problem names its field by path ({@code parties[1].kind}).
 * Errors refuse the import; warnings (unknown document or evidence type) are reported with it.
 */
public final class ManifestValidator {
    public static final int SUPPORTED_VERSION = 1;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{64}");

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public record Result(List<Problem> errors, List<Problem> warnings) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Result validate(JsonNode root) {
        ManifestValidator v = new ManifestValidator();
        v.run(root);
        return new Result(List.copyOf(v.errors), List.copyOf(v.warnings));
    }

    private void error(String key, Object... args) {
        errors.add(new Problem(key, args));
    }

    private void run(JsonNode root) {
        if (root == null || !root.isObject()) {
            error("manifest.notObject");
            return;
        }
        JsonNode format = root.get("format");
        if (format == null || format.isNull()) {
            error("manifest.required", "format");
        } else if (!format.isTextual() || !DossierCodec.FORMAT.equals(format.asText())) {
            error("manifest.format.wrong", format.toString(), DossierCodec.FORMAT);
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            error("manifest.required", "version");
        } else if (!version.isIntegralNumber()) {
            error("manifest.version.notInteger", version.toString());
        } else if (version.asLong() != SUPPORTED_VERSION) {
            error("manifest.version.unsupported", version.asText(), SUPPORTED_VERSION);
            return; // a different version may mean anything: do not judge its content
        }
        checkCase(root.get("case"));
        Set<String> partyIds = checkParties(root.get("parties"));
        checkOfficers(root.get("officers"));
        Set<String> violationIds = checkViolations(root.get("violations"), partyIds);
        checkDocuments(root.get("documents"));
        checkEvidence(root.get("evidence"), violationIds);
    }

    private void checkCase(JsonNode c) {
        if (c == null || c.isNull()) {
            error("manifest.required", "case");
            return;
        }
        if (!c.isObject()) {
            error("manifest.type.object", "case");
            return;
        }
        requiredText(c, "case", "caseNumber");
        requiredText(c, "case", "title");
        for (String f : List.of("agency", "district", "industry", "source", "status")) {
            optionalText(c, "case", f);
        }
        for (String f : List.of("violationDate", "discoveredOn", "filedOn")) {
            optionalDate(c, "case", f);
        }
    }

    private Set<String> checkParties(JsonNode parties) {
        Set<String> ids = new HashSet<>();
        if (parties == null || parties.isNull()) {
            error("manifest.parties.none");
            return ids;
        }
        if (!parties.isArray()) {
            error("manifest.type.array", "parties");
            return ids;
        }
        if (parties.isEmpty()) {
            error("manifest.parties.none");
        }
        int i = 0;
        for (JsonNode p : parties) {
            String at = "parties[" + i++ + "]";
            if (!p.isObject()) {
                error("manifest.type.object", at);
                continue;
            }
            uniqueId(p, at, ids);
            String kind = optionalText(p, at, "kind");
            if (kind != null && PartyKind.fromCode(kind) == null) {
                error("manifest.party.kind", at + ".kind", kind);
            }
            for (String f : List.of("name", "creditCode", "legalRepresentative", "address", "idNumber", "position")) {
                optionalText(p, at, f);
            }
            optionalWhole(p, at, "employees");
            optionalWhole(p, at, "annualIncomeYuan");
        }
        return ids;
    }

    private void checkOfficers(JsonNode officers) {
        if (officers == null || officers.isNull()) {
            return;
        }
        if (!officers.isArray()) {
            error("manifest.type.array", "officers");
            return;
        }
        int i = 0;
        for (JsonNode o : officers) {
            String at = "officers[" + i++ + "]";
            if (!o.isObject()) {
                error("manifest.type.object", at);
                continue;
            }
            optionalText(o, at, "name");
            optionalText(o, at, "certificateNo");
        }
    }

    private Set<String> checkViolations(JsonNode violations, Set<String> partyIds) {
        Set<String> ids = new HashSet<>();
        if (violations == null || violations.isNull()) {
            return ids;
        }
        if (!violations.isArray()) {
            error("manifest.type.array", "violations");
            return ids;
        }
        int i = 0;
        for (JsonNode v : violations) {
            String at = "violations[" + i++ + "]";
            if (!v.isObject()) {
                error("manifest.type.object", at);
                continue;
            }
            uniqueId(v, at, ids);
            String party = optionalText(v, at, "partyId");
            if (party != null && !partyIds.contains(party)) {
                error("manifest.ref.unknown", at + ".partyId", party);
            }
            for (String f : List.of("facts", "violatedProvision", "penaltyProvision")) {
                optionalText(v, at, f);
            }
            JsonNode cont = v.get("continuing");
            if (cont != null && !cont.isNull() && !cont.isBoolean()) {
                error("manifest.type.boolean", at + ".continuing", cont.toString());
            }
            optionalDate(v, at, "endedOn");
            JsonNode c = v.get("circumstances");
            if (c != null && !c.isNull()) {
                String cat = at + ".circumstances";
                if (!c.isObject()) {
                    error("manifest.type.object", cat);
                } else {
                    for (String f : List.of("firstOffence", "correctedInTime", "uncorrectedAfterDeadline",
                            "harmfulConsequence")) {
                        JsonNode b = c.get(f);
                        if (b != null && !b.isNull() && !b.isBoolean()) {
                            error("manifest.type.boolean", cat + "." + f, b.toString());
                        }
                    }
                    optionalWhole(c, cat, "count");
                    optionalStrings(c, cat, "mitigating");
                    optionalStrings(c, cat, "reducing");
                    optionalStrings(c, cat, "aggravating");
                }
            }
            JsonNode p = v.get("proposed");
            if (p != null && !p.isNull()) {
                String pat = at + ".proposed";
                if (!p.isObject()) {
                    error("manifest.type.object", pat);
                } else {
                    optionalWhole(p, pat, "fineYuan");
                    optionalWhole(p, pat, "confiscationYuan");
                    optionalStrings(p, pat, "other");
                }
            }
        }
        return ids;
    }

    private void checkDocuments(JsonNode docs) {
        if (docs == null || docs.isNull()) {
            return;
        }
        if (!docs.isArray()) {
            error("manifest.type.array", "documents");
            return;
        }
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode d : docs) {
            String at = "documents[" + i++ + "]";
            if (!d.isObject()) {
                error("manifest.type.object", at);
                continue;
            }
            uniqueId(d, at, ids);
            String type = optionalText(d, at, "type");
            if (type != null && DocumentType.fromCode(type).isEmpty()) {
                warnings.add(new Problem("manifest.document.type.unknown", at + ".type", type));
            }
            optionalText(d, at, "title");
            optionalText(d, at, "number");
            optionalDate(d, at, "date");
            optionalDate(d, at, "deliveredOn");
            fileAndHash(d, at);
            JsonNode s = d.get("states");
            if (s != null && !s.isNull() && !s.isObject()) {
                error("manifest.type.object", at + ".states");
            } else if (s != null && s.isObject()) {
                JsonNode fine = s.get("fineYuan");
                if (fine != null && !fine.isNull() && !isWhole(fine)) {
                    error("manifest.amount.notWhole", at + ".states.fineYuan", fine.toString());
                }
            }
        }
    }

    private void checkEvidence(JsonNode evidence, Set<String> violationIds) {
        if (evidence == null || evidence.isNull()) {
            return;
        }
        if (!evidence.isArray()) {
            error("manifest.type.array", "evidence");
            return;
        }
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode e : evidence) {
            String at = "evidence[" + i++ + "]";
            if (!e.isObject()) {
                error("manifest.type.object", at);
                continue;
            }
            uniqueId(e, at, ids);
            String type = optionalText(e, at, "type");
            if (type != null && EvidenceKind.fromText(type).isEmpty()) {
                warnings.add(new Problem("manifest.evidence.type.unknown", at + ".type", type));
            }
            for (String f : List.of("title", "collectedBy", "source")) {
                optionalText(e, at, f);
            }
            optionalDate(e, at, "collectedOn");
            fileAndHash(e, at);
            JsonNode proves = e.get("proves");
            if (proves != null && !proves.isNull()) {
                if (!proves.isArray()) {
                    error("manifest.type.array", at + ".proves");
                } else {
                    int j = 0;
                    Set<String> seen = new java.util.HashSet<>();
                    for (JsonNode ref : proves) {
                        String rat = at + ".proves[" + j++ + "]";
                        if (!ref.isTextual()) {
                            error("manifest.type.string", rat, ref.toString());
                        } else if (!violationIds.contains(ref.asText())) {
                            error("manifest.ref.unknown", rat, ref.asText());
                        } else if (!seen.add(ref.asText())) {
                            error("manifest.ref.duplicate", rat, ref.asText());
                        }
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- field helpers

    private void fileAndHash(JsonNode n, String at) {
        String file = optionalText(n, at, "file");
        String sha = optionalText(n, at, "sha256");
        if (file != null) {
            String problem = PackageSource.pathProblem(file);
            if (problem != null) {
                error(problem, file + " (" + at + ".file)");
            }
            if (sha == null && absent(n, "sha256")) { // present with a wrong type: reported as such
                error("manifest.required", at + ".sha256");
            }
        }
        if (sha != null) {
            if (!SHA.matcher(sha).matches()) {
                error("manifest.sha256.malformed", at + ".sha256", sha);
            }
            if (file == null && absent(n, "file")) {
                error("manifest.required", at + ".file");
            }
        }
    }

    private static boolean absent(JsonNode n, String f) {
        return n.get(f) == null || n.get(f).isNull();
    }

    private void uniqueId(JsonNode n, String at, Set<String> ids) {
        String id = requiredText(n, at, "id");
        if (id != null && !ids.add(id)) {
            error("manifest.id.duplicate", at + ".id", id);
        }
    }

    private String requiredText(JsonNode n, String at, String f) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            error("manifest.required", at + "." + f);
            return null;
        }
        if (!v.isTextual()) {
            error("manifest.type.string", at + "." + f, v.toString());
            return null;
        }
        if (v.asText().isBlank()) {
            error("manifest.blank", at + "." + f);
            return null;
        }
        return v.asText();
    }

    private String optionalText(JsonNode n, String at, String f) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            error("manifest.type.string", at + "." + f, v.toString());
            return null;
        }
        return v.asText();
    }

    private void optionalDate(JsonNode n, String at, String f) {
        String s = optionalText(n, at, f);
        if (s == null) {
            return;
        }
        if (!ISO_DATE.matcher(s).matches()) {
            error("manifest.date.invalid", at + "." + f, s);
            return;
        }
        try {
            LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            // expected input error: reported with the field
            error("manifest.date.invalid", at + "." + f, s);
        }
    }

    private void optionalWhole(JsonNode n, String at, String f) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return;
        }
        if (!isWhole(v)) {
            error("manifest.amount.notWhole", at + "." + f, v.toString());
        } else if (v.asLong() < 0 || v.isBigInteger() && v.bigIntegerValue().bitLength() > 62) {
            error("manifest.amount.negative", at + "." + f, v.toString());
        }
    }

    private static boolean isWhole(JsonNode v) {
        if (v.isIntegralNumber()) {
            return true;
        }
        if (v.isNumber()) {
            try {
                v.decimalValue().toBigIntegerExact();
                return true;
            } catch (ArithmeticException e) {
                // expected: the answer is no
                return false;
            }
        }
        return false;
    }

    private void optionalStrings(JsonNode n, String at, String f) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            error("manifest.type.array", at + "." + f);
            return;
        }
        int j = 0;
        for (JsonNode x : v) {
            if (!x.isTextual()) {
                error("manifest.type.string", at + "." + f + "[" + j + "]", x.toString());
            }
            j++;
        }
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
