package org.jrw.logic.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jrw.codec.Json;
import org.jrw.logic.dossier.Identifiers;
import org.jrw.i18n.Messages;
import org.jrw.model.DocumentType;
import org.jrw.model.EvidenceKind;
import org.jrw.model.PartyKind;

/**
 * The fields of a manifest that editing may set, each with its type: how a value typed by a
 * person or a script ({@code 2024-04-11}, {@code 2万}, {@code 是}, {@code 从轻；减轻}) becomes the
 * manifest's JSON value, and the field's name in the user's language. Keys are the field's path
 * with the item left out: {@code parties.creditCode}, {@code violations.proposed.fineYuan}.
 * Ids, file paths and hashes are not set this way (adding, removing, replacing a file and the
 * draft mark have their own operations).
 */
public final class EditFields {
    /** How a field's value is read. */
    public enum Type {
        TEXT, REQUIRED_TEXT, DATE, WHOLE, BOOLEAN, TEXT_LIST, ID_LIST, PARTY_KIND, DOCUMENT_TYPE, EVIDENCE_TYPE,
        PARTY_REF, DOCUMENT_REF, PROVISION
    }

    private static final Map<String, Type> FIELDS = new LinkedHashMap<>();

    static {
        for (String f : List.of("caseNumber", "title")) {
            FIELDS.put("case." + f, Type.REQUIRED_TEXT);
        }
        for (String f : List.of("agency", "district", "industry", "source", "status")) {
            FIELDS.put("case." + f, Type.TEXT);
        }
        for (String f : List.of("violationDate", "discoveredOn", "filedOn")) {
            FIELDS.put("case." + f, Type.DATE);
        }
        FIELDS.put("parties.kind", Type.PARTY_KIND);
        for (String f : List.of("name", "creditCode", "legalRepresentative", "address", "idNumber", "position")) {
            FIELDS.put("parties." + f, Type.TEXT);
        }
        FIELDS.put("parties.employees", Type.WHOLE);
        FIELDS.put("parties.annualIncomeYuan", Type.WHOLE);
        FIELDS.put("officers.name", Type.TEXT);
        FIELDS.put("officers.certificateNo", Type.TEXT);
        FIELDS.put("violations.partyId", Type.PARTY_REF);
        FIELDS.put("violations.facts", Type.TEXT);
        FIELDS.put("violations.violatedProvision", Type.PROVISION);
        FIELDS.put("violations.penaltyProvision", Type.PROVISION);
        FIELDS.put("violations.continuing", Type.BOOLEAN);
        FIELDS.put("violations.endedOn", Type.DATE);
        for (String f : List.of("firstOffence", "correctedInTime", "uncorrectedAfterDeadline", "harmfulConsequence")) {
            FIELDS.put("violations.circumstances." + f, Type.BOOLEAN);
        }
        FIELDS.put("violations.circumstances.count", Type.WHOLE);
        FIELDS.put("violations.circumstances.quantities", Type.TEXT_LIST);
        for (String f : List.of("mitigating", "reducing", "aggravating")) {
            FIELDS.put("violations.circumstances." + f, Type.TEXT_LIST);
        }
        FIELDS.put("violations.proposed.fineYuan", Type.WHOLE);
        FIELDS.put("violations.proposed.confiscationYuan", Type.WHOLE);
        FIELDS.put("violations.proposed.other", Type.TEXT_LIST);
        FIELDS.put("documents.type", Type.DOCUMENT_TYPE);
        FIELDS.put("documents.title", Type.TEXT);
        FIELDS.put("documents.number", Type.TEXT);
        FIELDS.put("documents.date", Type.DATE);
        FIELDS.put("documents.deliveredOn", Type.DATE);
        FIELDS.put("documents.states.fineYuan", Type.WHOLE);
        FIELDS.put("documents.states.servedDocument", Type.DOCUMENT_REF);
        FIELDS.put("evidence.type", Type.EVIDENCE_TYPE);
        FIELDS.put("evidence.title", Type.TEXT);
        FIELDS.put("evidence.collectedOn", Type.DATE);
        FIELDS.put("evidence.collectedBy", Type.TEXT);
        FIELDS.put("evidence.source", Type.TEXT);
        FIELDS.put("evidence.proves", Type.ID_LIST);
    }

    private EditFields() {
    }

    /** Every editable field key ({@code parties.creditCode} …), in manifest order. */
    public static List<String> keys() {
        return List.copyOf(FIELDS.keySet());
    }

    public static Optional<Type> type(String fieldKey) {
        return Optional.ofNullable(FIELDS.get(fieldKey));
    }

    /** The fields of one collection ({@code parties}), without the collection: {@code name}, {@code kind} … */
    public static List<String> fieldsOf(String collection) {
        String prefix = collection + ".";
        return FIELDS.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .toList();
    }

    /** The field's name for people: 统一社会信用代码, 拟罚款金额 … */
    public static String fieldLabel(String fieldKey) {
        String key = "edit.field." + fieldKey;
        return Messages.has(key) ? Messages.get(key) : fieldKey;
    }

    /**
     * A path's name for people: {@code parties[p1].creditCode} → 当事人 p1 · 统一社会信用代码;
     * {@code officers[0].name} → 执法人员 1 · 姓名.
     */
    public static String label(EditPath p) {
        String item = switch (p.collection()) {
            case "case" -> Messages.get("edit.item.case");
            case "officers" -> Messages.get("edit.item.officers", p.key() == null ? "" : officerNumber(p.key()));
            default -> Messages.get("edit.item." + p.collection(), p.key() == null ? "" : p.key());
        };
        if (p.field().isEmpty()) {
            return item;
        }
        return item + " · " + fieldLabel(p.fieldKey());
    }

