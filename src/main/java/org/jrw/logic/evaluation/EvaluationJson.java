package org.jrw.logic.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;

/**
 * The JSON shape of an evaluation, as the CLI contract prints it:
 * {@code {"score": n, "grade": "优秀|合格|不合格", "items": [...]}}; each item carries
 * {@code id, kind (score|veto), category, name, points, maxPoints, hit, reason, basis, refs,
 * deductions}. The same shape is stored with each evaluation.
 */
public final class EvaluationJson {
    private EvaluationJson() {
    }

    public static Map<String, Object> toMap(Evaluation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", e.score());
        out.put("grade", e.grade().label());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Evaluation.Item i : e.items()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("kind", i.kind() == Evaluation.Kind.VETO ? "veto" : "score");
            m.put("category", i.category());
            m.put("name", i.name());
            m.put("points", i.points());
            m.put("maxPoints", i.maxPoints());
            m.put("hit", i.hit());
            m.put("reason", i.reason());
            m.put("basis", i.basis());
            m.put("refs", i.refs());
            List<Map<String, Object>> ds = new ArrayList<>();
            for (Evaluation.Deduction d : i.deductions()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("code", d.code());
                dm.put("points", d.points());
                dm.put("reason", d.reason());
                dm.put("basis", d.basis());
                dm.put("refs", d.refs());
                ds.add(dm);
            }
            m.put("deductions", ds);
            items.add(m);
        }
        out.put("items", items);
        return out;
    }

    /** Reads a stored result back (case id, number and model id come from the row). */
    public static Evaluation fromJson(String json, String caseId, String caseNumber, String modelId) {
        JsonNode n;
        try {
            n = Json.parse(json);
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        List<Evaluation.Item> items = new ArrayList<>();
        boolean vetoed = false;
        for (JsonNode i : n.path("items")) {
            List<Evaluation.Deduction> ds = new ArrayList<>();
            for (JsonNode d : i.path("deductions")) {
                ds.add(new Evaluation.Deduction(d.path("code").asText(), d.path("points").asInt(),
                        d.path("reason").asText(), d.path("basis").asText(), strings(d.path("refs"))));
            }
            Evaluation.Kind kind = "veto".equals(i.path("kind").asText()) ? Evaluation.Kind.VETO : Evaluation.Kind.SCORE;
            boolean hit = i.path("hit").asBoolean();
            vetoed |= kind == Evaluation.Kind.VETO && hit;
            items.add(new Evaluation.Item(i.path("id").asText(), kind, i.path("category").asText(),
                    i.path("name").asText(), i.path("points").asInt(), i.path("maxPoints").asInt(), hit,
                    i.path("reason").asText(), i.path("basis").asText(), ds, strings(i.path("refs"))));
        }
        return new Evaluation(caseId, caseNumber, modelId, n.path("score").asInt(),
                Evaluation.Grade.ofLabel(n.path("grade").asText()), vetoed, items);
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }
}
