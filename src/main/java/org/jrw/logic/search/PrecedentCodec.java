package org.jrw.logic.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;
import org.jrw.model.BadInputException;
import org.jrw.model.Extra;
import org.jrw.model.PrecedentRecord;

/**
 * Precedent records to and from JSON (one JSON Lines line). Reading is strict about the known
 * fields' types and keeps unknown fields, in order, in {@link PrecedentRecord#extra()}; a
 * problem is a {@link BadInputException} whose key says what is wrong.
 */
public final class PrecedentCodec {
    /** The format's field names in their documented order (then the workbench's own). */
    public static final List<String> KNOWN = List.of("id", "title", "source_url", "publisher", "date", "region",
            "industry", "party_type", "facts_zh", "violation_basis", "penalty_basis", "penalty_unit_yuan",
            "penalty_person_yuan", "other_sanctions", "transferred_criminal", "notes", "case_id");
    private static final int MAX_ID = 200;
    private static final int MAX_TEXT = 100_000;

    /** Above any fine or income a case could state (¥1 000 000 000 000); 1e20 is a typing error. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private PrecedentCodec() {
    }

    public static PrecedentRecord read(String line) {
        JsonNode n;
        try {
            n = Json.parse(line);
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getColumnNr() > 0) {
                throw new BadInputException("precedent.reject.jsonAt", j.getLocation().getColumnNr());
            }
            throw new BadInputException("precedent.reject.json", "");
        }
        return read(n);
    }

    public static PrecedentRecord read(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new BadInputException("precedent.reject.notObject");
        }
        JsonNode idNode = n.get("id");
        if (idNode != null && idNode.isIntegralNumber()) {
            idNode = com.fasterxml.jackson.databind.node.TextNode.valueOf(idNode.asText()); // "id": 12 is "12"
        }
        if (idNode == null || idNode.isNull() || !idNode.isTextual() || idNode.asText().isBlank()) {
            throw new BadInputException(idNode == null || idNode.isNull() ? "precedent.reject.id"
                    : "precedent.reject.idType");
        }
        String id = idNode.asText().strip();
        if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("precedent.reject.idFormat", abbreviate(id));
        }
        String facts = text(n, "facts_zh");
        if (facts == null || facts.isBlank()) {
            throw new BadInputException("precedent.reject.facts", id);
        }
        String url = text(n, "source_url");
        if (url != null && !url.isBlank() && !url.matches("(?i)https?://\\S+")) {
            throw new BadInputException("precedent.reject.url", id, abbreviate(url));
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!KNOWN.contains(e.getKey())) {
                extra.put(e.getKey(), Json.toJava(e.getValue()));
            }
        }
        return new PrecedentRecord(id, text(n, "title"), url, text(n, "publisher"), text(n, "date"),
                text(n, "region"), text(n, "industry"), text(n, "party_type"), facts.strip(),
                text(n, "violation_basis"), text(n, "penalty_basis"), amount(n, "penalty_unit_yuan"),
                amount(n, "penalty_person_yuan"), text(n, "other_sanctions"), bool(n, "transferred_criminal"),
                text(n, "notes"), text(n, "case_id"), extra.isEmpty() ? Extra.NONE : new Extra(extra));
    }

    /** The record as one JSON object: the known fields in the format's order, then the unknown ones. */
    public static ObjectNode toJson(PrecedentRecord r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        if (r.title() != null) {
            o.put("title", r.title());
        }
        o.put("source_url", r.sourceUrl());
        o.put("publisher", r.publisher());
        o.put("date", r.date());
        o.put("region", r.region());
        o.put("industry", r.industry());
        o.put("party_type", r.partyType());
        o.put("facts_zh", r.facts());
        o.put("violation_basis", r.violationBasis());
        o.put("penalty_basis", r.penaltyBasis());
        o.put("penalty_unit_yuan", r.penaltyUnitYuan());
        o.put("penalty_person_yuan", r.penaltyPersonYuan());
        o.put("other_sanctions", r.otherSanctions());
        if (r.transferredCriminal() == null) {
            o.putNull("transferred_criminal");
        } else {
            o.put("transferred_criminal", r.transferredCriminal());
        }
        o.put("notes", r.notes());
        if (r.caseId() != null) {
            o.put("case_id", r.caseId());
        }
        for (Map.Entry<String, Object> e : r.extra().fields().entrySet()) {
            o.set(e.getKey(), Json.toTree(e.getValue()));
        }
        return o;
    }

    public static String write(PrecedentRecord r) {
        return Json.write(toJson(r));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String t;
        if (v.isTextual()) {
            t = v.asText();
        } else if (v.isArray()) {
            // a list of texts (["没收违法所得", "责令停产整顿"]) is kept as one text, joined as the corpus writes lists
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (JsonNode x : v) {
                if (!x.isTextual()) {
                    throw new BadInputException("precedent.reject.text", field);
                }
                if (!x.asText().isBlank()) {
                    parts.add(x.asText().strip());
                }
            }
            t = parts.isEmpty() ? null : String.join("；", parts);
        } else {
            throw new BadInputException("precedent.reject.text", field);
        }
        if (t != null && t.length() > MAX_TEXT) {
            throw new BadInputException("precedent.reject.tooLong", field);
        }
        return t;
    }

    private static BigDecimal amount(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.decimalValue().signum() < 0) {
            throw new BadInputException("precedent.reject.amount", field);
        }
        if (v.decimalValue().compareTo(MAX_AMOUNT) > 0) {
            throw new BadInputException("precedent.reject.amountTooLarge", field, v.asText());
        }
        BigDecimal d = v.decimalValue().stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static Boolean bool(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new BadInputException("precedent.reject.bool", field);
        }
        return v.asBoolean();
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