    private static String officerNumber(String key) {
        try {
            return Integer.toString(Integer.parseInt(key) + 1);
        } catch (NumberFormatException e) {
            // not a number: the key as it is
            return key;
        }
    }

    // ------------------------------------------------------------------ values

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern AMOUNT = Pattern.compile("(?:人民币|¥|￥)?\\s*([0-9][0-9,，]*(?:\\.[0-9]+)?)\\s*(万)?\\s*元?(?:整)?");

    /** A value that could not be read: the i18n key of the reason (its argument 0 is the field's name, 1 the value). */
    public static final class BadValue extends Exception {
        private final String key;

        BadValue(String key) {
            super(key, null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * The JSON value of a typed value; null to remove the field (an empty value). Lists take a
     * JSON array or items separated by 、 ； ; or new lines (ids also by commas and spaces).
     */
    public static JsonNode parse(Type type, String raw) throws BadValue {
        String v = raw == null ? "" : raw.strip();
        JsonNodeFactory f = Json.nodes();
        if (v.isEmpty()) {
            return switch (type) {
                case REQUIRED_TEXT -> throw new BadValue("edit.value.required");
                case TEXT_LIST, ID_LIST -> f.arrayNode();
                default -> null;
            };
        }
        switch (type) {
            case TEXT, REQUIRED_TEXT, PARTY_REF, DOCUMENT_REF, PROVISION:
                return f.textNode(v);
            case DATE:
                return f.textNode(date(v).toString());
            case WHOLE:
                return f.numberNode(whole(v));
            case BOOLEAN:
                return f.booleanNode(bool(v));
            case TEXT_LIST:
                return list(v, "[、;；\\n]");
            case ID_LIST:
                return list(v, "[、;；,，\\s]");
            case PARTY_KIND:
                return f.textNode(partyKind(v).code());
            case DOCUMENT_TYPE:
                return f.textNode(documentType(v).name());
            case EVIDENCE_TYPE:
                if (EvidenceKind.fromText(v).isEmpty()) {
                    throw new BadValue("edit.value.evidenceType");
                }
                return f.textNode(v);
            default:
                throw new IllegalStateException(type.name());
        }
    }

    /** ISO {@code 2024-04-11}, also {@code 2024/4/11}, {@code 2024.4.11} and {@code 2024年4月11日}. */
    public static LocalDate date(String v) throws BadValue {
        Matcher m = DATE.matcher(v.strip());
        if (!m.matches()) {
            throw new BadValue("edit.value.date");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new BadValue("edit.value.date");
        }
    }

    /** Whole yuan (or a count): {@code 20000}, {@code 20,000}, {@code 2万}, {@code 4.5万元}, {@code ¥45000}. */
    public static long whole(String v) throws BadValue {
        String s = Identifiers.halfWidth(v.strip());
        if (s.startsWith("-")) {
            throw new BadValue("edit.value.negative");
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches()) {
            throw new BadValue("edit.value.whole");
        }
        try {
            BigDecimal n = new BigDecimal(m.group(1).replace(",", "").replace("，", ""));
            if (m.group(2) != null) {
                n = n.multiply(BigDecimal.valueOf(10_000));
            }
            return n.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new BadValue("edit.value.whole");
        }
    }

    static boolean bool(String v) throws BadValue {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "有" -> true;
            case "false", "no", "n", "0", "否", "无" -> false;
            default -> throw new BadValue("edit.value.boolean");
        };
    }

    static PartyKind partyKind(String v) throws BadValue {
        for (PartyKind k : PartyKind.values()) {
            if (k.code().equalsIgnoreCase(v) || k.labelZh().equals(v) || k.name().equalsIgnoreCase(v)) {
                return k;
            }
        }
        throw new BadValue("edit.value.partyKind");
    }

    static DocumentType documentType(String v) throws BadValue {
        for (DocumentType t : DocumentType.values()) {
            if (t.name().equalsIgnoreCase(v) || t.labelZh().equals(v)) {
                return t;
            }
        }
        throw new BadValue("edit.value.documentType");
    }

    private static ArrayNode list(String v, String separators) throws BadValue {
        if (v.startsWith("[")) {
            try {
                JsonNode n = Json.parse(v);
                if (n.isArray()) {
                    ArrayNode out = Json.array();
                    for (JsonNode x : n) {
                        if (!x.isTextual()) {
                            throw new BadValue("edit.value.list");
                        }
                        out.add(x.asText().strip());
                    }
                    return out;
                }
            } catch (java.io.IOException e) {
                throw new BadValue("edit.value.list");
            }
            throw new BadValue("edit.value.list");
        }
        ArrayNode out = Json.array();
        for (String s : v.split(separators)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** A JSON value as a person types it (the inverse of {@link #parse} for display in forms). */
    public static String display(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "";
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode x : n) {
                if (sb.length() > 0) {
                    sb.append('；');
                }
                sb.append(x.asText());
            }
            return sb.toString();
        }
        return n.asText();
    }

    static boolean isDateString(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            // expected: the answer is no
            return false;
        }
    }
}
