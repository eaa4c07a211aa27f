package org.jrw.logic.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrw.codec.Json;

/**
 * The evaluation model as data ({@code evaluation/model.json}): grade thresholds with their
 * source, veto items (否决项: a rule computed from the dossier or a list of finding codes), the
 * weighted scoring items (主体, 事实证据, 法律适用, 裁量, 程序, 文书规范, 归档) and the deductions
 * from findings and from dossier rules. An agency may load its own file of the same shape.
 */
public final class EvaluationModel {
    private static volatile EvaluationModel builtIn;
    private final JsonNode root;
    private final List<ItemDef> items = new ArrayList<>();
    private final List<VetoDef> vetoes = new ArrayList<>();
    private final Map<String, JsonNode> findingDeductions = new LinkedHashMap<>();
    private final List<RuleDef> rules = new ArrayList<>();

    /** A scoring item. */
    public record ItemDef(String id, String category, String name, int maxPoints, String basis) {
    }

    /** A veto item: either a dossier rule or finding codes. */
    public record VetoDef(String id, String category, String rule, List<String> findings, String basis, String source) {
    }

    /** A deduction computed from the dossier by a named rule. */
    public record RuleDef(String id, String item, String rule, int points, int cap, JsonNode params, String basis,
                          String source) {
    }

    public EvaluationModel(JsonNode root) {
        this.root = root;
        for (JsonNode n : root.path("items")) {
            items.add(new ItemDef(n.path("id").asText(), n.path("category").asText(), n.path("name").asText(),
                    n.path("maxPoints").asInt(), n.path("basis").asText("")));
        }
        int total = items.stream().mapToInt(ItemDef::maxPoints).sum();
        if (items.isEmpty() || total <= 0) {
            throw new IllegalArgumentException("evaluation model without scoring items");
        }
        for (JsonNode n : root.path("vetoes")) {
            List<String> codes = new ArrayList<>();
            n.path("findings").forEach(c -> codes.add(c.asText()));
            vetoes.add(new VetoDef(n.path("id").asText(), n.path("category").asText(),
                    n.hasNonNull("rule") ? n.get("rule").asText() : null, codes, n.path("basis").asText(""),
                    n.path("source").asText("")));
        }
        root.path("findingDeductions").fields().forEachRemaining(e -> findingDeductions.put(e.getKey(), e.getValue()));
        for (JsonNode n : root.path("ruleDeductions")) {
            rules.add(new RuleDef(n.path("id").asText(), n.path("item").asText(), n.path("rule").asText(),
                    n.path("points").asInt(), n.path("cap").asInt(Integer.MAX_VALUE), n,
                    n.path("basis").asText(""), n.path("source").asText("")));
        }
    }

    public static EvaluationModel builtIn() {
        EvaluationModel m = builtIn;
        if (m == null) {
            synchronized (EvaluationModel.class) {
                m = builtIn;
                if (m == null) {
                    try (InputStream in = EvaluationModel.class.getResourceAsStream("/evaluation/model.json")) {
                        m = new EvaluationModel(Json.parse(in.readAllBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = m;
                }
            }
        }
        return m;
    }

    public static EvaluationModel fromFile(Path file) throws IOException {
        return new EvaluationModel(Json.parse(Files.readAllBytes(file)));
    }

    public JsonNode json() {
        return root;
    }

    public String id() {
        return root.path("id").asText("");
    }

    public String name() {
        return root.path("name").asText("");
    }

    /**
     * Where the model's standard comes from, as a place name ({@code 陕西省西安市}, or several joined
     * by 、); empty when the file does not say.
     */
    public String jurisdiction() {
        return root.path("jurisdiction").asText("");
    }

    /**
     * An example of structure only (the built-in model: points and grade lines patterned on other
     * provinces' published standards), never the agency's own standard.
     */
    public boolean example() {
        return root.path("example").asBoolean(false);
    }

    /**
     * Whether the model is a standard for {@code place}: not an example, and its jurisdiction
     * names a region that covers the place (a model without jurisdiction applies nowhere in
     * particular, so it does not).
     */
    public boolean appliesTo(org.jrw.logic.jurisdiction.Region place) {
        if (example() || jurisdiction().isBlank()) {
            return false;
        }
        for (String part : jurisdiction().split("[、,，]")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                org.jrw.logic.jurisdiction.Region r = org.jrw.logic.jurisdiction.Region.parse(part.strip());
                if (place != null && r.covers(place)) {
                    return true;
                }
            } catch (RuntimeException e) {
                // a name the region parser does not know is no match
            }
        }
        return false;
    }

    public int excellentThreshold() {
        return root.path("thresholds").path("excellent").asInt(90);
    }

    public int passThreshold() {
        return root.path("thresholds").path("pass").asInt(60);
    }

    public int vetoScore() {
        return root.path("thresholds").path("vetoScore").asInt(0);
    }

    public boolean excellentRequiresNoError() {
        return root.path("thresholds").path("excellentRequiresNoError").asBoolean(true);
    }

    public String thresholdBasis() {
        return root.path("thresholds").path("basis").asText("");
    }

    public String thresholdSource() {
        return root.path("thresholds").path("source").asText("");
    }

    public List<ItemDef> items() {
        return items;
    }

    public List<VetoDef> vetoes() {
        return vetoes;
    }

    public Map<String, JsonNode> findingDeductions() {
        return findingDeductions;
    }

    public List<RuleDef> rules() {
        return rules;
    }

    public JsonNode enforcementBody() {
        return root.path("enforcementBody");
    }

    public int maxScore() {
        return items.stream().mapToInt(ItemDef::maxPoints).sum();
    }
}
